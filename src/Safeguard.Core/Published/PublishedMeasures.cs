namespace Safeguard.Core.Published;

/// <summary>The catalogue of published measures the product compares authorities on.</summary>
public static class PublishedMeasures
{
    public const string Referrals = "referrals";
    public const string ReReferralPercent = "rereferral_pct";
    public const string ReferralRate = "referral_rate";
    public const string CinAt31March = "cin_31mar";
    public const string CinRate = "cin_rate";
    public const string Section47 = "s47";
    public const string Section47Rate = "s47_rate";
    public const string Icpc = "icpc";
    public const string IcpcRate = "icpc_rate";
    public const string IcpcWithin15WorkingDaysPercent = "icpc_15wd_pct";
    public const string CppStarts = "cpp_starts";
    public const string CppAt31March = "cpp_31mar";
    public const string CppRate = "cpp_rate";
    public const string CppSubsequentPercent = "cpp_subsequent_pct";
    public const string Cpp2YearsAt31MarchPercent = "cpp_2yrs_at31_pct";
    public const string CppEnding2YearsPercent = "cpp_ending_2yrs_pct";
    public const string CppReviewsOnTimePercent = "cpp_reviews_on_time_pct";
    public const string AssessmentsWithin45WorkingDaysPercent = "assessments_45wd_pct";
    public const string ClaAt31March = "cla_31mar";
    public const string ClaRate = "cla_rate";
    public const string ClaStarts = "cla_starts";
    public const string Cla3PlusPlacementsPercent = "cla_3plus_placements_pct";
    public const string ClaLongTermStabilityPercent = "cla_long_term_stability_pct";
    public const string Cla3PlusSocialWorkersPercent = "cla_3plus_sw_pct";
    public const string SocialWorkerFte = "sw_fte";
    public const string Caseload = "caseload";
    public const string AgencyPercent = "agency_pct";
    public const string VacancyPercent = "vacancy_pct";
    public const string TurnoverPercent = "turnover_pct";
    public const string Population0To17 = "population_0_17";

    private const string C1 = "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv";
    private const string B1 = "b1_children_in_need_2013_to_2025.csv";
    private const string C4 = "c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv";
    private const string D3 = "d3_cpps_subsequent_plan_2013_to_2025.csv";
    private const string D5 = "d5_cpps_at31march_by_duration_2013_to_2025.csv";
    private const string Cla = "cla_number_and_rate_per_10k_children.csv";
    private const string Stab = "la_cla_placement_stability.csv";
    private const string Sw = "la_cla_swcount.csv";
    private const string Csww = "csww_indicators_2017_to_2025.csv";
    private const string Ons = "ons_mid-year_population_estimates_2012_to_2024.csv";
    private const string Lait = "lait_csc_measures_wide.csv";

    private const YearBasis March = YearBasis.YearEnding31March;
    private const YearBasis Sept = YearBasis.At30September;
    private const string Pop = "ONS 0–17 mid-year population of the previous calendar year";

