using System.Net;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.Clock;
using Safeguard.Core.Workforce;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.ChildProtection;

[Collection(WebAppCollection.Name)]
public sealed class PlanTests(SafeguardWebApp app)
{
    private readonly CpRecords _records = new(app);

    private async Task<(Guid Child, ChildProtectionPlan Plan, string Url)> PlanAsync(int startedDaysAgo = 20)
    {
        var child = await _records.ChildAsync(CpStage.OnPlan, planStartedDaysAgo: startedDaysAgo);
        var plan = (await _records.EpisodeAsync(child)).ChildProtectionPlans.Single();
        return (child, plan, $"/children/{child}/plans/{plan.Id}");
    }

    private async Task<ChildProtectionPlan> ReloadAsync(Guid child) => (await _records.EpisodeAsync(child)).ChildProtectionPlans.Single();

    private static (string, string)[] DateFor(string kind, DateOnly today, DateOnly ok) => kind switch
    {
        "empty" => CpRecords.DateFields("Date", "", "", ""),
        "impossible" => CpRecords.DateFields("Date", "29", "2", "2026"),
        "partial" => CpRecords.DateFields("Date", "", "3", "2026"),
        "future" => CpRecords.DateFields("Date", today.AddDays(1)),
        "before" => CpRecords.DateFields("Date", today.AddDays(-200)),
        _ => CpRecords.DateFields("Date", ok),
    };

    [Fact]
    public async Task Get_Plan_ShowsItsClocksAndWhatIsDueNext()
    {
        var (_, plan, url) = await PlanAsync(startedDaysAgo: 20);
        using var client = await _records.SignedInAsync(WorkerRole.SocialWorker);
        var page = await CpRecords.GetAsync(client, url);

        var clock = StatutoryClock.For("WT2023");
        var coreGroup = clock.Due(RuleIds.FirstCoreGroup, plan.StartDate).Due;
        var review = clock.Due(RuleIds.FirstChildProtectionReview, plan.StartDate).Due;
        // 20 days on, the first core group (10 working days) is overdue: it is what is due next.
        var next = page.QuerySelector("[data-testid=due-next]")!.TextContent;
        Assert.Contains("Hold the first core group", next, StringComparison.Ordinal);
        Assert.Contains("Overdue", next, StringComparison.Ordinal);
        var clocks = page.QuerySelector("[data-testid=plan-clocks]")!.TextContent;
        Assert.Contains(DueDate.Format(coreGroup), clocks, StringComparison.Ordinal);
        Assert.Contains(DueDate.Format(review), clocks, StringComparison.Ordinal);
        Assert.Contains("Neglect", page.QuerySelector("[data-testid=plan-summary]")!.TextContent, StringComparison.Ordinal);
        // A social worker records core groups; reviews are the chair's.
        Assert.NotNull(page.QuerySelector("[data-testid=plan-core-group]"));
        Assert.Null(page.QuerySelector("[data-testid=plan-review]"));
    }

