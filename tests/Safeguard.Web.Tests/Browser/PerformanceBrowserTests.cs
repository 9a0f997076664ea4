using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Safeguard.Core.Workforce;
using Safeguard.Web.Tests.Pages.Performance;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Browser;

/// <summary>
/// The dashboard's drill-down and the comparison page in real Chromium (/usr/bin/chromium), axe-checked, with
/// screenshots kept in the test output's artifacts folder. Fails, never skips, when Chromium is missing.
/// </summary>
[Collection(PerformanceAppCollection.Name)]
public sealed class PerformanceBrowserTests(PerformanceApp fixture)
{
    private static readonly string Chromium = Environment.GetEnvironmentVariable("SAFEGUARD_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");

    private static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        Assert.True(File.Exists(Chromium), $"Chromium is not at {Chromium}: install it with `apt-get install -y chromium` (./test does).");
        Directory.CreateDirectory(Artifacts);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        return (playwright, browser);
    }

    [Fact]
    public async Task Dashboard_Trend_DrillDown_HaveNoSeriousAccessibilityViolations()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.App.Address.ToString() });
        var page = await context.NewPageAsync();

        await BrowserSignIn.SignInAsync(page, fixture.App, SafeguardWebApp.UserFor(WorkerRole.TeamManager));

        await page.GotoAsync("/performance");
        Assert.Equal("Performance", (await page.Locator("h1").TextContentAsync())?.Trim());
        await AssertAccessibleAsync(page, "performance-dashboard");

        await page.GetByRole(AriaRole.Link, new() { Name = "Referrals to children's social care", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/performance/referrals?*");
        Assert.True(await page.Locator("svg[role=img][data-testid=month-chart]").IsVisibleAsync());
        await AssertAccessibleAsync(page, "performance-indicator");

        await page.Locator("[data-testid=teams] tbody tr", new() { HasText = PerformanceApp.TeamName }).GetByRole(AriaRole.Link).First.ClickAsync();
        await page.WaitForURLAsync("**/performance/referrals/children?*");
        Assert.Equal(PerformanceApp.InScopeChild, (await page.Locator("[data-testid=drill-down] tbody a").First.TextContentAsync())?.Trim());
        await AssertAccessibleAsync(page, "performance-drill-down");
    }

    [Fact]
    public async Task PublicComparison_AndProfile_HaveNoSeriousAccessibilityViolations()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.App.Address.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/statistics");
        await page.GetByLabel("Measure").SelectOptionAsync("rereferral_pct");
        await page.GetByLabel("Authority to highlight (optional)").SelectOptionAsync("886");
        await page.GetByTestId("compare-show").ClickAsync();
        await page.WaitForURLAsync("**/statistics?*la=886*");
        Assert.True(await page.Locator("svg[role=img][data-testid=funnel-chart]").IsVisibleAsync());
        Assert.True(await page.Locator("[data-testid=neighbours]").IsVisibleAsync());
        await AssertAccessibleAsync(page, "statistics-comparison");

        await page.Locator("[data-testid=ranked] thead a", new() { HasText = "Authority" }).ClickAsync();
        await page.WaitForURLAsync("**sort=name*");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kent (chosen)" }).ClickAsync();
        await page.WaitForURLAsync("**/statistics/authorities/886*");
        Assert.Equal("Kent", (await page.Locator("h1").TextContentAsync())?.Trim());
        await AssertAccessibleAsync(page, "statistics-profile");
    }

    private static async Task AssertAccessibleAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, $"{name}.png"), FullPage = true });
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe found on {name}:\n" + string.Join("\n", serious.Select(v =>
            $"  {v.Impact} {v.Id}: {v.Help} — {string.Join(", ", v.Nodes.Take(5).Select(n => n.Html))}")));
    }
}
