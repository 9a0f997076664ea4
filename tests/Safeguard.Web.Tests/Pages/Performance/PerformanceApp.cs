using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.Performance;

/// <summary>
/// An app of its own for the performance pages (the dashboard keeps its figures for a minute, so its children must be
/// in place before the first request, and they must not change other areas' counts). On top of the placeholder
/// authority: a team managed by the demo team manager with one worker and Dee (referred yesterday, allocated), and
/// Eve (referred, waiting to be allocated). Ava, Ben and Cal are in another team: outside the manager's scope.
/// </summary>
public sealed class PerformanceApp : IDisposable
{
    public const string InScopeChild = "Dee Drilldown";
    public const string WaitingChild = "Eve Waiting";
    public const string TeamName = "Drill-down team";

    public PerformanceApp()
    {
        App = new SafeguardWebApp(1000, null);
        SeedAsync().GetAwaiter().GetResult();
    }

    public SafeguardWebApp App { get; }

    public DateOnly Today { get; } = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().Date);

    public int Year => Today.Month > 3 ? Today.Year + 1 : Today.Year;

    private async Task SeedAsync()
    {
        await using var db = SafeguardDatabase.Open(App.Database);
        var authority = await db.Authorities.SingleAsync(a => a.LaCode == "998");
        var manager = await db.Workers.SingleAsync(w => w.AuthorityId == authority.Id && w.Role == WorkerRole.TeamManager);
        var team = new Team(authority.Id, TeamName, TeamKind.Assessment);
        team.SetManager(manager.Id);
        var worker = new Worker(authority.Id, team.Id, "Wes Drillworker", WorkerRole.SocialWorker, Agency.ChildrensSocialCare, Today.AddYears(-3), 20);
        var dee = Child.Register(authority.Id, "P0001", "Dee", "Drilldown", Today.AddYears(-6), null, Sex.Female, "WBRI", Today);
        dee.ReceiveReferral(Today.AddDays(-1), "1A", "N1", "A made-up referral for the dashboard tests", null, null, Today);
        dee.AllocateTo(worker.Id, Today.AddDays(-1), Today);
        var eve = Child.Register(authority.Id, "P0002", "Eve", "Waiting", Today.AddYears(-12), null, Sex.Female, "WBRI", Today);
        eve.ReceiveReferral(Today.AddDays(-1), "1A", "N1", "A made-up referral waiting for a worker", null, null, Today);
        db.AddRange(team, worker, dee, eve);
        await db.SaveChangesAsync();
    }

    public async Task<HttpClient> SignedInAsync(WorkerRole role)
    {
        var client = App.NewClient();
        var response = await SafeguardWebApp.SignInAsync(client, SafeguardWebApp.UserFor(role), SafeguardWebApp.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public void Dispose() => App.Dispose();
}

[CollectionDefinition(Name)]
public sealed class PerformanceAppCollection : ICollectionFixture<PerformanceApp>
{
    public const string Name = "Performance app";
}
