using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Safeguard.Core.Workforce;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.Account;

/// <summary>
/// Two-factor enrolment and sign-in, the audit pages and restricted records in real Chromium, with axe on each page and
/// a screenshot kept. The browser types the code <see cref="SafeguardWebApp.TwoFactorCodeAsync"/> computes, as a phone would show it.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class AccountBrowserTests(SafeguardWebApp app)
{
    private static readonly string Chromium = Environment.GetEnvironmentVariable("SAFEGUARD_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");

    private static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        Assert.True(File.Exists(Chromium), $"Chromium is not at {Chromium}: install it with `apt-get install -y chromium` (./test does).");
        Directory.CreateDirectory(Artifacts);
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(SafeguardWebApp.Password);
        await page.GetByTestId("sign-in").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    [Fact]
    public async Task Manager_EnrolsAtFirstSignIn_ThenSignsInWithTheCode()
    {
        var (email, _) = await TestUsers.CreateAsync(app, WorkerRole.TeamManager);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);

        await using (var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.Address.ToString() }))
        {
            var page = await context.NewPageAsync();
            await SignInAsync(page, email);
            await page.GotoAsync("/children");
            await page.WaitForURLAsync("**/account/two-factor/setup");
            Assert.Equal(1, await page.Locator("[data-authenticator-uri] svg").CountAsync());
            await AssertAccessibleAsync(page, "two-factor-setup");

            await page.GetByLabel("Enter the 6-digit code from the app").FillAsync(await app.TwoFactorCodeAsync(email));
            await page.GetByTestId("confirm").ClickAsync();
            Assert.Equal(10, await page.Locator("[data-testid=recovery-codes] li").CountAsync());
            await AssertAccessibleAsync(page, "two-factor-recovery-codes");

            await page.GotoAsync("/account");
            await AssertAccessibleAsync(page, "account");
        }

        await using (var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.Address.ToString() }))
        {
            var page = await context.NewPageAsync();
            await SignInAsync(page, email);
            await page.WaitForURLAsync("**/sign-in/two-factor");
            await AssertAccessibleAsync(page, "two-factor-code");
            await page.GetByLabel("Code").FillAsync(await app.TwoFactorCodeAsync(email));
            await page.GetByTestId("continue").ClickAsync();
            await page.GotoAsync("/children");
            Assert.Equal("Children", (await page.Locator("h1").TextContentAsync())?.Trim());
        }
    }

    [Fact]
    public async Task AuditAndRestrictedRecordPages_HaveNoSeriousAccessibilityViolations()
    {
        var (_, worker) = await TestUsers.CreateAsync(app, WorkerRole.SocialWorker);
        var child = await TestChildren.CreateAsync(app, worker, restricted: true, worker);
        var (auditor, _) = await TestUsers.CreateAsync(app, WorkerRole.Auditor);
        var (admin, _) = await TestUsers.CreateAsync(app, WorkerRole.Administrator);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);

        await using (var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.Address.ToString() }))
        {
            var page = await context.NewPageAsync();
            await SignInAsync(page, auditor);
            await page.GotoAsync("/audit");
            await AssertAccessibleAsync(page, "audit");
            await page.GetByLabel("Child ID").FillAsync(child.LaChildId);
            await page.GetByTestId("find-child").ClickAsync();
            await page.WaitForURLAsync($"**/audit/children/{child.Id}");
            await AssertAccessibleAsync(page, "audit-child");
        }

        await using (var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.Address.ToString() }))
        {
            var page = await context.NewPageAsync();
            await SignInAsync(page, admin);
            await page.WaitForURLAsync("**/account/two-factor/setup");
            await page.GetByLabel("Enter the 6-digit code from the app").FillAsync(await app.TwoFactorCodeAsync(admin));
            await page.GetByTestId("confirm").ClickAsync();
            await page.GotoAsync("/administration");
            await AssertAccessibleAsync(page, "administration");
            await page.GotoAsync($"/administration/restricted/{child.Id}");
            Assert.Contains(child.LaChildId, await page.GetByTestId("child").TextContentAsync() ?? "", StringComparison.Ordinal);
            await AssertAccessibleAsync(page, "administration-restricted");
        }
    }

    private static async Task AssertAccessibleAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, $"{name}.png"), FullPage = true });
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe found on {name}:\n" + string.Join("\n", serious.Select(v =>
            $"  {v.Impact} {v.Id}: {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }
}