    public static readonly IReadOnlyList<PublishedMeasure> All =
    [
        new(Referrals, "Referrals to children's social care", MeasureUnit.Count, Polarity.Neither, March, $"{C1}:referral_count", "CPP_Total_NumRef"),
        new(ReReferralPercent, "Re-referrals within 12 months (%)", MeasureUnit.Percent, Polarity.LowerIsBetter, March, $"{C1}:rereferral_percent", "ReReferral", "re-referrals within 12 months", "referrals"),
        new(ReferralRate, "Referrals per 10,000 children", MeasureUnit.RatePer10000, Polarity.Neither, March, $"{Lait}:CPP_Total_Rateper10,000", "CPP_Total_Rateper10,000", "referrals", Pop),
        new(CinAt31March, "Children in need at 31 March", MeasureUnit.Count, Polarity.Neither, March, $"{B1}:At31_episodes", null),
        new(CinRate, "Children in need per 10,000 children", MeasureUnit.RatePer10000, Polarity.Neither, March, $"{Lait}:CIN", "CIN", "children in need at 31 March", Pop),
        new(Section47, "Section 47 enquiries", MeasureUnit.Count, Polarity.Neither, March, $"{C4}:Section47", null),
        new(Section47Rate, "Section 47 enquiries per 10,000 children", MeasureUnit.RatePer10000, Polarity.Neither, March, $"{Lait}:Section_47", "Section_47", "section 47 enquiries", Pop),
        new(Icpc, "Initial child protection conferences", MeasureUnit.Count, Polarity.Neither, March, $"{C4}:ICPC", null),
        new(IcpcRate, "Initial child protection conferences per 10,000 children", MeasureUnit.RatePer10000, Polarity.Neither, March, $"{Lait}:ISCP_Conf", "ISCP_Conf", "ICPCs", Pop),
        new(IcpcWithin15WorkingDaysPercent, "ICPCs within 15 working days of the strategy discussion (%)", MeasureUnit.Percent, Polarity.HigherIsBetter, March, $"{Lait}:CP_conf_15days", "CP_conf_15days", "ICPCs 0–15 working days", "ICPCs with a recorded duration"),
        new(CppStarts, "Child protection plans starting", MeasureUnit.Count, Polarity.Neither, March, $"{D3}:CPP_start", null),
        new(CppAt31March, "Children on a child protection plan at 31 March", MeasureUnit.Count, Polarity.Neither, March, $"{D5}:CPP_At31", "CPP_Num"),
        new(CppRate, "Child protection plans per 10,000 children", MeasureUnit.RatePer10000, Polarity.Neither, March, $"{Lait}:CPP_rate", "CPP_rate", "children on a plan at 31 March", Pop),
        new(CppSubsequentPercent, "Plans that are a second or subsequent plan (%)", MeasureUnit.Percent, Polarity.LowerIsBetter, March, $"{D3}:CPP_subsequent_percent", "PrevRegCPR", "second or subsequent plans starting", "plans starting"),
        new(Cpp2YearsAt31MarchPercent, "Plans at 31 March open 2 years or more (%)", MeasureUnit.Percent, Polarity.LowerIsBetter, March, $"{D5}:2_years_or_more_percent", "CPPlans2yrsActive", "plans at 31 March open 2 years+", "plans at 31 March"),
        new(CppEnding2YearsPercent, "Plans ending that lasted 2 years or more (%)", MeasureUnit.Percent, Polarity.LowerIsBetter, March, $"{Lait}:CPPlans2yrs", "CPPlans2yrs"),
        new(CppReviewsOnTimePercent, "Child protection cases reviewed within timescales (%)", MeasureUnit.Percent, Polarity.HigherIsBetter, March, $"{Lait}:RevCP", "RevCP"),
        new(AssessmentsWithin45WorkingDaysPercent, "Assessments completed within 45 working days (%)", MeasureUnit.Percent, Polarity.HigherIsBetter, March, $"{Lait}:Continue_Assess_Comp", "Continue_Assess_Comp"),
        new(ClaAt31March, "Children looked after at 31 March", MeasureUnit.Count, Polarity.Neither, March, $"{Cla}:children_count", "LACnum"),
        new(ClaRate, "Children looked after per 10,000 children", MeasureUnit.RatePer10000, Polarity.Neither, March, $"{Cla}:rate_per_10000", "LAC", "children looked after at 31 March", "ONS 0–17 population used by DfE"),
        new(ClaStarts, "Children starting to be looked after", MeasureUnit.Count, Polarity.Neither, March, $"{Cla}:children_count", "LACnum_Start"),
        new(Cla3PlusPlacementsPercent, "Looked after children with 3 or more placements in the year (%)", MeasureUnit.Percent, Polarity.LowerIsBetter, March, $"{Stab}:children_percent", "LACStable_2016on", "CLA at 31 March with 3+ placements in year", "CLA at 31 March"),
        new(ClaLongTermStabilityPercent, "Long-term placement stability (%)", MeasureUnit.Percent, Polarity.HigherIsBetter, March, $"{Stab}:children_percent", "LAC_LongStable%", "under-16s looked after 2.5 years+ with the same carer 2 years+", "under-16s looked after 2.5 years+"),
        new(Cla3PlusSocialWorkersPercent, "Looked after children with 3 or more social workers in the year (%)", MeasureUnit.Percent, Polarity.LowerIsBetter, March, $"{Sw}:percentage", "Stability_SocialWorker", "CLA at 31 March with 3+ social workers", "CLA at 31 March"),
        new(SocialWorkerFte, "Children and family social workers (FTE)", MeasureUnit.Count, Polarity.Neither, Sept, $"{Csww}:inpost_fte", "Work_Force_NoSW"),
        new(Caseload, "Average caseload per case-holding social worker", MeasureUnit.Ratio, Polarity.LowerIsBetter, Sept, $"{Csww}:caseload_fte", "Work_Force_AvgNumCase_SW", "cases", "case-holding FTE"),
        new(AgencyPercent, "Agency social worker rate (%)", MeasureUnit.Percent, Polarity.LowerIsBetter, Sept, $"{Csww}:agency_rate_fte", "Work_Force_Agecy_Rate", "agency FTE", "agency FTE + social worker FTE"),
        new(VacancyPercent, "Social worker vacancy rate (%)", MeasureUnit.Percent, Polarity.LowerIsBetter, Sept, $"{Csww}:vacancy_rate_fte", "Work_Force_Vac_Rate", "vacancy FTE", "vacancy FTE + social worker FTE"),
        new(TurnoverPercent, "Social worker turnover rate (%)", MeasureUnit.Percent, Polarity.LowerIsBetter, Sept, $"{Csww}:turnover_rate_fte", "Work_Force_TO_Rate", "leaver FTE", "social worker FTE"),
        new(Population0To17, "Children aged 0 to 17 (ONS mid-year estimate)", MeasureUnit.Count, Polarity.Neither, YearBasis.MidYear, $"{Ons}:population_estimate", null),
    ];

    private static readonly Dictionary<string, PublishedMeasure> ById = All.ToDictionary(m => m.Id, StringComparer.OrdinalIgnoreCase);

    public static PublishedMeasure Get(string id) =>
        ById.TryGetValue(id, out var m) ? m : throw new KeyNotFoundException($"No published measure '{id}'.");

    public static PublishedMeasure? Find(string id) => ById.GetValueOrDefault(id);
}
