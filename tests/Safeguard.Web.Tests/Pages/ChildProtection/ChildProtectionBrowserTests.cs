using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Safeguard.Core.Workforce;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.ChildProtection;

/// <summary>
/// The child protection pages in real Chromium (the system's /usr/bin/chromium), with axe on each and a screenshot
/// kept: the social worker's forms (with and without errors), the chair's list, the conference's check-your-answers
/// (filled in and confirmed by clicking, so the no-JavaScript buttons are proven), the plan and its forms.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class ChildProtectionBrowserTests(SafeguardWebApp app)
{
    private static readonly string Chromium = Environment.GetEnvironmentVariable("SAFEGUARD_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts", "child-protection");
    private readonly CpRecords _records = new(app);

    [Fact]
    public async Task ChildProtectionPages_HaveNoSeriousAccessibilityViolations_AndTheConferenceIsCheckedThenSavedByClicking()
    {
        Assert.True(File.Exists(Chromium), $"Chromium is not at {Chromium}: install it with `apt-get install -y chromium` (./test does).");
        Directory.CreateDirectory(Artifacts);
        var enquiryChild = await _records.ChildAsync(CpStage.Section47Started);
        var waitingChild = await _records.ChildAsync(CpStage.ConferenceNeeded);
        var planChild = await _records.ChildAsync(CpStage.OnPlan);
        var enquiry = (await _records.EpisodeAsync(enquiryChild)).Section47Enquiries.Single().Id;
        var plan = (await _records.EpisodeAsync(planChild)).ChildProtectionPlans.Single().Id;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });

        var worker = await SignedInPageAsync(browser, CpRecords.SocialWorkerEmail);
        await VisitAsync(worker, $"/children/{enquiryChild}", "cp-summary-actions");
        await VisitAsync(worker, $"/children/{enquiryChild}/strategy-discussions/new", "strategy-discussion");
        await worker.GetByTestId("save").ClickAsync();
        Assert.NotNull(await worker.QuerySelectorAsync("[data-testid=error-summary]"));
        await AssertAccessibleAsync(worker, "strategy-discussion-errors");
        await VisitAsync(worker, $"/children/{enquiryChild}/section-47/{enquiry}/outcome", "section-47-outcome");
        await VisitAsync(worker, $"/children/{planChild}/plans/{plan}", "plan");
        await VisitAsync(worker, $"/children/{planChild}/plans/{plan}/core-groups/new", "core-group");
        await VisitAsync(worker, $"/children/{planChild}/plans/{plan}/end", "end-plan");

        var chair = await SignedInPageAsync(browser, SafeguardWebApp.UserFor(WorkerRole.ConferenceChair));
        await VisitAsync(chair, "/conferences", "chairs-list");
        await VisitAsync(chair, $"/children/{planChild}/plans/{plan}/reviews/new", "review");
        await VisitAsync(chair, $"/children/{waitingChild}/conferences/new", "conference");
        await chair.GetByLabel("Yes").CheckAsync();
        await chair.GetByLabel("Emotional abuse").CheckAsync();
        await chair.GetByTestId("continue").ClickAsync();
        await chair.WaitForSelectorAsync("[data-testid=check-answers]");
        await AssertAccessibleAsync(chair, "conference-check-answers");
        await chair.GetByTestId("confirm").ClickAsync();
        await chair.WaitForURLAsync($"**/children/{waitingChild}");
        Assert.Contains("child protection plan started", await chair.GetByTestId("success").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Equal("EMO", (await _records.EpisodeAsync(waitingChild)).ChildProtectionPlans.Single().InitialCategory);
        await AssertAccessibleAsync(chair, "conference-saved");
    }

    private async Task<IPage> SignedInPageAsync(IBrowser browser, string email)
    {
        await _records.SocialWorkerAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(SafeguardWebApp.Password);
        await page.GetByTestId("sign-in").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal));
        return page;
    }

    private static async Task VisitAsync(IPage page, string url, string name)
    {
        var response = await page.GotoAsync(url);
        Assert.Equal(200, response!.Status);
        await AssertAccessibleAsync(page, name);
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
