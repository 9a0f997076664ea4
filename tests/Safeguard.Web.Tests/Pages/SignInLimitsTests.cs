using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguard.Data;
using Safeguard.Data.Identity;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages;

/// <summary>Each test runs an app of its own: they move its clock, tighten its limits or break its database.</summary>
[Collection(WebAppCollection.Name)]
public sealed class SignInLimitsTests
{
    private static readonly Uri Children = new("/children", UriKind.Relative);

    [Fact]
    public async Task SignedIn_IdleFor21Minutes_IsSentBackToSignIn()
    {
        var time = new SettableTimeProvider();
        using var app = new SafeguardWebApp(1000, time);
        using var client = app.NewClient();
        await SafeguardWebApp.SignInAsync(client, SafeguardWebApp.SocialWorker, SafeguardWebApp.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Children)).StatusCode);

        time.Advance(TimeSpan.FromMinutes(21));
        var response = await client.GetAsync(Children);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AUserWhoseSecurityStampMoves_IsSignedOutAtTheNextCheck_OthersStay()
    {
        var time = new SettableTimeProvider();
        using var app = new SafeguardWebApp(1000, time);
        using var changed = app.NewClient();
        using var unchanged = app.NewClient();
        await SafeguardWebApp.SignInAsync(changed, SafeguardWebApp.SocialWorker, SafeguardWebApp.Password);
        await SafeguardWebApp.SignInAsync(unchanged, SafeguardWebApp.FrontDoorWorker, SafeguardWebApp.Password);
        // What changing their password or two-factor set-up does to the user.
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<SafeguardUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(SafeguardWebApp.SocialWorker))!);
        }

        time.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(HttpStatusCode.OK, (await changed.GetAsync(Children)).StatusCode);
        time.Advance(TimeSpan.FromMinutes(2));
        var response = await changed.GetAsync(Children);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await unchanged.GetAsync(Children)).StatusCode);
    }

    [Fact]
    public async Task AManagerWhoPassedTwoFactor_StaysPastTheStampCheck_NotSentBackToSetUp()
    {
        var time = new SettableTimeProvider();
        using var app = new SafeguardWebApp(1000, time);
        using var client = app.NewClient();
        await SafeguardWebApp.SignInAsync(client, SafeguardWebApp.UserFor(Core.Workforce.WorkerRole.TeamManager), SafeguardWebApp.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Children)).StatusCode);

        // Past the check: the cookie is rebuilt from the user and must keep how they signed in.
        time.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Children)).StatusCode);
        time.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Children)).StatusCode);
    }

    [Fact]
    public async Task SignedIn_ActiveEvery15Minutes_StaysSignedInPast20()
    {
        var time = new SettableTimeProvider();
        using var app = new SafeguardWebApp(1000, time);
        using var client = app.NewClient();
        await SafeguardWebApp.SignInAsync(client, SafeguardWebApp.SocialWorker, SafeguardWebApp.Password);

        time.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Children)).StatusCode);
        time.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Children)).StatusCode);
    }

    [Fact]
    public async Task Post_MoreSignInsThanTheLimitFromOneAddress_Answers429Page()
    {
        using var app = new SafeguardWebApp(3, null);
        using var client = app.NewClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await SafeguardWebApp.SignInAsync(client, "nobody@example.com", $"wrong-password-{i}")).StatusCode);

        var response = await SafeguardWebApp.SignInAsync(client, SafeguardWebApp.SocialWorker, SafeguardWebApp.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Too many attempts", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WhenTheDatabaseFails_ShowsTheErrorPageWithoutDetails()
    {
        using var app = new SafeguardWebApp();
        using var client = app.NewClient();
        await SafeguardWebApp.SignInAsync(client, SafeguardWebApp.SocialWorker, SafeguardWebApp.Password);
        await using (var db = SafeguardDatabase.Open(app.Database))
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Children\" RENAME TO \"ChildrenGone\"");

        var response = await client.GetAsync(Children);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Sorry, there is a problem with the service", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Sqlite", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ChildrenGone", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SignOut_EndsTheSession()
    {
        using var app = new SafeguardWebApp();
        using var client = app.NewClient();
        await SafeguardWebApp.SignInAsync(client, SafeguardWebApp.SocialWorker, SafeguardWebApp.Password);
        var tray = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri("/", UriKind.Relative)));
        var token = tray.QuerySelector("form[action='/sign-out'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync(new Uri("/sign-out", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal("/sign-in", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(Children)).StatusCode);
    }
}
