using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Browser;

/// <summary>
/// The pages in real Chromium (the system's /usr/bin/chromium; Playwright's own browser download is never used),
/// with axe checking each page. Fails — never skips — when Chromium is missing.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class ChildJourneyBrowserTests(SafeguardWebApp app)
{
    private static readonly string Chromium = Environment.GetEnvironmentVariable("SAFEGUARD_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");

    [Fact]
    public async Task SignIn_ChildrenList_ChildSummary_HaveNoSeriousAccessibilityViolations()
    {
        Assert.True(File.Exists(Chromium), $"Chromium is not at {Chromium}: install it with `apt-get install -y chromium` (./test does).");
        Directory.CreateDirectory(Artifacts);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.Address.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/children");
        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "sign-in");
        await page.GetByLabel("Email address").FillAsync(SafeguardWebApp.SocialWorker);
        await page.GetByLabel("Password").FillAsync(SafeguardWebApp.Password);
        await page.GetByTestId("sign-in").ClickAsync();

        await page.WaitForURLAsync("**/children");
        Assert.Equal("Children", (await page.Locator("h1").TextContentAsync())?.Trim());
        await AssertAccessibleAsync(page, "children");

        await page.GetByRole(AriaRole.Link, new() { Name = PlaceholderSeeder.AllocatedChild }).ClickAsync();
        await page.WaitForURLAsync("**/children/*");
        Assert.Equal(PlaceholderSeeder.AllocatedChild, (await page.GetByTestId("child-name").TextContentAsync())?.Trim());
        await AssertAccessibleAsync(page, "child-summary");

        await page.GotoAsync("/");
        await AssertAccessibleAsync(page, "work-tray");
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
