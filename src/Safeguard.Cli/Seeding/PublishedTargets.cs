using Safeguard.Core.Published;
using Safeguard.Generator;

namespace Safeguard.Cli.Seeding;

/// <summary>Turns an authority's published figures into the generator's calibration targets.</summary>
public static class PublishedTargets
{
    /// <summary>The latest year every calibration figure is published for (2025).</summary>
    public const int CalibrationYear = 2025;

    public static AuthorityTargets For(PublishedStatistics statistics, LocalAuthority authority, int year = CalibrationYear)
    {
        var la = statistics.Calibration(authority, year)
            ?? throw new InvalidOperationException($"No published figures for {authority.Name} in {year}.");
        var england = statistics.Calibration(null, year)!;
        var population = la.Population0To17 ?? throw new InvalidOperationException($"No 0–17 population for {authority.Name}.");
        // Where a figure is suppressed for a small authority, scale England's by population rather than guess.
        var share = population / england.Population0To17!.Value;
        int Count(double? value, double? englandValue) => (int)Math.Round(value ?? (englandValue ?? 0) * share);

        return new AuthorityTargets(
            authority.LaCode, authority.Name,
            ReferralsPerYear: Count(la.Referrals, england.Referrals),
            ReReferralPercent: la.ReReferralPercent ?? england.ReReferralPercent ?? 22.6,
            Section47sPerYear: Count(la.Section47Enquiries, england.Section47Enquiries),
            InitialConferencesPerYear: Count(la.InitialChildProtectionConferences, england.InitialChildProtectionConferences),
            PlanStartsPerYear: la.CppStarts is { } starts ? (int)Math.Round(starts) : null,
            PlansAt31March: Count(la.CppAt31March, england.CppAt31March),
            ChildrenInNeedAt31March: Count(la.CinAt31March, england.CinAt31March),
            LookedAfterAt31March: Count(la.ClaAt31March, england.ClaAt31March),
            LookedAfterStartsPerYear: la.ClaStarts is { } claStarts ? (int)Math.Round(claStarts) : null,
            Population0To17: (int)Math.Round(population),
            SocialWorkerFte: la.SocialWorkerFte ?? (england.SocialWorkerFte ?? 0) * share,
            OnsCode: authority.NewLaCode,
            IcpcWithin15WorkingDaysPercent: la.IcpcWithin15WorkingDaysPercent,
            SubsequentPlanPercent: la.CppSubsequentPercent ?? england.CppSubsequentPercent,
            ConferenceReviewsOnTimePercent: la.CppReviewsOnTimePercent ?? england.CppReviewsOnTimePercent,
            ThreeOrMorePlacementsPercent: la.Cla3PlusPlacementsPercent ?? england.Cla3PlusPlacementsPercent,
            LongTermStabilityPercent: la.ClaLongTermStabilityPercent ?? england.ClaLongTermStabilityPercent,
            PlansEndingAfterTwoYearsPercent: la.CppEnding2YearsPercent ?? england.CppEnding2YearsPercent);
    }
}
