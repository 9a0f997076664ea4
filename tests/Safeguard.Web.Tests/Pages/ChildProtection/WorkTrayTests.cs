using Safeguard.Core.Clock;
using Safeguard.Core.Workforce;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.ChildProtection;

/// <summary>Reviews fall due on the work tray: the allocated worker sees the plan's clocks among their deadlines.</summary>
[Collection(WebAppCollection.Name)]
public sealed class WorkTrayTests(SafeguardWebApp app)
{
    private readonly CpRecords _records = new(app);

    [Fact]
    public async Task Get_WorkTray_ShowsTheAllocatedWorkerAnOverdueReviewConferenceWithItsReason()
    {
        // A plan started 100 days ago, with its core group held: the first review (3 months) is overdue.
        var child = await _records.ChildAsync(CpStage.OnPlan, planStartedDaysAgo: 100);
        using var worker = await _records.SignedInAsync(WorkerRole.SocialWorker);
        var plan = (await _records.EpisodeAsync(child)).ChildProtectionPlans.Single();
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await CpRecords.SubmitAsync(worker, $"/children/{child}/plans/{plan.Id}/core-groups/new",
            CpRecords.DateFields("Date", plan.StartDate.AddDays(7)))).StatusCode);

        var tray = await CpRecords.GetAsync(worker, "/");

        var due = StatutoryClock.For("WT2023").Due(RuleIds.FirstChildProtectionReview, plan.StartDate).Due;
        var row = tray.QuerySelectorAll("[data-testid=work-tray] tbody tr")
            .Single(r => r.QuerySelector("a")!.GetAttribute("href") == $"/children/{child}");
        Assert.Contains("Hold the child protection review conference", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Overdue", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(DueDate.Format(due), row.TextContent, StringComparison.Ordinal);
        Assert.Contains("3 months after the initial child protection conference", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("core group", row.TextContent, StringComparison.OrdinalIgnoreCase);

        // Once the review is held, the tray moves on to the next one, six months later.
        using var chair = await _records.SignedInAsync(WorkerRole.ConferenceChair);
        var (_, _, chairId) = await _records.StaffAsync();
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await CpRecords.SubmitAsync(chair, $"/children/{child}/plans/{plan.Id}/reviews/new",
            [.. CpRecords.DateFields("Date", _records.Today), ("ChairId", chairId.ToString()), ("PlanContinues", "yes"), ("Category", "NEG")])).StatusCode);
        var after = await CpRecords.GetAsync(worker, "/");
        var next = after.QuerySelectorAll("[data-testid=work-tray] tbody tr")
            .Single(r => r.QuerySelector("a")!.GetAttribute("href") == $"/children/{child}").TextContent;
        Assert.DoesNotContain("Overdue", next, StringComparison.Ordinal);
        Assert.Contains(DueDate.Format(StatutoryClock.For("WT2023").Due(RuleIds.LaterChildProtectionReview, _records.Today).Due), next, StringComparison.Ordinal);
    }
}
