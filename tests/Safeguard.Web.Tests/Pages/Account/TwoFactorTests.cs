using System.Net;
using Safeguard.Core.Workforce;
using Safeguard.Web.SignIn;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.Account;

[Collection(WebAppCollection.Name)]
public sealed class TwoFactorTests(SafeguardWebApp app)
{
    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static Dictionary<string, string> Code(string code) => new() { ["code"] = code };

    /// <summary>A fresh user signed in with their password, enrolled when <paramref name="enrol"/>; returns their recovery codes.</summary>
    private async Task<(HttpClient Client, string Email, IReadOnlyList<string> RecoveryCodes)> SignedInAsync(WorkerRole role, bool enrol)
    {
        var (email, _) = await TestUsers.CreateAsync(app, role);
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await TestUsers.PasswordOnlyAsync(client, email)).StatusCode);
        if (!enrol) return (client, email, []);
        await client.GetAsync(Url(TwoFactorSignIn.SetupPath));
        var done = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(client, TwoFactorSignIn.SetupPath, Code(await app.TwoFactorCodeAsync(email))));
        var codes = done.QuerySelectorAll("[data-testid=recovery-codes] li").Select(li => li.TextContent.Trim()).ToList();
        return (client, email, codes);
    }

    [Theory]
    [InlineData(WorkerRole.TeamManager, "/authorisations")]
    [InlineData(WorkerRole.TeamManager, "/children")]
    [InlineData(WorkerRole.Administrator, "/administration")]
    [InlineData(WorkerRole.Administrator, "/account")]
    public async Task Get_AnyPageAsManagerOrAdministratorWithoutAuthenticator_RedirectsToSetUp(WorkerRole role, string path)
    {
        var (client, _, _) = await SignedInAsync(role, enrol: false);

        var response = await client.GetAsync(Url(path));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(TwoFactorSignIn.SetupPath, response.Headers.Location!.OriginalString);
        var setup = await SafeguardWebApp.ParseAsync(await client.GetAsync(Url(TwoFactorSignIn.SetupPath)));
        Assert.NotNull(setup.QuerySelector("[data-testid=required]"));
    }

    [Fact]
    public async Task Get_PagesAsSocialWorkerWithoutAuthenticator_OpenAsBefore()
    {
        var (client, _, _) = await SignedInAsync(WorkerRole.SocialWorker, enrol: false);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Url("/children"))).StatusCode);
        var setup = await SafeguardWebApp.ParseAsync(await client.GetAsync(Url(TwoFactorSignIn.SetupPath)));
        Assert.Null(setup.QuerySelector("[data-testid=required]"));
    }

    [Fact]
    public async Task Get_SetUp_ShowsAnSvgQrCodeOfTheOtpauthUriAndTheKeyInGroupsOfFour()
    {
        var (client, email, _) = await SignedInAsync(WorkerRole.TeamManager, enrol: false);

        var html = await (await client.GetAsync(Url(TwoFactorSignIn.SetupPath))).Content.ReadAsStringAsync();
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        var holder = page.QuerySelector("[data-authenticator-uri]")!;
        var uri = holder.GetAttribute("data-authenticator-uri")!;
        var key = page.QuerySelector("[data-testid=key]")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        Assert.Equal($"otpauth://totp/Safeguard:{Uri.EscapeDataString(email)}?secret={key}&issuer=Safeguard&digits=6&period=30", uri);
        Assert.Matches("^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$", page.QuerySelector("[data-testid=key]")!.TextContent);
        var svg = holder.QuerySelector("svg");
        Assert.NotNull(svg);
        Assert.Equal("img", svg.GetAttribute("role"));
        // The SVG is QRCoder's drawing of exactly that URI (nothing fetched, no script on the page).
        Assert.Contains(TwoFactorSignIn.QrCodeSvg(uri), html, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main img, main script"));
    }

    [Theory]
    [InlineData("", "Enter the 6-digit code from your authenticator app")]
    [InlineData("12345", "The code must be 6 digits, like 123456")]
    [InlineData("abcdef", "The code must be 6 digits, like 123456")]
    [InlineData("<script>alert(1)</script>", "The code must be 6 digits, like 123456")]
    [InlineData("wrong", "The code must be 6 digits, like 123456")]
    public async Task Post_SetUpWithBadCode_ShowsTheErrorAndLeavesTwoFactorOff(string code, string error)
    {
        var (client, email, _) = await SignedInAsync(WorkerRole.TeamManager, enrol: false);
        var response = await Forms.SubmitAsync(client, TwoFactorSignIn.SetupPath, Code(code));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Equal([error], Forms.Errors(page));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-authenticator-uri] svg"));
        Assert.False((await TestUsers.FindAsync(app, email)).TwoFactorEnabled);
    }

    [Fact]
    public async Task Post_SetUpWithAWrongCodeOrALongOne_IsRefused()
    {
        var (client, email, _) = await SignedInAsync(WorkerRole.TeamManager, enrol: false);
        await client.GetAsync(Url(TwoFactorSignIn.SetupPath));
        var right = await app.TwoFactorCodeAsync(email);
        var wrong = ((int.Parse(right, System.Globalization.CultureInfo.InvariantCulture) + 500_000) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

        var page = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(client, TwoFactorSignIn.SetupPath, Code(wrong)));
        Assert.Contains("The code is not correct", Assert.Single(Forms.Errors(page)), StringComparison.Ordinal);
        page = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(client, TwoFactorSignIn.SetupPath, Code(new string('1', 5000))));
        Assert.Equal(["The code must be 6 digits, like 123456"], Forms.Errors(page));
        Assert.False((await TestUsers.FindAsync(app, email)).TwoFactorEnabled);
        Assert.Equal(TwoFactorSignIn.SetupPath, (await client.GetAsync(Url("/children"))).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Post_SetUpWithTheRightCode_ShowsTenRecoveryCodesOnceAndOpensTheService()
    {
        var (client, email, codes) = await SignedInAsync(WorkerRole.TeamManager, enrol: true);

        Assert.Equal(10, codes.Count);
        Assert.All(codes, c => Assert.Matches("^[A-Z0-9]{5}-[A-Z0-9]{5}$", c));
        Assert.True((await TestUsers.FindAsync(app, email)).TwoFactorEnabled);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Url("/children"))).StatusCode);
        var again = await SafeguardWebApp.ParseAsync(await client.GetAsync(Url(TwoFactorSignIn.SetupPath)));
        Assert.Empty(again.QuerySelectorAll("[data-testid=recovery-codes], [data-authenticator-uri], [data-testid=key]"));
        var account = await SafeguardWebApp.ParseAsync(await client.GetAsync(Url("/account")));
        Assert.Contains("On: you sign in with a code", account.QuerySelector("[data-testid=account-details]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WhenEnrolled_AsksForTheCode_RefusesAWrongOne_AcceptsTheRightOne()
    {
        var (_, email, _) = await SignedInAsync(WorkerRole.TeamManager, enrol: true);
        using var client = app.NewClient();

        var password = await TestUsers.PasswordOnlyAsync(client, email);
        Assert.Equal("/sign-in/two-factor", password.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(Url("/children"))).StatusCode);

        var right = await app.TwoFactorCodeAsync(email);
        var wrong = right == "000000" ? "111111" : "000000";
        var refused = await Forms.SubmitAsync(client, "/sign-in/two-factor", Code(wrong));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(refused);
        Assert.Equal(["The code is not correct: enter the code showing in your authenticator app now"], Forms.Errors(page));
        Assert.Equal("#code", page.QuerySelector("[data-testid=error-summary] a")!.GetAttribute("href"));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);

        var accepted = await Forms.SubmitAsync(client, "/sign-in/two-factor", Code(right[..3] + " " + right[3..]));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/", accepted.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Url("/children"))).StatusCode);
    }

    [Theory]
    [InlineData("", "Enter the code from your authenticator app")]
    [InlineData("<script>alert(1)</script>", "Enter the 6-digit code from your authenticator app, or a recovery code")]
    [InlineData("1234567890123456789012345", "Enter the 6-digit code from your authenticator app, or a recovery code")]
    public async Task Post_CodePageWithBadInput_ShowsTheErrorAndStaysSignedOut(string code, string error)
    {
        var (_, email, _) = await SignedInAsync(WorkerRole.Administrator, enrol: true);
        using var client = app.NewClient();
        await TestUsers.PasswordOnlyAsync(client, email);

        var page = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(client, "/sign-in/two-factor", Code(code)));

        Assert.Equal([error], Forms.Errors(page));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(Url("/account"))).StatusCode);
    }

    [Fact]
    public async Task RecoveryCode_SignsInOnce_ThenIsRefused()
    {
        var (_, email, codes) = await SignedInAsync(WorkerRole.TeamManager, enrol: true);
        using (var first = app.NewClient())
        {
            await TestUsers.PasswordOnlyAsync(first, email);
            var response = await Forms.SubmitAsync(first, "/sign-in/two-factor", Code(codes[3].ToLowerInvariant()));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(Url("/children"))).StatusCode);
        }
        using var second = app.NewClient();
        await TestUsers.PasswordOnlyAsync(second, email);
        var again = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(second, "/sign-in/two-factor", Code(codes[3])));
        Assert.Equal(["The code is not correct: enter the code showing in your authenticator app now"], Forms.Errors(again));
    }

    [Fact]
    public async Task FiveWrongCodes_LockTheAccountEvenForTheRightCode()
    {
        var (_, email, _) = await SignedInAsync(WorkerRole.TeamManager, enrol: true);
        using var client = app.NewClient();
        await TestUsers.PasswordOnlyAsync(client, email);
        var right = await app.TwoFactorCodeAsync(email);
        var wrong = right == "000000" ? "111111" : "000000";
        for (var i = 0; i < 5; i++) await Forms.SubmitAsync(client, "/sign-in/two-factor", Code(wrong));

        var page = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(client, "/sign-in/two-factor", Code(right)));

        Assert.Contains("locked", Assert.Single(Forms.Errors(page)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(Url("/children"))).StatusCode);
    }

    [Fact]
    public async Task CodePage_WithoutAPasswordFirst_GoesBackToSignIn()
    {
        using var client = app.NewClient();
        var response = await client.GetAsync(Url("/sign-in/two-factor"));
        Assert.Equal("/sign-in", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ResettingTheAuthenticator_SendsAManagerBackToSetUpWithANewKey()
    {
        var (client, email, _) = await SignedInAsync(WorkerRole.TeamManager, enrol: true);
        var account = await SafeguardWebApp.ParseAsync(await client.GetAsync(Url("/account")));

        var response = await Forms.SubmitAsync(client, "/account", account, new Dictionary<string, string>(), "form[action*=reset]");

        Assert.Equal(TwoFactorSignIn.SetupPath, response.Headers.Location!.OriginalString);
        Assert.False((await TestUsers.FindAsync(app, email)).TwoFactorEnabled);
        Assert.Equal(TwoFactorSignIn.SetupPath, (await client.GetAsync(Url("/children"))).Headers.Location?.OriginalString);
        var setup = await SafeguardWebApp.ParseAsync(await client.GetAsync(Url(TwoFactorSignIn.SetupPath)));
        Assert.NotNull(setup.QuerySelector("[data-authenticator-uri] svg"));
    }

    [Theory]
    [InlineData(WorkerRole.TeamManager)]
    [InlineData(WorkerRole.Administrator)]
    public async Task TestSignIn_OfTheDemoManagerAndAdministrator_StillEndsSignedIn(WorkerRole role)
    {
        // Twice: the first enrols, the second answers the code page.
        for (var i = 0; i < 2; i++)
        {
            using var client = app.NewClient();
            var response = await SafeguardWebApp.SignInAsync(client, SafeguardWebApp.UserFor(role), SafeguardWebApp.Password);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Url("/account"))).StatusCode);
        }
        Assert.True((await TestUsers.FindAsync(app, SafeguardWebApp.UserFor(role))).TwoFactorEnabled);
    }
}
