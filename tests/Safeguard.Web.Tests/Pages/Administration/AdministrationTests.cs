using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Data.Audit;
using Safeguard.Data.Identity;
using Safeguard.Web.Tests.Pages.Account;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.Administration;

[Collection(WebAppCollection.Name)]
public sealed class AdministrationTests(SafeguardWebApp app)
{
    private static Uri Url(string path) => new(path, UriKind.Relative);

    private async Task<(HttpClient Client, string Email)> AdministratorAsync()
    {
        var (email, _) = await TestUsers.CreateAsync(app, WorkerRole.Administrator);
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SafeguardWebApp.SignInAsync(client, email, SafeguardWebApp.Password)).StatusCode);
        return (client, email);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SafeguardWebApp.SignInAsync(client, email, SafeguardWebApp.Password)).StatusCode);
        return client;
    }

    private async Task<List<AuditEntry>> ChangesAsync(Guid childId)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        return await db.Set<AuditEntry>().Where(a => a.ChildId == childId && a.Action == AuditAction.Changed).OrderBy(a => a.Sequence).ToListAsync();
    }

    private async Task<(bool Restricted, List<Guid> Named)> StateAsync(Guid childId)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        var child = await db.Children.Include(c => c.NamedAccess).AsNoTracking().SingleAsync(c => c.Id == childId);
        return (child.IsRestricted, child.NamedAccess.Select(n => n.WorkerId).ToList());
    }

    [Fact]
    public async Task Get_Administration_ListsUsersWithRoleTeamTwoFactorAndLockout()
    {
        var (admin, adminEmail) = await AdministratorAsync();
        var (locked, _) = await TestUsers.CreateAsync(app, WorkerRole.SocialWorker);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<SafeguardUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(locked))!, TimeProvider.System.GetUtcNow().AddMinutes(15));
        }

        var rows = new List<List<string>>();
        for (var page = 1; page < 20; page++)
        {
            var html = await SafeguardWebApp.ParseAsync(await admin.GetAsync(Url($"/administration?page={page}")));
            rows.AddRange(html.QuerySelectorAll("[data-testid=users] tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()));
            if (html.QuerySelector("[data-testid=next-page]") is null) break;
        }

        var me = Assert.Single(rows, r => r[1] == adminEmail);
        Assert.Equal(["Administrator", "No team", "On", "No"], me[2..]);
        var lockedRow = rows.Single(r => r[1] == locked);
        Assert.Equal("Social worker", lockedRow[2]);
        Assert.Equal("Off", lockedRow[4]);
        Assert.StartsWith("Locked until", lockedRow[5], StringComparison.Ordinal);
        Assert.Equal("Assessment team 1", rows.Single(r => r[1] == SafeguardWebApp.SocialWorker)[3]);
    }

    [Fact]
    public async Task RestrictNameRemoveAndLift_EachAuditedOnce_AndRecordAccessFollows()
    {
        // Fresh people, so the demo users' lists stay as the other tests expect.
        var (samEmail, sam) = await TestUsers.CreateAsync(app, WorkerRole.SocialWorker);
        var (iroEmail, iro) = await TestUsers.CreateAsync(app, WorkerRole.IndependentReviewingOfficer);
        var child = await TestChildren.CreateAsync(app, sam);
        var (admin, _) = await AdministratorAsync();
        using var samClient = await SignedInAsync(samEmail);
        using var iroClient = await SignedInAsync(iroEmail);
        var record = Url($"/children/{child.Id}");
        Assert.Equal(HttpStatusCode.OK, (await samClient.GetAsync(record)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await iroClient.GetAsync(record)).StatusCode);

        var found = await admin.GetAsync(Url($"/administration/restricted?childId={child.LaChildId}"));
        var url = $"/administration/restricted/{child.Id}";
        Assert.Equal(url, found.Headers.Location!.OriginalString);
        var page = await SafeguardWebApp.ParseAsync(await admin.GetAsync(Url(url)));
        Assert.Contains($"Dee Madeupson ({child.LaChildId})", page.QuerySelector("[data-testid=child]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(TestChildren.ReferralReason, page.Source.Text, StringComparison.Ordinal);

        // Restrict: the allocated worker, not named, no longer finds the record.
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SubmitAsync(admin, url, new Dictionary<string, string>(), "[data-testid=restrict-form]")).StatusCode);
        Assert.True((await StateAsync(child.Id)).Restricted);
        Assert.Equal("Restricted the record: only the users named on it may open it", Assert.Single(await ChangesAsync(child.Id)).What);
        Assert.Equal(HttpStatusCode.NotFound, (await samClient.GetAsync(record)).StatusCode);

        // Name the reviewing officer: they open it; the allocated worker still gets 404.
        var named = await Forms.SubmitAsync(admin, url, new Dictionary<string, string> { ["email"] = iroEmail.ToUpperInvariant() }, "[data-testid=name-form]");
        Assert.Equal(HttpStatusCode.Redirect, named.StatusCode);
        Assert.Equal([iro], (await StateAsync(child.Id)).Named);
        var changes = await ChangesAsync(child.Id);
        Assert.Equal(2, changes.Count);
        Assert.Matches(@"^Named .+ \(Independent reviewing officer\) on the restricted record$", changes[1].What);
        Assert.Equal(HttpStatusCode.OK, (await iroClient.GetAsync(record)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await samClient.GetAsync(record)).StatusCode);
        var shown = await SafeguardWebApp.ParseAsync(await admin.GetAsync(Url(url)));
        Assert.Contains(iroEmail, shown.QuerySelector("[data-testid=named]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("can open this record", shown.QuerySelector("[data-testid=success]")!.TextContent, StringComparison.Ordinal);

        // Remove them: closed to them again.
        var removeForm = shown.QuerySelector("[data-testid=named] form")!;
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SubmitAsync(admin, url, shown, new Dictionary<string, string>(), "[data-testid=named] form")).StatusCode);
        Assert.NotNull(removeForm);
        Assert.Empty((await StateAsync(child.Id)).Named);
        Assert.Matches(@"^Removed .+ \(Independent reviewing officer\) from the restricted record$", (await ChangesAsync(child.Id))[2].What);
        Assert.Equal(HttpStatusCode.NotFound, (await iroClient.GetAsync(record)).StatusCode);

        // Lift: the usual rules again.
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SubmitAsync(admin, url, new Dictionary<string, string>(), "[data-testid=restrict-form]")).StatusCode);
        Assert.False((await StateAsync(child.Id)).Restricted);
        Assert.Equal("Lifted the restriction on the record", (await ChangesAsync(child.Id))[3].What);
        Assert.Equal(4, (await ChangesAsync(child.Id)).Count);
        Assert.Equal(HttpStatusCode.OK, (await samClient.GetAsync(record)).StatusCode);
    }

    [Theory]
    [InlineData("", "Enter the email address of the person to name")]
    [InlineData("<script>alert(1)</script>", "Enter an email address in the correct format, like name@example.com")]
    [InlineData("not-an-email", "Enter an email address in the correct format, like name@example.com")]
    [InlineData("LONG", "The email address must be 256 characters or fewer")]
    [InlineData("nobody@example.test", "There is no user with that email address in your authority")]
    [InlineData("SAM", "That person is already named on this record")]
    public async Task Post_NameWithBadInput_ShowsTheErrorSummaryAndSavesNothing(string email, string error)
    {
        if (email == "LONG") email = new string('a', 250) + "@example.test";
        var (samEmail, sam) = await TestUsers.CreateAsync(app, WorkerRole.SocialWorker);
        if (email == "SAM") email = samEmail;
        var child = await TestChildren.CreateAsync(app, sam, restricted: true, sam);
        var (admin, _) = await AdministratorAsync();
        var url = $"/administration/restricted/{child.Id}";

        var response = await Forms.SubmitAsync(admin, url, new Dictionary<string, string> { ["email"] = email }, "[data-testid=name-form]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Equal([error], Forms.Errors(page));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Equal([sam], (await StateAsync(child.Id)).Named);
        Assert.Empty(await ChangesAsync(child.Id));
    }

    [Theory]
    [InlineData("", "Enter the child's ID")]
    [InlineData("<script>alert(1)</script>", "A child ID is up to 20 letters and numbers, like T0001")]
    [InlineData("T00000000000000000001", "A child ID is up to 20 letters and numbers, like T0001")]
    [InlineData("NOSUCHCHILD", "There is no child with the ID NOSUCHCHILD in your authority")]
    public async Task Get_FindWithBadChildId_ShowsTheErrorSummary(string typed, string error)
    {
        var (admin, _) = await AdministratorAsync();
        var page = await SafeguardWebApp.ParseAsync(await admin.GetAsync(Url($"/administration/restricted?childId={Uri.EscapeDataString(typed)}")));
        Assert.Equal([error], Forms.Errors(page));
    }

    [Fact]
    public async Task Post_FromAPageOpenedBeforeSomeoneElsesChange_IsAConflictAndSavesNothing()
    {
        var (_, sam) = await TestUsers.CreateAsync(app, WorkerRole.SocialWorker);
        var (iroEmail, _) = await TestUsers.CreateAsync(app, WorkerRole.IndependentReviewingOfficer);
        var child = await TestChildren.CreateAsync(app, sam);
        var (admin, _) = await AdministratorAsync();
        var (other, _) = await AdministratorAsync();
        var url = $"/administration/restricted/{child.Id}";
        var stale = await SafeguardWebApp.ParseAsync(await admin.GetAsync(Url(url)));
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SubmitAsync(other, url, new Dictionary<string, string> { ["email"] = iroEmail }, "[data-testid=name-form]")).StatusCode);

        var response = await Forms.SubmitAsync(admin, url, stale, new Dictionary<string, string>(), "[data-testid=restrict-form]");

        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Contains(Forms.Errors(page), e => e.StartsWith("Someone else changed this record's restriction", StringComparison.Ordinal));
        Assert.False((await StateAsync(child.Id)).Restricted);
        Assert.Single(await ChangesAsync(child.Id));
    }

    [Fact]
    public async Task Get_UnknownChild_IsNotFound_AndSocialWorkersAreRefused()
    {
        var (admin, _) = await AdministratorAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(Url($"/administration/restricted/{Guid.NewGuid()}"))).StatusCode);
        using var worker = await SignedInAsync(SafeguardWebApp.SocialWorker);
        var response = await worker.GetAsync(Url("/administration"));
        Assert.Equal("/error/403", new Uri(app.Address, response.Headers.Location!).AbsolutePath);
    }
}
