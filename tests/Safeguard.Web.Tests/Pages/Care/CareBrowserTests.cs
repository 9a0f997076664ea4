using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Safeguard.Core.Workforce;
using Safeguard.Web.Tests.Support;
using static Safeguard.Web.Tests.Pages.Care.CareRecords;

namespace Safeguard.Web.Tests.Pages.Care;

/// <summary>
/// The looked-after pages and the chronology in real Chromium (the system's, never a download), with axe on each page,
/// a screenshot of each kept as an artefact, and the print view printed to PDF.
/// </summary>
[Collection(CareAppCollection.Name)]
public sealed class CareBrowserTests(SafeguardWebApp app)
{
    private static readonly string Chromium = Environment.GetEnvironmentVariable("SAFEGUARD_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts", "care");

    [Fact]
    public async Task CarePagesAndChronology_WorkInChromiumWithNoSeriousAccessibilityViolations()
    {
        Assert.True(File.Exists(Chromium), $"Chromium is not at {Chromium}: install it with `apt-get install -y chromium`.");
        Directory.CreateDirectory(Artifacts);
        var id = await NewChildAsync(app, (child, sam) =>
        {
            child.RecordContact(Today.AddDays(-90), "6", "Police called to a made-up address", null, Today);
            child.ReceiveReferral(Today.AddDays(-80), "2A", "N1", "School worried about made-up bruising", null, null, Today);
        });

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });

        var worker = await SignInAsync(browser, WorkerRole.SocialWorker);
        await worker.GotoAsync($"/children/{id}");
        await worker.GetByTestId("start-care").ClickAsync();
        await worker.WaitForURLAsync("**/care/new");
        await AssertAccessibleAsync(worker, "start-care");
        // Submitted empty: the error summary, then filled in properly.
        await worker.GetByLabel("Day").FillAsync("");
        await worker.GetByTestId("save").ClickAsync();
        Assert.True(await worker.GetByTestId("error-summary").IsVisibleAsync());
        await AssertAccessibleAsync(worker, "start-care-errors");
        var start = Today.AddDays(-30);
        await worker.GetByLabel("Day").FillAsync(start.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await worker.GetByLabel("Month").FillAsync(start.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await worker.GetByLabel("Year").FillAsync(start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await worker.GetByLabel("Legal status").SelectOptionAsync("C1");
        await worker.GetByLabel("Abuse, neglect and exploitation").CheckAsync();
        await worker.GetByLabel("Placement type").SelectOptionAsync("U6");
        await worker.GetByLabel("Own local authority").CheckAsync();
        await worker.Locator("#long-term-placement-2").CheckAsync();
        await worker.GetByTestId("save").ClickAsync();
        await worker.WaitForURLAsync($"**/children/{id}/care");
        Assert.Contains("Period of care started", await worker.GetByTestId("success").TextContentAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(worker, "care");

        foreach (var (path, name) in new[] { ("change", "change"), ("visits/new", "visit"), ("missing/new", "missing"), ("end", "end-care") })
        {
            await worker.GotoAsync($"/children/{id}/care/{path}");
            await AssertAccessibleAsync(worker, name);
        }

        await worker.GotoAsync($"/children/{id}/chronology");
        await worker.GetByLabel("Contact", new() { Exact = true }).CheckAsync();
        await worker.GetByLabel("Became looked after").CheckAsync();
        await worker.GetByTestId("apply-filters").ClickAsync();
        Assert.Equal(2, await worker.GetByTestId("chronology-entry").CountAsync());
        await AssertAccessibleAsync(worker, "chronology");
        await worker.GetByTestId("print-link").ClickAsync();
        await worker.WaitForURLAsync("**/chronology/print?**");
        Assert.Equal(2, await worker.GetByTestId("chronology-entry").CountAsync());
        await AssertAccessibleAsync(worker, "chronology-print");
        var pdf = await worker.PdfAsync(new PagePdfOptions { Path = Path.Combine(Artifacts, "chronology-print.pdf"), Format = "A4" });
        Assert.True(pdf.Length > 1000);

        var reviewer = await SignInAsync(browser, WorkerRole.IndependentReviewingOfficer);
        await reviewer.GotoAsync($"/children/{id}");
        await reviewer.GetByTestId("record-review").ClickAsync();
        await reviewer.WaitForURLAsync("**/care/reviews/new");
        await AssertAccessibleAsync(reviewer, "review");
    }

    private async Task<IPage> SignInAsync(IBrowser browser, WorkerRole role)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.Address.ToString() });
        var page = await context.NewPageAsync();
        await BrowserSignIn.SignInAsync(page, app, SafeguardWebApp.UserFor(role));
        return page;
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
