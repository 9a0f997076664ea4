namespace Safeguard.Generator;

/// <summary>
/// What a synthetic authority should look like in a year ending 31 March: the published counts it is calibrated to.
/// Optional members fall back to England's ratios (<see cref="England2025Shares"/>).
/// </summary>
public sealed record AuthorityTargets(
    string LaCode,
    string Name,
    int ReferralsPerYear,
    double ReReferralPercent,
    int Section47sPerYear,
    int InitialConferencesPerYear,
    int? PlanStartsPerYear,
    int PlansAt31March,
    int ChildrenInNeedAt31March,
    int LookedAfterAt31March,
    int? LookedAfterStartsPerYear,
    int Population0To17,
    double SocialWorkerFte,
    string? OnsCode = null,
    double? NoFurtherActionPercent = null,
    double? AssessedNotInNeedPercent = null,
    double? IcpcWithin15WorkingDaysPercent = null,
    double? SubsequentPlanPercent = null,
    double? ConferenceReviewsOnTimePercent = null,
    double? ThreeOrMorePlacementsPercent = null,
    double? LongTermStabilityPercent = null,
    double? PlansEndingAfterTwoYearsPercent = null)
{
    /// <summary>CP plan starts: the published count, or 86 % of ICPCs (England 2025).</summary>
    public int PlanStarts => PlanStartsPerYear ?? (int)Math.Round(InitialConferencesPerYear * England2025Shares.PlansPerInitialConference);

    /// <summary>Children starting to be looked after: the published count, or 0.39 × CLA at 31 March (England 2025).</summary>
    public int LookedAfterStarts => LookedAfterStartsPerYear ?? (int)Math.Round(LookedAfterAt31March * England2025Shares.LookedAfterStartsPerChildLookedAfter);

    public double NoFurtherAction => (NoFurtherActionPercent ?? England2025Shares.NoFurtherActionPercent) / 100.0;

    public double AssessedNotInNeed => (AssessedNotInNeedPercent ?? England2025Shares.AssessedNotInNeedPercent) / 100.0;

    /// <summary>The share of plans starting that are a child's second or subsequent plan (NI 65).</summary>
    public double SubsequentPlans => (SubsequentPlanPercent ?? England2025Shares.SubsequentPlanPercent) / 100.0;

    /// <summary>Children on a plan whose reviews were all held on time (NI 67).</summary>
    public double ConferenceReviewsOnTime => ConferenceReviewsOnTimePercent / 100.0 ?? England2025Shares.ConferenceReviewsOnTime;

    /// <summary>Children looked after at 31 March with three or more placements in the year (NI 62).</summary>
    public double ThreeOrMorePlacements => ThreeOrMorePlacementsPercent / 100.0 ?? England2025Shares.LookedAfterWithThreeOrMorePlacements;

    /// <summary>Under-16s looked after 2.5 years or more who have lived with the same carer 2 years or more (NI 63).</summary>
    public double LongTermStability => LongTermStabilityPercent / 100.0 ?? England2025Shares.LongTermStability;

    /// <summary>Plans ending in the year that had lasted two years or more (NI 64).</summary>
    public double PlansEndingAfterTwoYears =>
        PlansEndingAfterTwoYearsPercent / 100.0 ?? England2025Shares.PlanDurationDays[^1].Share / England2025Shares.PlanDurationDays.Sum(b => b.Share);

    /// <summary>
    /// England 2025 ratios for what an authority's own figures lack (docs/domain-reference.md §3d; EES C1, C2, C4, D3, D5, D7,
    /// CLA, placement stability, CSWW).
    /// </summary>
    public static class England2025Shares
    {
        public const double PlansPerInitialConference = 61_840.0 / 72_100;
        public const double LookedAfterStartsPerChildLookedAfter = 32_270.0 / 81_770;
        public const double NoFurtherActionPercent = 6.5;
        public const double AssessedNotInNeedPercent = 30.8;
        public const double SubsequentPlanPercent = 24.5;

        /// <summary>
        /// The share of children who have had a child protection plan and are referred again before they are 18 (a modelling
        /// choice: DfE does not publish it). The chance that such a return goes straight to another plan is then solved
        /// from the authority's share of plans that are second or subsequent (NI 65).
        /// </summary>
        public const double ReturnAfterPlanShare = 0.5;

        /// <summary>Referrals more than 12 months after the child's previous referral, as a share of all referrals (a modelling choice: DfE does not publish it).</summary>
        public const double LaterReturnShare = 0.08;

        public const double AverageCaseload = 15.2;
        public const double LookedAfterWithThreeOrMorePlacements = 0.10;
        public const double ConferenceReviewsOnTime = 0.906;
        public const double LongTermStability = 0.69;
        public const double LookedAfterReviewsOnTime = 0.90;
        public const double VisitsOnTime = 0.90;

        /// <summary>Assessment duration in working days (EES C2): bucket upper bounds and shares.</summary>
        public static IReadOnlyList<(int From, int To, double Share)> AssessmentWorkingDays { get; } =
            [(0, 0, 1.8), (1, 10, 11.7), (11, 20, 17.3), (21, 30, 15.8), (31, 40, 20.2), (41, 45, 18.9), (46, 50, 5.8), (51, 60, 4.3), (61, 90, 4.2)];

        /// <summary>Strategy discussion to initial conference in working days (EES C4).</summary>
        public static IReadOnlyList<(int From, int To, double Share)> StrategyToConferenceWorkingDays { get; } =
            [(5, 10, 8.7), (11, 15, 72.7), (16, 20, 8.9), (21, 35, 9.7)];

        /// <summary>Length of plans ending in the year, in days (EES D7: ≤3 m, 3–6 m, 6–12 m, 1–2 y, 2 y+).</summary>
        public static IReadOnlyList<(int From, int To, double Share)> PlanDurationDays { get; } =
            [(14, 91, 15.9), (92, 182, 11.0), (183, 365, 43.5), (366, 730, 25.2), (731, 1000, 4.4)];

        /// <summary>Initial category of abuse, CPP starts 2025 (neglect about half, emotional a third, sexual 3 %).</summary>
        public static IReadOnlyList<(string Code, double Share)> CategoryOfAbuse { get; } =
            [("NEG", 50), ("EMO", 34), ("PHY", 8), ("SAB", 3), ("MUL", 5)];

        /// <summary>Factors at the end of assessment (EES C3 2025): share of episodes with a factor.</summary>
        public static IReadOnlyList<(string Code, double Share)> Factors { get; } =
            [("4B", 33.5), ("3B", 31.7), ("17A", 19.0), ("4A", 17.6), ("16A", 17.6), ("1B", 14.3), ("2B", 14.1), ("5A", 12.3), ("18C", 12.0),
             ("3A", 11.3), ("15A", 7.0), ("10A", 3.7), ("24A", 3.2), ("11A", 1.7), ("7A", 3.4), ("14A", 5.0), ("20", 16.3)];
    }
}
