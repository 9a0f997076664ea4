namespace Safeguard.Generator;

/// <summary>
/// Three authorities' 2025 figures for demos and tests, copied from the DfE Explore Education Statistics files in
/// /work/shared/la-data/dfe-ees/ (also in tests/Safeguard.Generator.Tests/Fixtures/la-targets-2025.csv):
/// c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv (referrals, re-referral %, NFA %, not in need %),
/// c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv (S47, ICPC), d3_cpps_subsequent_plan_2013_to_2025.csv (CPP starts, second or subsequent %),
/// d5_cpps_at31march_by_duration_2013_to_2025.csv (CPP at 31 March), b1_children_in_need_2013_to_2025.csv (CIN at 31 March),
/// cla_number_and_rate_per_10k_children.csv (CLA at 31 March, starts; population 0–17 used for its rates),
/// csww_indicators_2017_to_2025.csv (social worker FTE in post at 30 September 2025).
/// </summary>
public static class BuiltInTargets
{
    public static AuthorityTargets Kent2025 { get; } = new("886", "Kent", 24_035, 21.6, 7_422, 1_479, 1_274, 1_150, 11_247, 1_896, 3_226,
        355_390, 765.3, "E10000016", NoFurtherActionPercent: 0.5, AssessedNotInNeedPercent: 27.2,
        SubsequentPlanPercent: 24.3);

    public static AuthorityTargets Rutland2025 { get; } = new("857", "Rutland", 385, 26.8, 98, 43, 38, 28, 177, 32, 15,
        8_012, 21.9, "E06000017", NoFurtherActionPercent: 37.7, AssessedNotInNeedPercent: 14.8,
        SubsequentPlanPercent: 18.4);

    public static AuthorityTargets Birmingham2025 { get; } = new("330", "Birmingham", 16_324, 20.7, 6_162, 2_094, 1_936, 1_677, 9_301, 2_317, 749,
        292_859, 769.6, "E08000025", NoFurtherActionPercent: 2.4, AssessedNotInNeedPercent: 32.5,
        SubsequentPlanPercent: 25.9);

    public static IReadOnlyList<AuthorityTargets> All { get; } = [Kent2025, Rutland2025, Birmingham2025];

    /// <summary>The built-in authority whose name (any case) is given, or null.</summary>
    public static AuthorityTargets? Find(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase) || t.LaCode == name);
}
