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
    /// Waits until the browser has moved on from <paramref name="path"/>, by reading its address. Playwright's own waits
    /// (load state, then WaitForURL) three times never returned on a loaded CI machine after sign-in, the last time with
    /// the page already at its new address: the event they wait for had been missed. What the tests read next, their
    /// locators wait for.
    /// </summary>
    private static async Task LeftAsync(IPage page, string path, string email)
    {
        // Real time, not the app's clock (tests move that).
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (new Uri(page.Url).AbsolutePath == path)
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(60)) throw new InvalidOperationException($"{email} could not sign in: still on {page.Url} after 60 s");
            await Task.Delay(50);
        }
    }
}
