using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguard.Core.Assessments;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Data.Audit;
using Safeguard.Web.SignIn;
using Safeguard.Web.Startup;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.Assessments;

/// <summary>
/// Made-up records for the assessment, sign-off, closure and child in need tests. Each test makes its own child
/// (unique ID) so tests do not interfere. The children are allocated to made-up workers, never to the seed's demo
/// social worker, and are decided at the front door, so other tests' lists of the seed's children stay as they are:
/// a made-up team the demo team manager manages, with a social worker who can sign in, and an outsider in no team.
/// </summary>
internal static class SignOffWorld
{
    public const string TeamWorkerEmail = "team-worker-signoff@" + DemoSeeding.DemoEmailDomain;
    private static readonly SemaphoreSlim Once = new(1, 1);

    public static DateOnly Today(SafeguardWebApp app) => app.Services.GetRequiredService<Today>().Date;

    /// <summary>The worker behind a demo sign-in.</summary>
    public static async Task<Guid> WorkerOfAsync(SafeguardWebApp app, string email)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        return await db.Users.Where(u => u.Email == email).Select(u => u.WorkerId).SingleAsync();
    }

    /// <summary>A team managed by the demo team manager, with one social worker who can sign in (made once per app).</summary>
    public static async Task<Guid> TeamWorkerAsync(SafeguardWebApp app)
    {
        await Once.WaitAsync();
        try
        {
            await using var db = SafeguardDatabase.Open(app.Database);
            var existing = await db.Users.Where(u => u.Email == TeamWorkerEmail).Select(u => (Guid?)u.WorkerId).SingleOrDefaultAsync();
            if (existing is { } id) return id;
            var manager = await WorkerOfAsync(app, SafeguardWebApp.UserFor(WorkerRole.TeamManager));
            var authority = await db.Workers.Where(w => w.Id == manager).Select(w => w.AuthorityId).SingleAsync();
            var team = new Team(authority, "Made-up sign-off team", TeamKind.Assessment);
            team.SetManager(manager);
            var worker = new Worker(authority, team.Id, "Pat Madeup", WorkerRole.SocialWorker, Agency.ChildrensSocialCare, Today(app).AddYears(-3), 20);
            db.AddRange(team, worker);
            await db.SaveChangesAsync();
            using var scope = app.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(worker, TeamWorkerEmail, SafeguardWebApp.Password);
            return worker.Id;
        }
        finally { Once.Release(); }
    }

    /// <summary>A made-up social worker in no team: their children are outside the demo users' scope.</summary>
    public static async Task<Guid> OutsiderAsync(SafeguardWebApp app)
    {
        var manager = await WorkerOfAsync(app, SafeguardWebApp.UserFor(WorkerRole.TeamManager));
        await using var db = SafeguardDatabase.Open(app.Database);
        var authority = await db.Workers.Where(w => w.Id == manager).Select(w => w.AuthorityId).SingleAsync();
        var worker = new Worker(authority, null, "Lee Outsider", WorkerRole.SocialWorker, Agency.ChildrensSocialCare, Today(app).AddYears(-1), 20);
        db.Add(worker);
        await db.SaveChangesAsync();
        return worker.Id;
    }

    /// <summary>A new made-up child, referred 20 days ago and decided for assessment, allocated to <paramref name="workerId"/>; then <paramref name="prepare"/>.</summary>
    public static async Task<Guid> NewChildAsync(SafeguardWebApp app, Guid workerId, Action<Child, EpisodeOfNeed, DateOnly>? prepare = null)
    {
        var today = Today(app);
        await using var db = SafeguardDatabase.Open(app.Database);
        var authority = await db.Workers.Where(w => w.Id == workerId).Select(w => w.AuthorityId).SingleAsync();
        var child = Child.Register(authority, "S" + Guid.NewGuid().ToString("N")[..12], "Robin", "Madeup", today.AddYears(-6), null, Sex.Unknown, "WBRI", today);
        var episode = child.ReceiveReferral(today.AddDays(-20), "2A", "N4", "A made-up referral from school", null, null, today);
        episode.Decide(ReferralDecision.Assessment, today.AddDays(-20), workerId, today);
        child.AllocateTo(workerId, today.AddDays(-20), today);
        prepare?.Invoke(child, episode, today);
        db.Add(child);
        await db.SaveChangesAsync();
        return child.Id;
    }

    /// <summary>An assessment started 15 days ago and submitted by <paramref name="workerId"/> today.</summary>
    public static void Submitted(EpisodeOfNeed episode, Guid workerId, DateOnly today, string analysis = "Made-up analysis: needs met with support.")
    {
        var assessment = episode.StartAssessment(AssessmentKind.Single, today.AddDays(-15), today);
        assessment.Submit(today, analysis, ["3B"], AssessmentOutcome.ChildInNeedPlan, workerId, today);
    }

    /// <summary>An assessment authorised yesterday, so nothing is left open on the episode.</summary>
    public static void Authorised(EpisodeOfNeed episode, Guid workerId, DateOnly today)
    {
        var assessment = episode.StartAssessment(AssessmentKind.Single, today.AddDays(-15), today);
        assessment.Submit(today.AddDays(-2), "Made-up analysis: no further needs.", ["21"], AssessmentOutcome.NoFurtherAction, today);
        assessment.Authorise(today.AddDays(-1), workerId, today);
    }

    public static async Task<HttpClient> SignedInAsync(SafeguardWebApp app, string email)
    {
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SafeguardWebApp.SignInAsync(client, email, SafeguardWebApp.Password)).StatusCode);
        return client;
    }

    public static async Task<IHtmlDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {response.Headers.Location}");
        return await SafeguardWebApp.ParseAsync(response);
    }

    /// <summary>Like Forms.SubmitAsync, with repeated names (checkboxes) allowed.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, params (string Name, string Value)[] fields)
    {
        var page = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri(url, UriKind.Relative)));
        var form = (IHtmlFormElement?)page.QuerySelector("main form[method=post]") ?? throw new InvalidOperationException($"No form on {url}: {page.Title}");
        var names = fields.Select(f => f.Name).ToHashSet();
        var values = form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>()
            .Where(i => !names.Contains(i.Name!)).Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        if (values.All(v => v.Key != "__RequestVerificationToken"))
            values.Add(new("__RequestVerificationToken", ((IHtmlInputElement)page.QuerySelector("input[name=__RequestVerificationToken]")!).Value));
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(values));
    }

    /// <summary>The Changed entries written for a child (the made-up children start with none).</summary>
    public static async Task<IReadOnlyList<string>> ChangesAsync(SafeguardWebApp app, Guid childId)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        return await db.Set<AuditEntry>().Where(a => a.ChildId == childId && a.Action == AuditAction.Changed).OrderBy(a => a.Sequence).Select(a => a.What).ToListAsync();
    }

    public static async Task<Child> ChildAsync(SafeguardWebApp app, Guid childId)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        return await db.Children.AsNoTracking().Include(c => c.Episodes).ThenInclude(e => e.Assessments)
            .Include(c => c.Episodes).ThenInclude(e => e.ChildInNeedPlans).AsSplitQuery().SingleAsync(c => c.Id == childId);
    }

    public static async Task<Guid> StrangerAsync(SafeguardWebApp app)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        return await db.Children.Where(c => c.LaChildId == "T1000").Select(c => c.Id).SingleAsync();
    }
}
