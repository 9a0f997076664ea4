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
