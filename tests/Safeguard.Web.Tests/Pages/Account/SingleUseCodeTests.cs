using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Safeguard.Core.Workforce;
using Safeguard.Data.Identity;
using Safeguard.Web.SignIn;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.Account;

/// <summary>
/// Each authenticator code signs in once: the same code again — in a sign-in happening alongside, or the next one — is
/// refused like a wrong code (and counts towards lockout), as is a code older than the last one used; the next code
/// works. Each test runs an app on a stopped clock of its own, so the codes' time steps are exact.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class SingleUseCodeTests
{
    private const string CodePage = "/sign-in/two-factor";
    private const string NotCorrect = "The code is not correct: enter the code showing in your authenticator app now";
    private static readonly Uri Children = new("/children", UriKind.Relative);

    private readonly SettableTimeProvider _time = new();

    private long Now => Totp.Step(_time.GetUtcNow());

    /// <summary>A new team manager enrolled with the code for <paramref name="enrolStep"/>; returns their key.</summary>
    private static async Task<(string Email, string Key)> EnrolledManagerAsync(SafeguardWebApp app, long enrolStep)
    {
        var (email, _) = await TestUsers.CreateAsync(app, WorkerRole.TeamManager);
        using var client = app.NewClient();
        await TestUsers.PasswordOnlyAsync(client, email);
        await client.GetAsync(new Uri(TwoFactorSignIn.SetupPath, UriKind.Relative));
        var key = await KeyAsync(app, email);
        var enrolled = await Forms.SubmitAsync(client, TwoFactorSignIn.SetupPath, Code(Totp.Code(key, enrolStep)));
        Assert.Contains("recovery-codes", await enrolled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        return (email, key);
    }

    private static async Task<string> KeyAsync(SafeguardWebApp app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SafeguardUser>>();
        return (await users.GetAuthenticatorKeyAsync((await users.FindByEmailAsync(email))!))!;
    }

    private static Dictionary<string, string> Code(string code) => new() { ["code"] = code };

    /// <summary>A client past the password step, on the code page.</summary>
    private static async Task<HttpClient> AtCodePageAsync(SafeguardWebApp app, string email)
    {
        var client = app.NewClient();
        Assert.Equal(CodePage, (await TestUsers.PasswordOnlyAsync(client, email)).Headers.Location!.OriginalString);
        return client;
    }

    private static async Task AssertSignedInAsync(HttpResponseMessage response, HttpClient client)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Children)).StatusCode);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpClient client, string error = NotCorrect)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Equal([error], Forms.Errors(page));
        Assert.Equal("#code", page.QuerySelector("[data-testid=error-summary] a")!.GetAttribute("href"));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(Children)).StatusCode);
    }

    [Fact]
    public async Task Code_SignsInOnce_ThenIsRefusedInASignInAlongsideAndInTheNextSignIn()
    {
        using var app = new SafeguardWebApp(1000, _time);
        var (email, key) = await EnrolledManagerAsync(app, Now - 1);
        var code = Totp.Code(key, Now);
        using var first = await AtCodePageAsync(app, email);
        using var alongside = await AtCodePageAsync(app, email);

        await AssertSignedInAsync(await Forms.SubmitAsync(first, CodePage, Code(code)), first);
        Assert.Equal(Now, await app.LastTwoFactorStepAsync(email));

        await AssertRefusedAsync(await Forms.SubmitAsync(alongside, CodePage, Code(code)), alongside);
        using var next = await AtCodePageAsync(app, email);
        await AssertRefusedAsync(await Forms.SubmitAsync(next, CodePage, Code(code[..3] + " " + code[3..])), next);
        // Refused like a wrong code: both count towards lockout.
        Assert.Equal(2, (await TestUsers.FindAsync(app, email)).AccessFailedCount);
    }

    [Fact]
    public async Task CodeFromTheNextStep_SignsIn_AndACodeOlderThanTheLastIsRefused()
    {
        using var app = new SafeguardWebApp(1000, _time);
        var (email, key) = await EnrolledManagerAsync(app, Now - 2);
        using (var client = await AtCodePageAsync(app, email))
            await AssertSignedInAsync(await Forms.SubmitAsync(client, CodePage, Code(Totp.Code(key, Now))), client);

        // One step back is still inside the time the app allows for a phone's clock, but it is before the code last used.
        using (var client = await AtCodePageAsync(app, email))
            await AssertRefusedAsync(await Forms.SubmitAsync(client, CodePage, Code(Totp.Code(key, Now - 1))), client);

        // The clock moves on (the app reads the injected TimeProvider): the new code works, once.
        _time.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));
        using (var client = await AtCodePageAsync(app, email))
            await AssertSignedInAsync(await Forms.SubmitAsync(client, CodePage, Code(Totp.Code(key, Now))), client);
        Assert.Equal(Now, await app.LastTwoFactorStepAsync(email));
        using (var client = await AtCodePageAsync(app, email))
            await AssertRefusedAsync(await Forms.SubmitAsync(client, CodePage, Code(Totp.Code(key, Now))), client);
    }

    [Fact]
    public async Task TheCodeThatEnrolled_CannotThenSignIn_ButTheNextCodeCan()
    {
        using var app = new SafeguardWebApp(1000, _time);
        var (email, key) = await EnrolledManagerAsync(app, Now);
        Assert.Equal(Now, await app.LastTwoFactorStepAsync(email));

        using var client = await AtCodePageAsync(app, email);
        await AssertRefusedAsync(await Forms.SubmitAsync(client, CodePage, Code(Totp.Code(key, Now))), client);
        // A step ahead is allowed for a phone whose clock runs fast.
        await AssertSignedInAsync(await Forms.SubmitAsync(client, CodePage, Code(Totp.Code(key, Now + 1))), client);
    }

    [Fact]
    public async Task UsedCodeFiveTimes_LocksTheAccountEvenForANewCode()
    {
        using var app = new SafeguardWebApp(1000, _time);
        var (email, key) = await EnrolledManagerAsync(app, Now - 1);
        using (var first = await AtCodePageAsync(app, email))
            await AssertSignedInAsync(await Forms.SubmitAsync(first, CodePage, Code(Totp.Code(key, Now))), first);

        using var client = await AtCodePageAsync(app, email);
        for (var i = 0; i < 4; i++) await AssertRefusedAsync(await Forms.SubmitAsync(client, CodePage, Code(Totp.Code(key, Now))), client);
        var fifth = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(client, CodePage, Code(Totp.Code(key, Now))));
        Assert.Contains("locked", Assert.Single(Forms.Errors(fifth)), StringComparison.Ordinal);

        var page = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(client, CodePage, Code(Totp.Code(key, Now + 1))));
        Assert.Contains("locked", Assert.Single(Forms.Errors(page)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(Children)).StatusCode);
    }
}
