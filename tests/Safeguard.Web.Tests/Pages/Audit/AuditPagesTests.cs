using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Data.Audit;
using Safeguard.Web.Tests.Pages.Account;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.Audit;

[Collection(WebAppCollection.Name)]
public sealed class AuditPagesTests(SafeguardWebApp app)
{
    private static Uri Url(string path) => new(path, UriKind.Relative);

    private async Task<(HttpClient Client, string Email)> AuditorAsync()
    {
        // A fresh auditor: the demo one may be locked out by the sign-in tests.
        var (email, _) = await TestUsers.CreateAsync(app, WorkerRole.Auditor);
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SafeguardWebApp.SignInAsync(client, email, SafeguardWebApp.Password)).StatusCode);
        return (client, email);
    }

    /// <summary>A fresh child, allocated to a fresh social worker who has looked at it once (the demo users' lists stay as they were).</summary>
    private async Task<(Guid Id, string LaChildId, string WorkerEmail)> ChildViewedBySocialWorkerAsync()
    {
        var (email, worker) = await TestUsers.CreateAsync(app, WorkerRole.SocialWorker);
        var child = await TestChildren.CreateAsync(app, worker);
        using var client = app.NewClient();
        await SafeguardWebApp.SignInAsync(client, email, SafeguardWebApp.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Url($"/children/{child.Id}"))).StatusCode);
        return (child.Id, child.LaChildId, email);
    }

    [Fact]
    public async Task Get_WhoHasViewed_ListsTheSocialWorkersViewAndTheAuditorsOwnLook_NewestFirst_WithoutTheRecord()
    {
        var child = await ChildViewedBySocialWorkerAsync();
        var (auditor, auditorEmail) = await AuditorAsync();

        var response = await auditor.GetAsync(Url($"/audit/children/{child.Id}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Contains(child.LaChildId, page.QuerySelector("[data-testid=child]")!.TextContent, StringComparison.Ordinal);
        var rows = page.QuerySelectorAll("[data-testid=trail] tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(auditorEmail, rows[0][1]);
        Assert.Equal("Auditor", rows[0][2]);
        Assert.Equal("Viewed: Audit trail", rows[0][3]);
        var samsView = rows.Single(r => r[1] == child.WorkerEmail && r[3].StartsWith("Viewed", StringComparison.Ordinal));
        Assert.Equal("Social worker", samsView[2]);
        Assert.Matches(@"^\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2}$", samsView[0]);
        Assert.Matches(@"^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$", samsView[4]);
        Assert.Contains(rows, r => r[1] == child.WorkerEmail && r[3].StartsWith("Viewed", StringComparison.Ordinal));
        Assert.DoesNotContain(TestChildren.ReferralReason, page.Source.Text, StringComparison.Ordinal);

        await using var db = SafeguardDatabase.Open(app.Database);
        var looks = await db.Set<AuditEntry>().Where(a => a.ChildId == child.Id && a.UserName == auditorEmail).ToListAsync();
        var look = Assert.Single(looks);
        Assert.Equal(AuditAction.Viewed, look.Action);
        Assert.Equal("Audit trail", look.What);
    }

    [Fact]
    public async Task Get_TheChildsRecord_AsAnAuditor_IsNotOpen()
    {
        var child = await ChildViewedBySocialWorkerAsync();
        var (auditor, _) = await AuditorAsync();
        var response = await auditor.GetAsync(Url($"/children/{child.Id}"));
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_Csv_DownloadsTheWholeTrailAndRecordsTheExport()
    {
        var child = await ChildViewedBySocialWorkerAsync();
        var (auditor, auditorEmail) = await AuditorAsync();

        var response = await auditor.GetAsync(Url($"/audit/children/{child.Id}/csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"audit-trail-{child.LaChildId}.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Entry,When (UTC),Who,Role,Action,What,From", lines[0]);
        Assert.Contains(lines, l => l.Contains($",{child.WorkerEmail},SocialWorker,Viewed,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains($",{auditorEmail},Auditor,Exported,Audit trail (CSV),", StringComparison.Ordinal));
        await using var db = SafeguardDatabase.Open(app.Database);
        Assert.Equal(lines.Length - 1, await db.Set<AuditEntry>().CountAsync(a => a.ChildId == child.Id));
    }

    [Fact]
    public async Task Csv_Fields_AreQuotedAndNeverFormulas()
    {
        Assert.Equal("\"a, \"\"b\"\"\"", Web.Pages.Audit.Csv.Field("a, \"b\""));
        Assert.Equal("'=HYPERLINK(1)", Web.Pages.Audit.Csv.Field("=HYPERLINK(1)"));
        Assert.Equal("plain", Web.Pages.Audit.Csv.Field("plain"));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Get_Audit_ShowsTheChainVerifiedAndRecentEntries_AndFindsAChildByTheirId()
    {
        var child = await ChildViewedBySocialWorkerAsync();
        var (auditor, _) = await AuditorAsync();

        var page = await SafeguardWebApp.ParseAsync(await auditor.GetAsync(Url("/audit")));

        Assert.Matches(@"Audit trail verified: [\d,]+ entries", page.QuerySelector("[data-testid=chain-state]")!.TextContent);
        var recent = page.QuerySelectorAll("[data-testid=recent-entries] tbody tr");
        Assert.InRange(recent.Length, 1, 50);
        Assert.Contains(child.LaChildId, recent[0].TextContent, StringComparison.Ordinal);

        var found = await auditor.GetAsync(Url($"/audit?childId={child.LaChildId}"));
        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        Assert.Equal($"/audit/children/{child.Id}", found.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("", "Enter the child's ID")]
    [InlineData("<script>alert(1)</script>", "A child ID is up to 20 letters and numbers, like T0001")]
    [InlineData("T00000000000000000001", "A child ID is up to 20 letters and numbers, like T0001")]
    [InlineData("NOSUCHCHILD", "There is no child with the ID NOSUCHCHILD in your authority")]
    public async Task Get_FindAChildWithBadInput_ShowsTheErrorSummary(string typed, string error)
    {
        var (auditor, _) = await AuditorAsync();
        var response = await auditor.GetAsync(Url($"/audit?childId={Uri.EscapeDataString(typed)}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Equal([error], Forms.Errors(page));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TrailOfAnUnknownChild_IsNotFound()
    {
        var (auditor, _) = await AuditorAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await auditor.GetAsync(Url($"/audit/children/{Guid.NewGuid()}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await auditor.GetAsync(Url($"/audit/children/{Guid.NewGuid()}/csv"))).StatusCode);
    }

    [Fact]
    public async Task Get_AuditAsASocialWorker_IsRefused()
    {
        using var client = app.NewClient();
        await SafeguardWebApp.SignInAsync(client, SafeguardWebApp.SocialWorker, SafeguardWebApp.Password);
        var response = await client.GetAsync(Url("/audit"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/error/403", new Uri(app.Address, response.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task Get_Audit_AfterAnEntryWasAltered_NamesTheBrokenEntry()
    {
        using var own = new SafeguardWebApp();
        var (email, _) = await TestUsers.CreateAsync(own, WorkerRole.Auditor);
        using var client = own.NewClient();
        await SafeguardWebApp.SignInAsync(client, SafeguardWebApp.SocialWorker, SafeguardWebApp.Password);
        await client.GetAsync(Url("/children"));
        await using (var db = SafeguardDatabase.Open(own.Database))
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"What\" = 'Nothing to see' WHERE \"Sequence\" = 2");
        using var auditor = own.NewClient();
        await SafeguardWebApp.SignInAsync(auditor, email, SafeguardWebApp.Password);

        var page = await SafeguardWebApp.ParseAsync(await auditor.GetAsync(Url("/audit")));

        Assert.Contains("The audit trail is broken at entry 2: Entry 2 has been altered", page.QuerySelector("[data-testid=chain-state]")!.TextContent, StringComparison.Ordinal);
    }
}
