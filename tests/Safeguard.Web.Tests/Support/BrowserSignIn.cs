using Microsoft.Playwright;

namespace Safeguard.Web.Tests.Support;

/// <summary>Signs a browser page in as a demo user, answering the second factor for the roles that need it.</summary>
public static class BrowserSignIn
{
    public static async Task SignInAsync(IPage page, SafeguardWebApp app, string email)
    {
        // Enrols the user's authenticator the first time when their role requires one (the test support answers its code).
        if (await app.MustEnrolAsync(email))
            using (var client = app.NewClient()) await SafeguardWebApp.SignInAsync(client, email, SafeguardWebApp.Password);

        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(SafeguardWebApp.Password);
        await page.GetByTestId("sign-in").ClickAsync();
        await LeftAsync(page, "/sign-in", email);
        if (page.Url.Contains("/sign-in/two-factor", StringComparison.Ordinal))
        {
            await page.Locator("[name=code]").FillAsync(await app.TwoFactorCodeAsync(email));
            await page.Locator("main button[type=submit]").ClickAsync();
            await LeftAsync(page, "/sign-in/two-factor", email);
        }
        if (page.Url.Contains("/sign-in", StringComparison.Ordinal)) throw new InvalidOperationException($"{email} could not sign in: {page.Url}");
    }

    /// <summary>
    /// Waits until the browser has moved on from <paramref name="path"/>, by its address. Waiting for the next page's
    /// load state twice ran past 30 s on a loaded CI machine after sign-in although the network had gone idle; what the
    /// tests read next, their locators wait for.
    /// </summary>
    private static async Task LeftAsync(IPage page, string path, string email)
    {
        try
        {
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != path, new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"{email} could not sign in: still on {page.Url} after 60 s");
        }
    }
}
