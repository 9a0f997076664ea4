using Safeguard.Core.ChildProtection;
using Safeguard.Core.Clock;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.People;

namespace Safeguard.Core.Tests.Clock;

public sealed class ChildClockTests
{
    private static readonly StatutoryClock Wt2023 = StatutoryClock.For("WT2023");

    private static Child NewChild(DateOnly today) =>
        Child.Register(Guid.NewGuid(), "C1", "Test", "Child", new DateOnly(2018, 1, 1), null, Sex.Male, "WBRI", today);

    [Fact]
    public void ReferralWithoutDecision_OnFridayBeforeBankHolidayMonday_IsDueTuesday()
    {
        // Fri 23 May 2025; Mon 26 May is the spring bank holiday, so one working day later is Tue 27 May.
        var today = new DateOnly(2025, 5, 23);
        var child = NewChild(today);
        child.ReceiveReferral(today, "2A", "N4", "School concern", null, null, today);

        var item = Assert.Single(ChildClock.For(child, Wt2023, today));
        Assert.Equal(RuleIds.ReferralDecision, item.Item.Rule.Id);
        Assert.Equal(new DateOnly(2025, 5, 27), item.Due);
        Assert.Equal(ClockStatus.Due, item.Status);
        Assert.Contains("Spring bank holiday", item.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Section47WaitingForConference_IsOverdueAfter15WorkingDaysFromStrategyDiscussion()
    {
        var start = new DateOnly(2025, 3, 3);
        var today = new DateOnly(2025, 3, 31);
        var child = NewChild(today);
        var episode = child.ReceiveReferral(start, "6", "N1", "Police", null, null, today);
        episode.Decide(ReferralDecision.StrategyDiscussion, start, Guid.NewGuid(), today);
        var sd = episode.HoldStrategyDiscussion(start, [Agency.Police], true, "s47 agreed", today);
        var s47 = episode.StartSection47(sd.Id, start, today);
        s47.RecordOutcome(Section47Outcome.ConferenceNeeded, new DateOnly(2025, 3, 14), today);

        var icpc = Assert.Single(ChildClock.For(child, Wt2023, today), i => i.Item.Rule.Id == RuleIds.InitialChildProtectionConference);
        Assert.Equal(new DateOnly(2025, 3, 24), icpc.Due); // Mon 3 Mar + 15 working days
        Assert.Equal(ClockStatus.Overdue, icpc.Status);
    }

    [Fact]
    public void OpenPlan_AfterFirstReview_NextReviewIsDueWithinSixMonths_AndMetItemsOnlyWithHistory()
    {
        var start = new DateOnly(2025, 1, 6);
        var today = new DateOnly(2025, 6, 2);
        var child = NewChild(today);
        var episode = child.ReceiveReferral(start, "6", "N1", "Police", null, null, today);
        episode.Decide(ReferralDecision.StrategyDiscussion, start, Guid.NewGuid(), today);
        var sd = episode.HoldStrategyDiscussion(start, [Agency.Police], true, "s47 agreed", today);
        var s47 = episode.StartSection47(sd.Id, start, today);
        s47.RecordOutcome(Section47Outcome.ConferenceNeeded, start.AddDays(7), today);
        episode.HoldInitialConference(s47.Id, new DateOnly(2025, 1, 20), true, "NEG", null, today);
        var plan = child.OpenChildProtectionPlan!;
        plan.HoldCoreGroup(new DateOnly(2025, 1, 30), today);
        plan.HoldReview(new DateOnly(2025, 4, 17), true, null, null, today);

        var open = ChildClock.For(child, Wt2023, today);
        var review = Assert.Single(open);
        Assert.Equal(RuleIds.LaterChildProtectionReview, review.Item.Rule.Id);
        Assert.Equal(new DateOnly(2025, 10, 17), review.Due);

        var all = ChildClock.For(child, Wt2023, today, includeMet: true);
        Assert.Contains(all, i => i.Item.Rule.Id == RuleIds.FirstChildProtectionReview && i.Status == ClockStatus.MetOnTime);
        Assert.Contains(all, i => i.Item.Rule.Id == RuleIds.FirstCoreGroup && i.Status == ClockStatus.MetOnTime);
        Assert.Contains(all, i => i.Item.Rule.Id == RuleIds.InitialChildProtectionConference && i.Status == ClockStatus.MetOnTime);
    }
}
