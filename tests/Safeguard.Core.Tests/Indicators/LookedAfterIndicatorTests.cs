using Safeguard.Core.Indicators;
using static Safeguard.Core.Tests.Indicators.IndicatorJourneys;
using C = Safeguard.Core.Indicators.IndicatorCatalogue;

namespace Safeguard.Core.Tests.Indicators;

public sealed class LookedAfterIndicatorTests
{
    [Fact]
    public void Ni62_ExactlyThreePlacementsInYear_CountsTheOneHeldOn1April()
    {
        var three = NewChild();
        var p = StartCare(three, D(2024, 11, 1));
        Move(p, D(2025, 8, 1));
        Move(p, D(2026, 1, 5));
        var two = NewChild();
        var q = StartCare(two, D(2024, 11, 1));
        Move(q, D(2025, 4, 1)); // the first placement ended on 1 April: no night in the year
        Move(q, D(2026, 1, 5));

        var r = Compute(C.Cla3PlusPlacementsPercent, three, two);

        Assert.Equal((1, 2), (r.Numerator, r.Denominator));
        Assert.Equal([three.Id], r.NumeratorIds);
    }

    [Fact]
    public void ClaAt31March_LeavesOutShortBreaks_AndChildrenWhoLeftOn31March()
    {
        var shortBreak = NewChild();
        shortBreak.StartToBeLookedAfter(D(2025, 5, 1), "V3", "N2", "K2", "PR1", null, false, Today);
        var left = NewChild();
        StartCare(left, D(2025, 5, 1)).Cease(YearEnd, "E4A", Today);
        var looked = NewChild();
        StartCare(looked, YearEnd);

        var r = Compute(C.ClaAt31March, shortBreak, left, looked);

        Assert.Equal(1, r.Value);
        Assert.Equal([looked.Id], r.NumeratorIds);
    }

    [Fact]
    public void Ni63_SamePlacementTwoYears_IsStable_OnlyForUnder16sLookedAfter30Months()
    {
        var stable = NewChild(D(2014, 1, 1));
        var s = StartCare(stable, D(2023, 1, 1));
        Move(s, D(2024, 3, 31)); // two years to 31 March 2026
        var moved = NewChild(D(2014, 1, 1));
        var m = StartCare(moved, D(2023, 1, 1));
        Move(m, D(2024, 4, 1));
        var tooOld = NewChild(D(2010, 3, 31)); // 16 on 31 March 2026
        StartCare(tooOld, D(2023, 1, 1));
        var tooRecent = NewChild(D(2014, 1, 1));
        StartCare(tooRecent, D(2023, 10, 1)); // 2.5 years would be 30 September 2023

        var r = Compute(C.ClaLongTermStabilityPercent, stable, moved, tooOld, tooRecent);

        Assert.Equal((1, 2), (r.Numerator, r.Denominator));
        Assert.Equal([stable.Id], r.NumeratorIds);
    }

    [Fact]
    public void Ni63_PlacedForAdoption_CountsThePreviousPlacementToo()
    {
        var child = NewChild(D(2020, 1, 1));
        var p = StartCare(child, D(2023, 1, 1), "U3");
        Move(p, D(2025, 10, 1), "A5");

        var r = Compute(C.ClaLongTermStabilityPercent, child);

        Assert.Equal((1, 1), (r.Numerator, r.Denominator));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void Ni66_ReviewOneDayLate_FailsTheChild(int daysLate, bool onTime)
    {
        var child = NewChild();
        var p = StartCare(child, D(2025, 6, 2));
        var firstDue = Safeguard.Core.Clock.WorkingDayCalendar.England().AddWorkingDays(D(2025, 6, 2), 20);
        p.RecordReview(firstDue.AddDays(daysLate), "PN1", Today);
        p.RecordReview(firstDue.AddDays(daysLate).AddMonths(3), "PN1", Today);
        p.RecordReview(firstDue.AddDays(daysLate).AddMonths(9), "PN1", Today);

        var r = Compute(C.ClaReviewsOnTimePercent, child);

        Assert.True(r.Definition.WorkingDefinition);
        Assert.Equal((onTime ? 1 : 0, 1), (r.Numerator, r.Denominator));
    }
}
