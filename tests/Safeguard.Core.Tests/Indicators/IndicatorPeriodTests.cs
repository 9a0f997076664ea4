using Safeguard.Core.Indicators;
using Safeguard.Core.People;

namespace Safeguard.Core.Tests.Indicators;

/// <summary>Periods shorter than a collection year, and the counted items behind each figure (the dashboard's drill-down to a breakdown cell).</summary>
public sealed class IndicatorPeriodTests
{
    private static readonly DateOnly Today = new(2026, 1, 1);

    private static Child Referred(params DateOnly[] dates)
    {
        var child = Child.Register(Guid.NewGuid(), "C1", "Test", "Child", new DateOnly(2015, 6, 1), null, Sex.Female, "WBRI", new DateOnly(2015, 6, 1));
        // Each referral but the last is closed (no further action) the same day, so the next can be received.
        for (var i = 0; i < dates.Length; i++)
        {
            var episode = child.ReceiveReferral(dates[i], "6", "N1", "Concerns", null, null, Today);
            if (i < dates.Length - 1) episode.Decide(Core.FrontDoor.ReferralDecision.NoFurtherAction, dates[i], Guid.NewGuid(), Today);
        }
        return child;
    }

    [Fact]
    public void ForPeriod_CountsOnlyTheDaysInIt_AndMonthsFromItsFirstMonth()
    {
        var a = Referred(new DateOnly(2025, 6, 30));
        var b = Referred(new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30));
        var c = Referred(new DateOnly(2025, 10, 1));
        var report = IndicatorEngine.Compute([a, b, c], IndicatorContext.ForPeriod(new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30)));
        var referrals = report[IndicatorCatalogue.Referrals];
        Assert.Equal(2, referrals.Numerator);
        Assert.Equal(1, referrals.ByMonth[0].Numerator); // July is month 0 of the period
        Assert.Equal(1, referrals.ByMonth[2].Numerator); // September
        Assert.Equal(0, referrals.ByMonth[3].Numerator);
    }

    [Fact]
    public void ForPeriod_RefusesAnEmptyOrOverlongPeriod()
    {
        Assert.Throws<ArgumentException>(() => IndicatorContext.ForPeriod(new DateOnly(2025, 7, 2), new DateOnly(2025, 7, 1)));
        Assert.Throws<ArgumentException>(() => IndicatorContext.ForPeriod(new DateOnly(2024, 3, 31), new DateOnly(2025, 3, 31)));
        Assert.Equal(new DateOnly(2024, 4, 1), IndicatorContext.ForPeriod(new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31)).YearStart);
    }

    [Fact]
    public void Items_SayWhichChildWasCountedWhenAndOnWhichSide()
    {
        var child = Referred(new DateOnly(2024, 5, 1), new DateOnly(2024, 11, 1));
        var result = IndicatorEngine.Compute([child], new IndicatorContext(new DateOnly(2025, 3, 31)))[IndicatorCatalogue.ReReferralPercent];
        Assert.Equal(2, result.Items.Count);
        var second = Assert.Single(result.Items, i => i.InNumerator);
        Assert.Equal(new DateOnly(2024, 11, 1), second.Date);
        Assert.Equal(7, second.Month); // November
        Assert.Equal(child.Id, second.ChildId);
        Assert.All(result.Items, i => Assert.True(i.InDenominator));
        Assert.Empty(IndicatorEngine.Compute([child], new IndicatorContext(new DateOnly(2025, 3, 31)) { DrillDown = false })[IndicatorCatalogue.Referrals].Items);
    }
}
