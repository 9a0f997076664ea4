using Safeguard.Core.Indicators;

namespace Safeguard.Generator.Tests;

/// <summary>The last generated year's counts against the published 2025 figures: within ±10 %.</summary>
public sealed class CalibrationTests
{
    [Fact]
    public void Generate_KentAtFullScale_LastYearWithinTenPercentOfTargets() => AssertCalibrated(BuiltInTargets.Kent2025, [42]);

    [Fact]
    public void Generate_Birmingham_LastYearWithinTenPercentOfTargets() => AssertCalibrated(BuiltInTargets.Birmingham2025, [42]);

    /// <summary>Rutland's counts are tens (28 plans): one year's chance variation alone is ±20 %, so the mean over seeds is compared.</summary>
    [Fact]
    // Rutland's counts are in the tens, so one year varies by about ±20 % by chance; over 24 seeds the mean's
    // standard error is about 3 %, so ±10 % tests the calibration, not the luck of the draw.
    public void Generate_Rutland_MeanOverSeedsWithinTenPercentOfTargets() => AssertCalibrated(BuiltInTargets.Rutland2025, [.. Enumerable.Range(1, 24)]);

    private static void AssertCalibrated(AuthorityTargets t, int[] seeds)
    {
        var years = seeds.Select(seed =>
        {
            var sink = new CountingSink(Generated.End);
            AuthorityGenerator.Generate(AuthorityGenerator.AuthorityFor(t), t, 3, seed, Generated.End, sink);
            return sink.Counts.Results[0];
        }).ToList();
        double Mean(Func<YearCounts, double> f) => years.Average(f);

        Within(t.ReferralsPerYear, Mean(y => y.Referrals), "referrals");
        Within(t.ReReferralPercent, Mean(y => y.ReReferralPercent), "re-referral %");
        Within(t.Section47sPerYear, Mean(y => y.Section47Enquiries), "section 47 enquiries");
        Within(t.InitialConferencesPerYear, Mean(y => y.InitialConferences), "initial conferences");
        Within(t.PlanStarts, Mean(y => y.PlanStarts), "plan starts");
        Within(t.PlansAt31March, Mean(y => y.PlansAt31March), "CP plans at 31 March");
        Within(t.ChildrenInNeedAt31March, Mean(y => y.ChildrenInNeedAt31March), "children in need at 31 March");
        Within(t.LookedAfterAt31March, Mean(y => y.LookedAfterAt31March), "looked after at 31 March");
    }

    private static void Within(double target, double actual, string what) =>
        Assert.True(Math.Abs(actual - target) <= target * 0.10, $"{what}: generated {actual:F1}, target {target:F1}");
}

/// <summary>Children who have had a plan come back, and a quarter of plans are second or subsequent (NI 65).</summary>
public sealed class RepeatPlanTests
{
    [Fact]
    public void Generate_Birmingham_ShareOfPlansThatAreSecondOrSubsequentNearPublished()
    {
        var t = BuiltInTargets.Birmingham2025;
        var (sink, _, _) = Generated.Run(t, 3, 42);
        var yearStart = Generated.End.AddYears(-1).AddDays(1);

        var starts = sink.Children.SelectMany(c =>
        {
            var plans = c.Episodes.SelectMany(e => e.ChildProtectionPlans).Select(p => p.StartDate).Order().ToList();
            return plans.Select((start, i) => (start, Subsequent: i > 0));
        }).Where(p => p.start >= yearStart && p.start <= Generated.End).ToList();

        var share = 100.0 * starts.Count(p => p.Subsequent) / starts.Count;
        Assert.InRange(share, t.SubsequentPlanPercent!.Value - 3, t.SubsequentPlanPercent.Value + 3);
    }

    [Fact]
    public void Generate_ChildWhoHasHadAPlan_IsReferredAgainOnlyAYearOrMoreAfterTheirLastReferral()
    {
        var (sink, _, _) = Generated.Run(BuiltInTargets.Rutland2025, 6, 7);
        var returnsAfterPlan = 0;
        foreach (var child in sink.Children)
        {
            var episodes = child.Episodes.OrderBy(e => e.ReferralDate).ToList();
            for (var i = 1; i < episodes.Count; i++)
            {
                if (!episodes.Take(i).Any(e => e.ChildProtectionPlans.Count > 0)) continue;
                returnsAfterPlan++;
                Assert.True(episodes[i].ReferralDate.DayNumber - episodes[i - 1].ReferralDate.DayNumber >= 366,
                    $"{child.LaChildId}: referred {episodes[i].ReferralDate} after {episodes[i - 1].ReferralDate} following a plan");
            }
        }
        Assert.True(returnsAfterPlan > 10, $"only {returnsAfterPlan} returns after a plan");
    }
}
