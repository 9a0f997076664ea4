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
        // The next page's HTML is what matters, not "load": on a loaded CI machine "load" once never came within 30 s
        // though the network had gone idle, and the tests' locators wait for what they read anyway.
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        if (page.Url.Contains("/sign-in/two-factor", StringComparison.Ordinal))
        {
            await page.Locator("[name=code]").FillAsync(await app.TwoFactorCodeAsync(email));
            await page.Locator("main button[type=submit]").ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        }
        if (page.Url.Contains("/sign-in", StringComparison.Ordinal)) throw new InvalidOperationException($"{email} could not sign in: {page.Url}");
    }
}
