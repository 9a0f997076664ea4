using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Data.Audit;
using Safeguard.Data.Records;
using Safeguard.Web.SignIn;
using Safeguard.Web.Startup;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.ChildProtection;

/// <summary>How far along the child protection journey a made-up child's record is.</summary>
public enum CpStage { Decided, Section47Started, ConferenceNeeded, OnPlan }

/// <summary>
/// Made-up children for the child protection tests, one per test (unique ID), brought to a stage of the journey
/// through the domain's own methods and allocated to a social worker of these tests' own, Robin Madeup, in a team of
/// their own: so the demo social worker's caseload and work tray, which other tests count, stay as seeded.
/// </summary>
public sealed class CpRecords(SafeguardWebApp app)
{
    public const string SocialWorkerName = "Robin Madeup";
    public const string SocialWorkerEmail = "robin.madeup@cp-tests.example";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<string, Guid> Workers = [];

    public DateOnly Today => app.Services.GetRequiredService<Today>().Date;

    /// <summary>Robin Madeup, made once per app with a sign-in of their own.</summary>
    public async Task<Guid> SocialWorkerAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (Workers.TryGetValue(app.Database, out var id)) return id;
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SafeguardDbContext>();
            var authority = await db.Authorities.Select(a => a.Id).SingleAsync();
            var team = new Team(authority, "Child protection team (made up)", TeamKind.ChildProtection);
            var worker = new Worker(authority, team.Id, SocialWorkerName, WorkerRole.SocialWorker, Agency.ChildrensSocialCare, Today.AddYears(-3), 20);
            db.AddRange(team, worker);
            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(worker, SocialWorkerEmail, SafeguardWebApp.Password);
            Workers[app.Database] = worker.Id;
            return worker.Id;
        }
        finally
        {
            Gate.Release();
        }
    }

    public async Task<(Guid Authority, Guid SocialWorker, Guid Chair)> StaffAsync()
    {
        var robin = await SocialWorkerAsync();
        await using var db = SafeguardDatabase.Open(app.Database);
        var authority = await db.Authorities.Select(a => a.Id).SingleAsync();
        var chair = await db.Workers.Where(w => w.Role == WorkerRole.ConferenceChair).Select(w => w.Id).FirstAsync();
        return (authority, robin, chair);
    }

    /// <summary>
    /// A child referred 40 days ago and decided on (strategy discussion), allocated to Robin; then, by stage, a strategy
    /// discussion and section 47 30 days ago, its outcome (conference needed) 25 days ago, and an initial conference
    /// with a neglect plan <paramref name="planStartedDaysAgo"/> days ago.
    /// </summary>
    public async Task<Guid> ChildAsync(CpStage stage, bool allocated = true, int planStartedDaysAgo = 20)
    {
        var (authority, robin, chair) = await StaffAsync();
        var today = Today;
        var child = Child.Register(authority, $"CP{Guid.NewGuid():N}"[..12], "Dana", "Madeup", today.AddYears(-6), null, Sex.Female, "WBRI", today);
        var start = today.AddDays(-Math.Max(40, planStartedDaysAgo + 20));
        var episode = child.ReceiveReferral(start, "1A", "N1", "A made-up referral about a made-up child", null, null, today);
        episode.Decide(ReferralDecision.StrategyDiscussion, start, robin, today);
        if (allocated) child.AllocateTo(robin, start, today);
        if (stage >= CpStage.Section47Started)
        {
            var discussion = episode.HoldStrategyDiscussion(start.AddDays(5), [Agency.Police, Agency.Health], true, "Made-up discussion", today);
            episode.StartSection47(discussion.Id, start.AddDays(5), today);
        }
        if (stage >= CpStage.ConferenceNeeded)
            episode.Section47Enquiries[0].RecordOutcome(Section47Outcome.ConferenceNeeded, start.AddDays(10), today);
        if (stage >= CpStage.OnPlan)
            episode.HoldInitialConference(episode.Section47Enquiries[0].Id, today.AddDays(-planStartedDaysAgo), true, "NEG", chair, today);
        await using var db = SafeguardDatabase.Open(app.Database);
        db.Add(child);
        await db.SaveChangesAsync();
        return child.Id;
    }

    public async Task<Child> RecordAsync(Guid childId)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        return await db.Children.WithWholeRecord().AsNoTracking().SingleAsync(c => c.Id == childId);
    }

    public async Task<EpisodeOfNeed> EpisodeAsync(Guid childId) => (await RecordAsync(childId)).Episodes.Single();

    public async Task<long> LastAuditAsync()
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        return await db.Set<AuditEntry>().MaxAsync(a => (long?)a.Sequence) ?? 0;
    }

    /// <summary>The "Changed" entries written for the child since <paramref name="after"/>.</summary>
    public async Task<List<string>> ChangesAsync(Guid childId, long after)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        return await db.Set<AuditEntry>().Where(a => a.Sequence > after && a.ChildId == childId && a.Action == AuditAction.Changed)
            .Select(a => a.What).ToListAsync();
    }

    /// <summary>A child nobody in the tests is allocated: outside the social worker's and the chair's scope.</summary>
    public async Task<Guid> StrangerAsync()
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        return await db.Children.Where(c => c.LaChildId == "T1000").Select(c => c.Id).SingleAsync();
    }

    /// <summary>Signed in as Robin Madeup (social worker) or as the demo user of another role.</summary>
    public async Task<HttpClient> SignedInAsync(WorkerRole role)
    {
        var email = role == WorkerRole.SocialWorker ? SocialWorkerEmail : SafeguardWebApp.UserFor(role);
        if (role == WorkerRole.SocialWorker) await SocialWorkerAsync();
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SafeguardWebApp.SignInAsync(client, email, SafeguardWebApp.Password)).StatusCode);
        return client;
    }

    public static async Task<IHtmlDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await SafeguardWebApp.ParseAsync(response);
    }

    public static Task<HttpResponseMessage> GetRawAsync(HttpClient client, string url) => client.GetAsync(new Uri(url, UriKind.Relative));

    /// <summary>
    /// Like <see cref="Forms.SubmitAsync(HttpClient, string, IReadOnlyDictionary{string, string}, string?)"/>, but a name may
    /// repeat (ticked checkboxes): opens the page, keeps its hidden fields, posts the fields given.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, params (string Name, string Value)[] fields)
    {
        var page = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri(url, UriKind.Relative)));
        var form = (IHtmlFormElement?)page.QuerySelector("main form[method=post]") ?? throw new InvalidOperationException($"No form on {url}: {page.Title}");
        var named = fields.Select(f => f.Name).ToHashSet();
        var values = form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>()
            .Where(i => !named.Contains(i.Name!)).Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return await client.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(values));
    }

    public static (string, string)[] DateFields(string name, DateOnly date) =>
        [($"{name}.Day", date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)),
         ($"{name}.Month", date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)),
         ($"{name}.Year", date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    public static (string, string)[] DateFields(string name, string day, string month, string year) =>
        [($"{name}.Day", day), ($"{name}.Month", month), ($"{name}.Year", year)];

    /// <summary>A bad-input answer: 200, the GOV.UK error summary with a message starting <paramref name="error"/>, and "Error:" in the title.</summary>
    public static async Task<IHtmlDocument> AssertRefusedAsync(HttpResponseMessage response, string error)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        var errors = Forms.Errors(page);
        Assert.True(errors.Any(e => e.StartsWith(error, StringComparison.Ordinal)), $"Expected \"{error}\" in: {string.Join(" | ", errors)}");
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        return page;
    }
}
