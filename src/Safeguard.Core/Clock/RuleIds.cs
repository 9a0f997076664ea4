namespace Safeguard.Core.Clock;

/// <summary>Stable ids of the statutory rules; stored in data and config, so never rename one.</summary>
public static class RuleIds
{
    public const string ReferralDecision = "referral-decision";
    public const string InitialAssessment = "initial-assessment";          // WT2010 only
    public const string InitialAssessmentNi59 = "initial-assessment-ni59"; // WT2010 only, indicator threshold
    public const string CoreAssessment = "core-assessment";                // WT2010 only
    public const string SingleAssessment = "single-assessment";            // WT2023 only
    public const string InitialChildProtectionConference = "icpc";
    public const string FirstCoreGroup = "first-core-group";
    public const string FirstChildProtectionReview = "cp-review-first";
    public const string LaterChildProtectionReview = "cp-review-subsequent";
    public const string FirstLookedAfterReview = "lac-review-1";
    public const string SecondLookedAfterReview = "lac-review-2";
    public const string LaterLookedAfterReview = "lac-review-subsequent";
    public const string VisitAfterPlacementStart = "lac-visit-placement-start";
    public const string VisitFirstYearOfPlacement = "lac-visit-first-year";
    public const string VisitPermanentPlacement = "lac-visit-permanent";
    public const string VisitOtherPlacement = "lac-visit-other";
}
