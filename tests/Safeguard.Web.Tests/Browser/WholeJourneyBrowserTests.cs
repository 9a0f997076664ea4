using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Browser;

/// <summary>
/// The whole journey across five users in real Chromium: a police officer refers, the front door decides the same
/// day, a social worker assesses and starts a section 47 enquiry, a chair holds the initial conference and a plan
/// starts, its review falls due on the work tray, the plan ends, the manager signs off the assessment and the
/// closure, and the case closes. Each step is checked on screen, each page screenshotted and checked with axe.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class WholeJourneyBrowserTests(SafeguardWebApp app)
{
    private static readonly string Chromium = Environment.GetEnvironmentVariable("SAFEGUARD_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts", "whole-journey");
    private int _shot;

    [Fact]
    public async Task PoliceReferral_ToPlan_ToClosure_AcrossFiveUsers()
    {
        Assert.True(File.Exists(Chromium), $"Chromium is not at {Chromium}: install it with `apt-get install -y chromium` (./test does).");
        Directory.CreateDirectory(Artifacts);
        var today = app.Services.GetRequiredService<Safeguard.Web.Startup.Today>().Date;
        var family = "Journeyson" + new string(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(4).ToArray());
        await ManagerManagesTheSocialWorkersTeamAsync();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });

        // 1. A police officer refers through the service.
        var police = await SignInAsync(browser, SafeguardWebApp.UserFor(WorkerRole.PartnerPractitioner));
        await police.GotoAsync("/refer");
        await CheckAsync(police, "refer");
        await police.Locator("[name=GivenName]").FillAsync("Jude");
        await police.Locator("[name=FamilyName]").FillAsync(family);
        await DateAsync(police, "DateOfBirth", today.AddYears(-8));
        await FillIfPresentAsync(police, "Line1", "1 Madeup Street");
        await FillIfPresentAsync(police, "Town", "Madeupton");
        await FillIfPresentAsync(police, "Postcode", "ZZ99 3ZZ");
        await police.Locator("[name=Concern]").FillAsync("Made up: Jude was found alone at home late at night with no food in the house.");
        await SubmitAsync(police, "send");
        await CheckAsync(police, "referral-sent");
        await police.GotoAsync("/my-referrals");
        Assert.Contains(family, await police.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(police, "my-referrals");

        var childId = await ChildIdAsync(family);
        var contactId = await ScalarAsync(db => db.Set<Core.FrontDoor.Contact>().Where(c => c.ChildId == childId).Select(c => c.Id).SingleAsync());

        // 2. The front door sees it in the queue, makes it a referral and decides the same day: a strategy discussion, allocated to Sam.
        var frontDoor = await SignInAsync(browser, SafeguardWebApp.FrontDoorWorker);
        await frontDoor.GotoAsync("/front-door");
        Assert.Contains(family, await frontDoor.GetByTestId("contacts-waiting").Locator("xpath=..").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(frontDoor, "front-door");
        await frontDoor.GotoAsync($"/children/{childId}/referrals/new?contactId={contactId}");
        await CheckAsync(frontDoor, "referral");
        await DateAsync(frontDoor, "ReferralDate", today);
        await ChooseAsync(frontDoor, "PrimaryNeed", "N1");
        await SubmitAsync(frontDoor, "save");
        var episodeId = await ScalarAsync(db => db.Episodes.Where(e => e.ChildId == childId).Select(e => e.Id).SingleAsync());
        await frontDoor.GotoAsync($"/children/{childId}/referrals/{episodeId}/decision");
        await CheckAsync(frontDoor, "decision");
        await ChooseAsync(frontDoor, "Decision", "StrategyDiscussion");
        await DateAsync(frontDoor, "DecisionDate", today);
        await frontDoor.Locator("[name=WorkerId]").SelectOptionAsync(new SelectOptionValue { Label = await SamsOptionAsync(frontDoor) });
        await SubmitAsync(frontDoor, "save");
        Assert.Equal("Strategy discussion", await ScalarAsync(db => db.Episodes.Where(e => e.Id == episodeId).Select(e => e.Decision.ToString()).SingleAsync()) is "StrategyDiscussion" ? "Strategy discussion" : "not decided");

        // 3. The social worker starts the assessment, holds the strategy discussion (which starts the s47) and records its outcome.
        var worker = await SignInAsync(browser, SafeguardWebApp.SocialWorker);
        await worker.GotoAsync($"/children/{childId}");
        Assert.Contains("Sam Placeholder", await worker.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(worker, "child-summary");
        await worker.GotoAsync($"/children/{childId}/assessments/new");
        await ChooseAsync(worker, "Kind", "Single");
        await DateAsync(worker, "StartDate", today);
        await CheckAsync(worker, "assessment-new");
        await SubmitAsync(worker, "save");
        await worker.Locator("[name=Analysis]").FillAsync("Made up: Jude's needs, his mother's capacity to meet them, and the family's circumstances.");
        await SubmitAsync(worker, "save-draft");
        await CheckAsync(worker, "assessment-draft");

        await worker.GotoAsync($"/children/{childId}/strategy-discussions/new");
        await DateAsync(worker, "Date", today);
        await worker.Locator("input[name=Agencies][value=Police]").CheckAsync();
        await worker.Locator("[name=Summary]").FillAsync("Made up: police and social care agree a section 47 enquiry is needed.");
        await ChooseAsync(worker, "Section47Needed", "yes");
        await CheckAsync(worker, "strategy-discussion");
        await SubmitAsync(worker, "save");
        var enquiryId = await ScalarAsync(db => db.Set<Core.ChildProtection.Section47Enquiry>().Where(s => s.EpisodeId == episodeId).Select(s => s.Id).SingleAsync());
        await worker.GotoAsync($"/children/{childId}/section-47/{enquiryId}/outcome");
        await ChooseAsync(worker, "Outcome", "ConferenceNeeded");
        await DateAsync(worker, "Date", today);
        await CheckAsync(worker, "section-47-outcome");
        await SubmitAsync(worker, "save");

        // 4. The chair finds the child waiting for a conference, holds it, checks the answers, and a plan starts.
        var chair = await SignInAsync(browser, SafeguardWebApp.UserFor(WorkerRole.ConferenceChair));
        await chair.GotoAsync("/conferences");
        Assert.Contains(family, await chair.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(chair, "chairs-list");
        await chair.GotoAsync($"/children/{childId}/conferences/new?enquiryId={enquiryId}");
        await DateAsync(chair, "Date", today);
        await ChooseAsync(chair, "PlanRequired", "yes");
        await ChooseAsync(chair, "Category", "NEG");
        await CheckAsync(chair, "conference");
        await SubmitAsync(chair, "continue");
        await CheckAsync(chair, "conference-check-answers");
        await SubmitAsync(chair, "confirm");
        Assert.Contains("Child protection plan", await chair.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // 5. The plan's first review falls due on the social worker's work tray.
        await worker.GotoAsync("/");
        var tray = await worker.GetByTestId("work-tray").InnerTextAsync();
        Assert.Contains($"Jude {family}", tray, StringComparison.Ordinal);
        Assert.Contains("review", tray, StringComparison.OrdinalIgnoreCase);
        await CheckAsync(worker, "work-tray");

        // 6. The plan ends; the worker submits the assessment.
        var planId = await ScalarAsync(db => db.Set<Core.ChildProtection.ChildProtectionPlan>().Where(p => p.EpisodeId == episodeId).Select(p => p.Id).SingleAsync());
        await worker.GotoAsync($"/children/{childId}/plans/{planId}/end");
        await DateAsync(worker, "Date", today);
        await worker.Locator("[name=Reason]").FillAsync("Made up: the risks have reduced and the family is working with early help.");
        await CheckAsync(worker, "plan-end");
        await SubmitAsync(worker, "save");
        var assessmentId = await ScalarAsync(db => db.Set<Core.Assessments.Assessment>().Where(a => a.EpisodeId == episodeId).Select(a => a.Id).SingleAsync());
        await worker.GotoAsync($"/children/{childId}/assessments/{assessmentId}");
        await worker.Locator("input[name=Factors]").First.CheckAsync();
        await ChooseAsync(worker, "Outcome", await FirstValueAsync(worker, "Outcome"));
        await SubmitAsync(worker, "submit");
        await CheckAsync(worker, "assessment-submitted");

        // 7. The manager (with their second factor) authorises the assessment.
        var manager = await SignInAsync(browser, SafeguardWebApp.UserFor(WorkerRole.TeamManager));
        await manager.GotoAsync("/authorisations");
        Assert.Contains(family, await manager.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(manager, "authorisations");
        await manager.GotoAsync($"/authorisations/children/{childId}/assessments/{assessmentId}");
        await ChooseAsync(manager, "Decision", await FirstValueAsync(manager, "Decision"));
        await CheckAsync(manager, "authorise-assessment");
        await SubmitAsync(manager, "save");

        // 8. The worker asks to close the case; the manager authorises the closure; the case is closed.
        await worker.GotoAsync($"/children/{childId}/closure");
        await ChooseAsync(worker, "Reason", "RC8");
        await DateAsync(worker, "Date", today);
        await worker.Locator("[name=Summary]").FillAsync("Made up: the plan has ended and the family is supported by early help.");
        await CheckAsync(worker, "closure-request");
        await SubmitAsync(worker, "save");
        var requestId = await ScalarAsync(db => db.Episodes.Where(e => e.Id == episodeId).SelectMany(e => e.ClosureRequests).Select(r => r.Id).SingleAsync());
        await manager.GotoAsync($"/authorisations/children/{childId}/closures/{requestId}");
        await ChooseAsync(manager, "Decision", await FirstValueAsync(manager, "Decision"));
        await CheckAsync(manager, "authorise-closure");
        await SubmitAsync(manager, "save");

        await worker.GotoAsync($"/children/{childId}");
        Assert.Equal("Closed", (await worker.GetByTestId("child-status").InnerTextAsync()).Trim());
        await CheckAsync(worker, "closed");
        await worker.GotoAsync($"/children/{childId}/chronology");
        var chronology = await worker.Locator("main").InnerTextAsync();
        Assert.Contains("Strategy discussion", chronology, StringComparison.OrdinalIgnoreCase);
        await CheckAsync(worker, "chronology");
    }

    private async Task<IPage> SignInAsync(IBrowser browser, string email)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.Address.ToString() });
        var page = await context.NewPageAsync();
        await BrowserSignIn.SignInAsync(page, app, email);
        return page;
    }

    /// <summary>Presses a form's button and waits for the page it leads to, which must not show an error summary.</summary>
    private static async Task SubmitAsync(IPage page, string button)
    {
        await page.GetByTestId(button).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var errors = page.Locator("[data-testid=error-summary]");
        if (await errors.CountAsync() > 0) Assert.Fail($"{page.Url} after '{button}': {await errors.InnerTextAsync()}");
    }

    private async Task CheckAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, $"{++_shot:00}-{name}.png"), FullPage = true });
        Assert.Equal(0, await page.Locator("[data-testid=error-summary]").CountAsync());
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe found on {name}:\n" + string.Join("\n", serious.Select(v =>
            $"  {v.Impact} {v.Id}: {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }

    private static async Task DateAsync(IPage page, string name, DateOnly date)
    {
        await page.Locator($"[name='{name}.Day']").FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"[name='{name}.Month']").FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"[name='{name}.Year']").FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Picks a value in a radio group or a select, whichever the page uses.</summary>
    private static async Task ChooseAsync(IPage page, string name, string value)
    {
        var select = page.Locator($"select[name='{name}']");
        if (await select.CountAsync() > 0) await select.SelectOptionAsync(value);
        else await page.Locator($"input[name='{name}'][value='{value}']").CheckAsync();
    }

    private static async Task<string> FirstValueAsync(IPage page, string name) =>
        (await page.Locator($"input[name='{name}']").First.GetAttributeAsync("value"))!;

    private static async Task FillIfPresentAsync(IPage page, string name, string value)
    {
        var input = page.Locator($"[name='{name}']");
        if (await input.CountAsync() > 0) await input.FillAsync(value);
    }

    private static async Task<string> SamsOptionAsync(IPage page) =>
        (await page.Locator("[name=WorkerId] option").AllInnerTextsAsync()).First(t => t.Contains("Sam Placeholder", StringComparison.Ordinal));

    private async Task<Guid> ChildIdAsync(string family) =>
        await ScalarAsync(db => db.Children.Where(c => c.FamilyName == family).Select(c => c.Id).SingleAsync());

    private async Task<T> ScalarAsync<T>(Func<SafeguardDbContext, Task<T>> query)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        return await query(db);
    }

    private async Task ManagerManagesTheSocialWorkersTeamAsync()
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        var managerEmail = SafeguardWebApp.UserFor(WorkerRole.TeamManager);
        var managerId = await db.Users.Where(u => u.Email == managerEmail).Select(u => u.WorkerId).SingleAsync();
        var samId = await db.Users.Where(u => u.Email == SafeguardWebApp.SocialWorker).Select(u => u.WorkerId).SingleAsync();
        var teamId = await db.Workers.Where(w => w.Id == samId).Select(w => w.TeamId).SingleAsync();
        var team = await db.Teams.SingleAsync(t => t.Id == teamId);
        team.SetManager(managerId);
        await db.SaveChangesAsync();
    }
}