    [Fact]
    public async Task Post_CoreGroup_IsRecordedWithOneChangedEntryAndMeetsTheClock()
    {
        var (child, _, url) = await PlanAsync();
        using var client = await _records.SignedInAsync(WorkerRole.SocialWorker);
        var before = await _records.LastAuditAsync();
        var date = _records.Today.AddDays(-12);

        var response = await CpRecords.SubmitAsync(client, url + "/core-groups/new", CpRecords.DateFields("Date", date));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(url, response.Headers.Location!.OriginalString);
        Assert.Equal(date, Assert.Single((await ReloadAsync(child)).CoreGroups).Date);
        Assert.Equal(["Recorded a core group meeting"], await _records.ChangesAsync(child, before));
        var page = await CpRecords.GetAsync(client, url);
        Assert.Contains(DueDate.Format(date), page.QuerySelector("[data-testid=core-groups]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Hold the child protection review conference", page.QuerySelector("[data-testid=due-next]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty", "Enter the date of the core group")]
    [InlineData("impossible", "The date of the core group must be a real date")]
    [InlineData("partial", "The date of the core group must include a day")]
    [InlineData("future", "The date of the core group must be today or in the past")]
    [InlineData("before", "The date of the core group must be the same as or after the start of the plan")]
    public async Task Post_CoreGroupBadInput_ShowsTheErrorSummaryAndSavesNothing(string date, string error)
    {
        var (child, _, url) = await PlanAsync();
        using var client = await _records.SignedInAsync(WorkerRole.SocialWorker);
        await CpRecords.AssertRefusedAsync(await CpRecords.SubmitAsync(client, url + "/core-groups/new", DateFor(date, _records.Today, _records.Today)), error);
        Assert.Empty((await ReloadAsync(child)).CoreGroups);
    }

    [Fact]
    public async Task Post_Review_ContinuesThePlanUnderANewCategoryWithOneChangedEntry()
    {
        var (child, _, url) = await PlanAsync(startedDaysAgo: 100);
        var (_, _, chair) = await _records.StaffAsync();
        using var client = await _records.SignedInAsync(WorkerRole.ConferenceChair);
        var before = await _records.LastAuditAsync();
        var date = _records.Today.AddDays(-5);

        var form = await CpRecords.GetAsync(client, url + "/reviews/new");
        Assert.NotNull(form.QuerySelector("input[name=Category][value=NEG][checked]"));
        Assert.Contains("Overdue", form.QuerySelector("[data-testid=review-clock]")!.TextContent, StringComparison.Ordinal);
        var response = await CpRecords.SubmitAsync(client, url + "/reviews/new",
            [.. CpRecords.DateFields("Date", date), ("ChairId", chair.ToString()), ("PlanContinues", "yes"), ("Category", "MUL")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var plan = await ReloadAsync(child);
        Assert.Equal(date, Assert.Single(plan.Reviews).Date);
        Assert.Equal(("NEG", "MUL", true), (plan.InitialCategory, plan.LatestCategory, plan.IsOpen));
        Assert.Equal(["Held a child protection review conference: the plan continues"], await _records.ChangesAsync(child, before));
        // The next review is due 6 months after this one.
        var page = await CpRecords.GetAsync(client, url);
        var next = StatutoryClock.For("WT2023").Due(RuleIds.LaterChildProtectionReview, date).Due;
        Assert.Contains(DueDate.Format(next), page.QuerySelector("[data-testid=plan-clocks]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Plan continues", page.QuerySelector("[data-testid=reviews]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty", "yes", "NEG", "Enter the date of the review conference")]
    [InlineData("impossible", "yes", "NEG", "The date of the review conference must be a real date")]
    [InlineData("future", "yes", "NEG", "The date of the review conference must be today or in the past")]
    [InlineData("before", "yes", "NEG", "The review conference must be after the start of the plan")]
    [InlineData("ok", "", "NEG", "Select whether the child still needs a child protection plan")]
    [InlineData("ok", "<script>alert(1)</script>", "NEG", "Select whether the child still needs a child protection plan")]
    [InlineData("ok", "yes", "<script>alert(1)</script>", "'<script>alert(1)</script>' is not a valid category of abuse code")]
    [InlineData("ok", "yes", "nope", "'nope' is not a valid category of abuse code")]
    [InlineData("nochair", "yes", "NEG", "Select who chaired the review conference")]
    public async Task Post_ReviewBadInput_ShowsTheErrorSummaryAndSavesNothing(string date, string continues, string category, string error)
    {
        var (child, _, url) = await PlanAsync();
        var (_, _, chair) = await _records.StaffAsync();
        using var client = await _records.SignedInAsync(WorkerRole.ConferenceChair);
        var fields = DateFor(date == "before" ? "ok" : date, _records.Today, date == "before" ? _records.Today.AddDays(-25) : _records.Today);
        var response = await CpRecords.SubmitAsync(client, url + "/reviews/new",
            [.. fields, ("ChairId", date == "nochair" ? "" : chair.ToString()), ("PlanContinues", continues), ("Category", category)]);
        await CpRecords.AssertRefusedAsync(response, error);
        var plan = await ReloadAsync(child);
        Assert.Empty(plan.Reviews);
        Assert.Equal(("NEG", true), (plan.LatestCategory, plan.IsOpen));
    }

    [Fact]
    public async Task Post_End_EndsThePlanWithItsReasonAndOneChangedEntry()
    {
        var (child, _, url) = await PlanAsync();
        using var client = await _records.SignedInAsync(WorkerRole.SocialWorker);
        var before = await _records.LastAuditAsync();
        var date = _records.Today.AddDays(-1);

        var response = await CpRecords.SubmitAsync(client, url + "/end",
            [.. CpRecords.DateFields("Date", date), ("Reason", "The family moved to another made-up authority")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var plan = await ReloadAsync(child);
        Assert.Equal((date, "The family moved to another made-up authority", false), (plan.EndDate, plan.EndReason, plan.IsOpen));
        Assert.Equal(["Ended the child protection plan"], await _records.ChangesAsync(child, before));
        var page = await CpRecords.GetAsync(client, url);
        Assert.Contains("Ended on", page.QuerySelector("[data-testid=plan-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=due-next]"));
    }

    [Theory]
    [InlineData("empty", "Moved away", "Enter the end date of the plan")]
    [InlineData("impossible", "Moved away", "The end date of the plan must be a real date")]
    [InlineData("future", "Moved away", "The end date of the plan must be today or in the past")]
    [InlineData("before", "Moved away", "The end date of the plan must be the same as or after the start of the plan")]
    [InlineData("ok", "", "Enter why the plan ended")]
    [InlineData("ok", "   ", "Enter why the plan ended")]
    [InlineData("ok", "<script>alert(1)</script>", "Why the plan ended must not contain markup or script (text between < and >)")]
    [InlineData("ok", "long", "Why the plan ended must be 500 characters or fewer")]
    public async Task Post_EndBadInput_ShowsTheErrorSummaryAndSavesNothing(string date, string reason, string error)
    {
        var (child, _, url) = await PlanAsync();
        using var client = await _records.SignedInAsync(WorkerRole.SocialWorker);
        var text = reason == "long" ? new string('y', 501) : reason;
        await CpRecords.AssertRefusedAsync(await CpRecords.SubmitAsync(client, url + "/end",
            [.. DateFor(date, _records.Today, _records.Today), ("Reason", text)]), error);
        Assert.True((await ReloadAsync(child)).IsOpen);
    }

    [Fact]
    public async Task Get_PlanPagesOutsideScopeOrOfAnotherChild_AreNotFound()
    {
        var (_, plan, url) = await PlanAsync();
        var stranger = await _records.StrangerAsync();
        var (other, _, _) = await PlanAsync();
        using var client = await _records.SignedInAsync(WorkerRole.SocialWorker);
        foreach (var suffix in new[] { "", "/core-groups/new", "/end" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await CpRecords.GetRawAsync(client, $"/children/{stranger}/plans/{plan.Id}{suffix}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await CpRecords.GetRawAsync(client, $"/children/{other}/plans/{plan.Id}{suffix}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await CpRecords.GetRawAsync(client, url + suffix)).StatusCode);
        }
        using var chair = await _records.SignedInAsync(WorkerRole.ConferenceChair);
        Assert.Equal(HttpStatusCode.NotFound, (await CpRecords.GetRawAsync(chair, $"/children/{stranger}/plans/{plan.Id}/reviews/new")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CpRecords.GetRawAsync(chair, url + "/reviews/new")).StatusCode);
    }
}
