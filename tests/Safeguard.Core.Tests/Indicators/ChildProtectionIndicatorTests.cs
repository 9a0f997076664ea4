using Safeguard.Core.Clock;
using Safeguard.Core.Indicators;
using static Safeguard.Core.Tests.Indicators.IndicatorJourneys;
using C = Safeguard.Core.Indicators.IndicatorCatalogue;

namespace Safeguard.Core.Tests.Indicators;

public sealed class ChildProtectionIndicatorTests
{
    // Easter 2025: Good Friday 18 April, Easter Monday 21 April; early May bank holiday Monday 5 May.
    private static readonly DateOnly StrategyBeforeEaster = new(2025, 4, 14);

    [Fact]
    public void Icpc_15WorkingDaysAfterStrategyDiscussionAcrossEaster_IsOnTime_16IsNot()
    {
        Assert.Equal(15, WorkingDayCalendar.England().WorkingDaysBetween(StrategyBeforeEaster, D(2025, 5, 8)));
        var onTime = NewChild();
        Icpc(Referred(onTime, StrategyBeforeEaster), StrategyBeforeEaster, D(2025, 5, 8));
        var late = NewChild();
        Icpc(Referred(late, StrategyBeforeEaster), StrategyBeforeEaster, D(2025, 5, 9));

        var r = Compute(C.IcpcWithin15WorkingDaysPercent, onTime, late);

        Assert.Equal((1, 2), (r.Numerator, r.Denominator));
        Assert.Equal([onTime.Id], r.NumeratorIds);
    }

    [Fact]
    public void Icpc_MondayToFridayConvention_CountsBankHolidaysAsWorkingDays()
    {
        var child = NewChild();
        Icpc(Referred(child, StrategyBeforeEaster), StrategyBeforeEaster, D(2025, 5, 8)); // 18 weekdays

        var report = IndicatorEngine.Compute([child], IndicatorContext.ForYear(2026, WorkingDayConvention.MondayToFridayOnly));

        Assert.Equal(0, report[C.IcpcWithin15WorkingDaysPercent].Numerator);
    }

    [Fact]
    public void TransferInConference_IsLeftOutOfIcpcCountsAndTimeliness()
    {
        var child = NewChild();
        PlanFrom(child, D(2025, 7, 1));

        var report = IndicatorEngine.Compute([child], new IndicatorContext(YearEnd));

        Assert.Equal(0, report[C.Icpc].Numerator);
        Assert.Equal(0, report[C.IcpcWithin15WorkingDaysPercent].Denominator);
        Assert.Equal(1, report[C.CppStarts].Numerator);
    }

    [Fact]
    public void PlanStartingOn31March_IsOpenAt31March_AndStartsInYear()
    {
        var child = NewChild();
        PlanFrom(child, YearEnd);

        var report = IndicatorEngine.Compute([child], new IndicatorContext(YearEnd));

        Assert.Equal(1, report[C.CppAt31March].Numerator);
        Assert.Equal(1, report[C.CppStarts].Numerator);
        Assert.Equal(0, report[C.CppReviewsOnTimePercent].Denominator); // not on a plan for 3 months yet
    }

    [Fact]
    public void PlanEndingOn31March_IsNotOpenAt31March_ButEndsInYear()
    {
        var child = NewChild();
        PlanFrom(child, D(2025, 6, 1)).End(YearEnd, "Moved away", Today);

        var report = IndicatorEngine.Compute([child], new IndicatorContext(YearEnd));

        Assert.Equal(0, report[C.CppAt31March].Numerator);
        Assert.Equal(1, report[C.CppEnding2YearsPercent].Denominator);
    }

    [Theory]
    [InlineData(729, false)]
    [InlineData(730, true)]
    public void Ni64_PlanEndingInYear_Lasting730DaysCounts_729DoesNot(int days, bool twoYears)
    {
        var end = D(2025, 10, 15);
        var child = NewChild();
        PlanFrom(child, end.AddDays(-days)).End(end, "Moved away", Today);

        var r = Compute(C.CppEnding2YearsPercent, child);

        Assert.Equal(twoYears ? 1 : 0, r.Numerator);
        Assert.Equal(1, r.Denominator);
    }

    [Theory]
    [InlineData(729, false)]
    [InlineData(730, true)]
    public void PlanOpenAt31March_730DaysOrMore_IsTwoYearsPlus(int days, bool twoYears)
    {
        var child = NewChild();
        var plan = PlanFrom(child, YearEnd.AddDays(-days));
        // Reviews on time so the plan is an ordinary long one.
        for (var d = plan.StartDate.AddMonths(3); d <= YearEnd; d = d.AddMonths(6)) plan.HoldReview(d, true, null, null, Today);

        var r = Compute(C.Cpp2YearsAt31MarchPercent, child);

        Assert.Equal((twoYears ? 1 : 0, 1), (r.Numerator, r.Denominator));
    }

    [Fact]
    public void Ni65_SecondPlanEver_IsSubsequent_FirstIsNot()
    {
        var child = NewChild();
        PlanFrom(child, D(2019, 5, 1)).End(D(2019, 11, 1), "Plan no longer needed", Today);
        PlanFrom(child, D(2025, 5, 1)); // same episode, six years on
        var first = NewChild();
        PlanFrom(first, D(2025, 5, 1));

        var r = Compute(C.CppSubsequentPercent, child, first);

        Assert.Equal((1, 2), (r.Numerator, r.Denominator));
        Assert.Equal([child.Id], r.NumeratorIds);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void Ni67_FirstReviewOneDayAfterThreeMonths_IsLate(int daysLate, bool onTime)
    {
        var child = NewChild();
        var plan = PlanFrom(child, D(2025, 6, 10));
        plan.HoldReview(D(2025, 9, 10).AddDays(daysLate), true, null, null, Today);
        plan.HoldReview(D(2026, 3, 1), true, null, null, Today);

        var r = Compute(C.CppReviewsOnTimePercent, child);

        Assert.Equal((onTime ? 1 : 0, 1), (r.Numerator, r.Denominator));
    }

    [Fact]
    public void Ni67_ReviewDueBefore31MarchAndNotHeld_IsLate()
    {
        var child = NewChild();
        var plan = PlanFrom(child, D(2025, 6, 10));
        plan.HoldReview(D(2025, 9, 1), true, null, null, Today); // next due 1 March 2026: missed

        var r = Compute(C.CppReviewsOnTimePercent, child);

        Assert.Equal((0, 1), (r.Numerator, r.Denominator));
    }
}
