using Safeguard.Core.Comparison;
using Safeguard.Core.Published;
using M = Safeguard.Core.Published.PublishedMeasures;

namespace Safeguard.Core.Tests.Comparison;

public sealed class AuthorityComparerTests
{
    private static readonly AuthorityComparer Comparer = new(PublishedData.Statistics);

    [Fact]
    public void ReferralRate2025_QuartilesAndEngland_MatchDomainReference()
    {
        // domain-reference §3c (LAIT): England 519.4; Q1 422 / median 522 / Q3 620; min 173 (Essex), max 2,083 (IoW).
        var c = Comparer.Compare(M.ReferralRate, 2025)!;
        Assert.Equal(519.4, c.England!.Value);
        var q = c.Quartiles!;
        Assert.Equal(153, q.Count);
        Assert.Equal(422, Math.Round(q.Q1));
        Assert.Equal(522, Math.Round(q.Median));
        Assert.Equal(620, Math.Round(q.Q3));
        Assert.Equal(173.3, q.Min);
        Assert.Equal(2083, q.Max);
    }

    [Theory]
    [InlineData(M.ReReferralPercent, 16.9, 20.0, 23.0)]
    [InlineData(M.AssessmentsWithin45WorkingDaysPercent, 78.55, 85.35, 91.4)]
    [InlineData(M.CppReviewsOnTimePercent, 87.325, 93.75, 96.9)]
    [InlineData(M.CppEnding2YearsPercent, 3.0, 4.7, 6.4)]
    [InlineData(M.Cla3PlusPlacementsPercent, 8, 10, 12)]
    public void Quartiles2025_AreRType7OverTheAuthorities(string measure, double q1, double median, double q3)
    {
        var q = Comparer.Compare(measure, 2025)!.Quartiles!;
        Assert.Equal(q1, q.Q1, 6);
        Assert.Equal(median, q.Median, 6);
        Assert.Equal(q3, q.Q3, 6);
    }

    [Fact]
    public void Quantile7_HandChecked()
    {
        // R: quantile(c(1, 2, 3, 4, 10)) → 1, 2, 3, 4, 10; quantile(c(1, 2, 3, 4)) → 1, 1.75, 2.5, 3.25, 4.
        Assert.Equal(1.75, QuartileBands.Quantile7([1, 2, 3, 4], 0.25));
        Assert.Equal(2.5, QuartileBands.Quantile7([1, 2, 3, 4], 0.5));
        Assert.Equal(3.25, QuartileBands.Quantile7([1, 2, 3, 4], 0.75));
        Assert.Equal(2, QuartileBands.Quantile7([1, 2, 3, 4, 10], 0.25));
    }

    [Theory]
    [InlineData(10, Polarity.LowerIsBetter, QuartileBand.A)]
    [InlineData(10, Polarity.HigherIsBetter, QuartileBand.D)]
    [InlineData(25, Polarity.LowerIsBetter, QuartileBand.A)] // boundary belongs to the lower band, as LAIT
    [InlineData(30, Polarity.LowerIsBetter, QuartileBand.B)]
    [InlineData(60, Polarity.HigherIsBetter, QuartileBand.B)]
    [InlineData(80, Polarity.HigherIsBetter, QuartileBand.A)]
    [InlineData(80, Polarity.LowerIsBetter, QuartileBand.D)]
    public void Band_FollowsLaitRulesAndPolarity(double value, Polarity polarity, QuartileBand expected)
    {
        var bands = new QuartileBands(0, 25, 50, 75, 100, 5);
        Assert.Equal(expected, bands.Band(value, polarity));
    }

    [Fact]
    public void Band_NeitherPolarity_HasNoBand() =>
        Assert.Null(new QuartileBands(0, 25, 50, 75, 100, 5).Band(10, Polarity.Neither));

    [Fact]
    public void Rank_TiesShareTheLowestRank_AndNextRankSkips()
    {
        var c = Comparer.Compare(M.Cla3PlusPlacementsPercent, 2025)!; // whole percentages: many ties
        Assert.Equal(1, c.Ranked[0].Rank);
        for (var i = 1; i < c.Ranked.Count; i++)
        {
            var expected = c.Ranked[i].Value == c.Ranked[i - 1].Value ? c.Ranked[i - 1].Rank : i + 1;
            Assert.Equal(expected, c.Ranked[i].Rank);
        }

        Assert.Contains(c.Ranked.Select((r, i) => (r, i)), x => x.r.Rank != x.i + 1);
        // Lower is better: rank 1 has the lowest value.
        Assert.Equal(c.Ranked.Min(r => r.Value), c.Ranked[0].Value);
    }

