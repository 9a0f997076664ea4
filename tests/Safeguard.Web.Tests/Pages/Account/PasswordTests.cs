using System.Net;
using Safeguard.Core.Workforce;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.Account;

[Collection(WebAppCollection.Name)]
public sealed class PasswordTests(SafeguardWebApp app)
{
    private static Dictionary<string, string> Form(string current, string next, string confirm) =>
        new() { ["CurrentPassword"] = current, ["NewPassword"] = next, ["ConfirmPassword"] = confirm };

    [Fact]
    public async Task Get_Account_ShowsNameRoleAndTwoFactorStatus()
    {
        var (email, _) = await TestUsers.CreateAsync(app, WorkerRole.SocialWorker);
        using var client = app.NewClient();
        await SafeguardWebApp.SignInAsync(client, email, SafeguardWebApp.Password);

        var page = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri("/account", UriKind.Relative)));

        var details = page.QuerySelector("[data-testid=account-details]")!.TextContent;
        Assert.Contains("Test SocialWorker", details, StringComparison.Ordinal);
        Assert.Contains("Social worker", details, StringComparison.Ordinal);
        Assert.Contains(email, details, StringComparison.Ordinal);
        Assert.Contains("Off", details, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-testid=set-up-two-factor]"));
    }

    [Fact]
    public async Task Post_ValidChange_ChangesThePasswordAndKeepsTheSessionSignedIn()
    {
        var (email, _) = await TestUsers.CreateAsync(app, WorkerRole.SocialWorker);
        using var client = app.NewClient();
        await SafeguardWebApp.SignInAsync(client, email, SafeguardWebApp.Password);
        const string next = "three made-up words here";

        var response = await Forms.SubmitAsync(client, "/account/password", Form(SafeguardWebApp.Password, next, next));

        Assert.Equal("/account", response.Headers.Location!.OriginalString);
        var account = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri("/account", UriKind.Relative)));
        Assert.Contains("Your password has been changed", account.QuerySelector("[data-testid=success]")!.TextContent, StringComparison.Ordinal);
        using var fresh = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await SafeguardWebApp.SignInAsync(fresh, email, SafeguardWebApp.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SafeguardWebApp.SignInAsync(fresh, email, next)).StatusCode);
    }

    [Theory]
    [InlineData("", "new password one", "new password one", "Enter your current password")]
    [InlineData(SafeguardWebApp.Password, "", "", "Enter a new password")]
    [InlineData(SafeguardWebApp.Password, "new password one", "new password two", "The passwords you typed do not match")]
    [InlineData("not-my-password!", "new password one", "new password one", "Your current password is not correct")]
    [InlineData(SafeguardWebApp.Password, "short", "short", "The new password must be at least 12 characters")]
    [InlineData(SafeguardWebApp.Password, "passwordpassword", "passwordpassword", "Choose a password that is harder to guess: this one is on a list of common passwords")]
    [InlineData(SafeguardWebApp.Password, "LONG", "LONG", "The new password must be 256 characters or fewer")]
    public async Task Post_BadInput_ShowsTheErrorSummaryAndKeepsTheOldPassword(string current, string next, string confirm, string error)
    {
        if (next == "LONG") next = confirm = new string('x', 257);
        var (email, _) = await TestUsers.CreateAsync(app, WorkerRole.SocialWorker);
        using var client = app.NewClient();
        await SafeguardWebApp.SignInAsync(client, email, SafeguardWebApp.Password);

        var response = await Forms.SubmitAsync(client, "/account/password", Form(current, next, confirm));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Contains(error, Forms.Errors(page));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        using var fresh = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SafeguardWebApp.SignInAsync(fresh, email, SafeguardWebApp.Password)).StatusCode);
    }
}
