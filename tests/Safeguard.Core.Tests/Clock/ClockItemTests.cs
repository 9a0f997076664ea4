using Safeguard.Core.Clock;

namespace Safeguard.Core.Tests.Clock;

public sealed class ClockItemTests
{
    // Referral Wed 24 Dec 2025 -> decision due Mon 29 Dec 2025 (see DueDateTests).
    private static readonly StatutoryClock Clock = StatutoryClock.For("WT2023");
    private static readonly DateOnly Referral = new(2025, 12, 24);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static ClockItem Decision(DateOnly? met, DateOnly today) => Clock.Item(RuleIds.ReferralDecision, Referral, met, today);

    [Fact]
    public void NotMet_BeforeTheDueDate_IsDue_WithWorkingDaysLeft()
    {
        var item = Decision(null, D(2025, 12, 27)); // Saturday; only Mon 29 is left
        Assert.Equal((ClockStatus.Due, 1), (item.Status, item.WorkingDaysLeft));
        Assert.Equal("Due by Mon 29 Dec 2025 (1 working day left)", item.Describe());
    }

    [Fact]
    public void NotMet_OnTheDueDate_IsDueToday() =>
        Assert.Equal(ClockStatus.DueToday, Decision(null, D(2025, 12, 29)).Status);

    [Fact]
    public void NotMet_AfterTheDueDate_IsOverdue_ByWorkingDays()
    {
        // Due Mon 29 Dec; Tue 30, Wed 31 count, Thu 1 Jan is a holiday, Fri 2 Jan counts: 3 working days, 4 calendar days.
        var item = Decision(null, D(2026, 1, 2));
        Assert.Equal((ClockStatus.Overdue, 3, 4), (item.Status, item.WorkingDaysLate, item.CalendarDaysLate));
        Assert.Equal("Overdue by 3 working days (due Mon 29 Dec 2025)", item.Describe());
    }

    [Fact]
    public void NotMet_TheWeekendAfterAFridayDueDate_IsOverdueByZeroWorkingDays()
    {
        // Referral Thu 4 Dec 2025 -> due Fri 5 Dec; on Sat 6 Dec it is overdue, but no working day has passed.
        var item = Clock.Item(RuleIds.ReferralDecision, D(2025, 12, 4), null, D(2025, 12, 6));
        Assert.Equal((ClockStatus.Overdue, 0, 1), (item.Status, item.WorkingDaysLate, item.CalendarDaysLate));
    }

    [Theory]
    [InlineData(2025, 12, 24)]
    [InlineData(2025, 12, 29)]
    public void Met_OnOrBeforeTheDueDate_IsMetOnTime(int y, int m, int d)
    {
        var item = Decision(D(y, m, d), D(2026, 2, 1));
        Assert.Equal((ClockStatus.MetOnTime, 0), (item.Status, item.WorkingDaysLate));
        Assert.Equal($"Met on time on {DueDate.Format(D(y, m, d))} (due Mon 29 Dec 2025)", item.Describe());
    }

    [Fact]
    public void Met_AfterTheDueDate_IsMetLate_ByWorkingDays()
    {
        var item = Decision(D(2026, 1, 2), D(2026, 2, 1));
        Assert.Equal((ClockStatus.MetLate, 3), (item.Status, item.WorkingDaysLate));
        Assert.Equal("Met late, by 3 working days, on Fri 2 Jan 2026 (due Mon 29 Dec 2025)", item.Describe());
    }

    [Fact]
    public void MondayToFridayClock_GivesADifferentAnswerOverChristmas()
    {
        var monFri = StatutoryClock.For("WT2023", WorkingDayConvention.MondayToFridayOnly);
        // Due Thu 25 Dec under Monday-to-Friday; met Mon 29 Dec is late by Fri 26 and Mon 29 = 2 working days.
        var item = monFri.Item(RuleIds.ReferralDecision, Referral, D(2025, 12, 29), D(2026, 1, 5));
        Assert.Equal((ClockStatus.MetLate, 2), (item.Status, item.WorkingDaysLate));
        Assert.Equal(ClockStatus.MetOnTime, Decision(D(2025, 12, 29), D(2026, 1, 5)).Status);
    }

    [Fact]
    public void RuleMissingFromTheSet_ItemThrows_TryItemIsNull()
    {
        Assert.Throws<KeyNotFoundException>(() => Clock.Item(RuleIds.CoreAssessment, Referral, null, Referral));
        Assert.Null(Clock.TryItem(RuleIds.CoreAssessment, Referral, null, Referral));
        Assert.NotNull(StatutoryClock.For("WT2010").TryItem(RuleIds.CoreAssessment, Referral, null, Referral));
    }

    [Fact]
    public void DueDateEvaluate_IsTheSameAsTheClockOneLiner()
    {
        var due = StatutoryRuleSet.WorkingTogether2023[RuleIds.ReferralDecision].DueFrom(Referral, WorkingDayCalendar.England());
        Assert.Equal(Decision(null, D(2026, 1, 2)), due.Evaluate(null, D(2026, 1, 2), WorkingDayCalendar.England()));
    }
}