    [Fact]
    public void Rank_HigherIsBetter_RanksDescending_MissingListedAfter()
    {
        var c = Comparer.Compare(M.CppReviewsOnTimePercent, 2025)!;
        Assert.Equal(100, c.Ranked[0].Value);
        Assert.Equal(c.Ranked.Count, c.Ranked.Count(r => r.Rank is not null));
        Assert.Equal(153, c.Ranked.Count + c.Missing.Count);
        Assert.NotEmpty(c.Missing);
        Assert.All(c.Missing, m => Assert.Null(m.Rank));
        Assert.Equal(QuartileBand.A, c.Ranked[0].Band);
        Assert.Equal(QuartileBand.D, c.Ranked[^1].Band);
    }

    [Fact]
    public void Regions_AreThePublishedNineRegions()
    {
        var c = Comparer.Compare(M.Referrals, 2025)!;
        Assert.Equal(9, c.Regions.Count);
        Assert.Equal(32490, c.Regions.Single(r => r.Area.Name == "North East").Value);
    }

    [Fact]
    public void Neighbours_Kent_2025Model()
    {
        var kent = PublishedData.La("Kent");
        var n = Comparer.Neighbours(kent, M.ReReferralPercent, 2025)!;
        Assert.Equal(NeighbourModel.May2025, n.Model);
        Assert.Equal(
            ["881", "845", "878", "303", "935", "926", "891", "938", "822", "933"],
            n.Neighbours.Select(x => x.Neighbour.Authority.LaCode));
        Assert.Equal("Essex", n.Neighbours[0].Neighbour.Authority.Name);
        Assert.Equal("Very close", n.Neighbours[0].Neighbour.Closeness);
        Assert.Equal(AuthorityComparer.Median(n.Neighbours.Select(x => x.Value!.Value)), n.Median);
    }

    [Fact]
    public void Neighbours_Cumbria_FallsBackTo2021Groupings()
    {
        var group = PublishedData.Statistics.Neighbours.For(PublishedData.Statistics.Authorities.ByCode("909")!)!;
        Assert.Equal(NeighbourModel.April2021, group.Model);
        Assert.Equal("925", group.Neighbours[0].Authority.LaCode);
        Assert.Equal("Extremely Close", group.Neighbours[0].Closeness);
    }

    [Fact]
    public void Median_EvenCountAveragesTheMiddlePair() => Assert.Equal(2.5, AuthorityComparer.Median([4, 1, 3, 2]));

    [Fact]
    public void Funnel_KentReReferrals2025_HandComputed()
    {
        // p = 142,900 / 632,830 = 0.225811; n = 24,035; se = √(p(1−p)/n) = 0.0026970.
        var kent = Comparer.Compare(M.ReReferralPercent, 2025)!.For(PublishedData.La("Kent"))!;
        var f = kent.Funnel!;
        Assert.Equal(0.225811, f.Limits.P, 6);
        Assert.Equal(24035, f.Limits.N);
        Assert.Equal(0.220525, f.Limits.Lower95, 6);
        Assert.Equal(0.231097, f.Limits.Upper95, 6);
        Assert.Equal(0.217477, f.Limits.Lower998, 6);
        Assert.Equal(0.234145, f.Limits.Upper998, 6);
        Assert.Equal(0.216, f.Proportion, 6);
        Assert.Equal(FunnelFlag.Below, f.Flag95);
        Assert.Equal(FunnelFlag.Below, f.Flag998);
    }

    [Fact]
    public void Funnel_Flags()
    {
        var limits = FunnelLimits.For(0.2, 100); // se = 0.04
        Assert.Equal(0.2 - (1.96 * 0.04), limits.Lower95, 10);
        Assert.Equal(FunnelFlag.Within, limits.Flag95(0.25));
        Assert.Equal(FunnelFlag.Above, limits.Flag95(0.3));
        Assert.Equal(FunnelFlag.Within, limits.Flag998(0.3));
        Assert.Equal(FunnelFlag.Below, limits.Flag998(0.05));
    }

    [Fact]
    public void Trend_Kent_ReReferralsFell_IsImproving()
    {
        var t = Comparer.Trend(PublishedData.La("Kent"), M.ReReferralPercent);
        Assert.Equal(2025, t.Points[^1].Year);
        Assert.Equal(21.6 - 23.3, t.ChangeFromPreviousYear!.Value, 6);
        Assert.Equal(TrendDirection.Improving, t.Direction);
    }

    [Fact]
    public void Profile_Kent2025_CoversEveryMeasure()
    {
        var p = Comparer.Profile(PublishedData.La("Kent"), 2025);
        Assert.Equal(M.All.Count, p.Lines.Count);
        var rereferral = p.Lines.Single(l => l.Measure.Id == M.ReReferralPercent);
        Assert.Equal(21.6, rereferral.Value);
        Assert.Equal(22.6, rereferral.England);
        Assert.NotNull(rereferral.NeighbourMedian);
        Assert.NotNull(rereferral.Rank);
        Assert.NotNull(rereferral.Band);
        // Social worker count for CLA is published for 2024 only: the profile falls back to it.
        Assert.Equal(2024, p.Lines.Single(l => l.Measure.Id == M.Cla3PlusSocialWorkersPercent).Year);
    }
}
