using System.Net;
using Safeguard.Web.Startup;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages;

[Collection(WebAppCollection.Name)]
public sealed class SignInTests(SafeguardWebApp app)
{
    [Fact]
    public async Task Post_WithCorrectPassword_SignsInToWorkTrayOfOwnChildrensDeadlinesSoonestFirst()
    {
        using var client = app.NewClient();
        var response = await SafeguardWebApp.SignInAsync(client, SafeguardWebApp.SocialWorker, SafeguardWebApp.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);

        var tray = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri("/", UriKind.Relative)));
        Assert.Contains("Your work tray", tray.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        // The allocated child with an open referral has a "Decide on the referral" clock, with its reason.
        var table = tray.QuerySelector("[data-testid=work-tray]");
        Assert.NotNull(table);
        // Soonest first: Ben's overdue referral decision before Ava's; never a colleague's child.
        // Other tests in the shared app may allocate more children to this worker, so find the two by name.
        var rows = table.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        var overdue = rows.FindIndex(r => r.Contains(PlaceholderSeeder.OverdueChild, StringComparison.Ordinal));
        var allocated = rows.FindIndex(r => r.Contains(PlaceholderSeeder.AllocatedChild, StringComparison.Ordinal));
        Assert.True(overdue >= 0 && allocated > overdue, $"expected {PlaceholderSeeder.OverdueChild} before {PlaceholderSeeder.AllocatedChild} in: {string.Join(" | ", rows)}");
        Assert.Contains("Overdue", rows[overdue], StringComparison.Ordinal);
        Assert.All(new[] { rows[overdue], rows[allocated] }, r => Assert.Contains("Decide on the referral", r, StringComparison.Ordinal));
        Assert.All(new[] { rows[overdue], rows[allocated] }, r => Assert.Contains("working day", r, StringComparison.Ordinal));
        Assert.DoesNotContain(PlaceholderSeeder.ColleaguesChild, table.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithWrongPassword_ShowsErrorSummary()
    {
        using var client = app.NewClient();
        var response = await SafeguardWebApp.SignInAsync(client, "team-manager@" + DemoSeeding.DemoEmailDomain, "not-the-right-password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        var summary = page.QuerySelector("[data-testid=error-summary]");
        Assert.NotNull(summary);
        Assert.Contains("Enter a correct email address and password", summary.TextContent, StringComparison.Ordinal);
        Assert.Equal("#email", summary.QuerySelector("a")!.GetAttribute("href"));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        using var client = app.NewClient();
        var email = "auditor@" + DemoSeeding.DemoEmailDomain;
        for (var i = 0; i < 5; i++) await SafeguardWebApp.SignInAsync(client, email, $"wrong-password-{i}");

        var response = await SafeguardWebApp.SignInAsync(client, email, SafeguardWebApp.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Contains("locked", page.QuerySelector("[data-testid=error-summary]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ChildrenWhenSignedOut_RedirectsToSignIn()
    {
        using var client = app.NewClient();
        var response = await client.GetAsync(new Uri("/children", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in?returnUrl=%2Fchildren", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_StylesheetWhenSignedOut_IsServed()
    {
        using var client = app.NewClient();
        var response = await client.GetAsync(new Uri("/lib/safeguard.css", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("GDS Transport", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
