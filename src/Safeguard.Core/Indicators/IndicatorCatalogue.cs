using Safeguard.Core.Published;

namespace Safeguard.Core.Indicators;

/// <summary>
/// The national indicators Safeguard computes from children's records: the 2008 National Indicator set (NI 59–68)
/// and the DfE/LAIT measures that replaced them. Definitions: docs/domain-reference.md §2. Where an NI and a modern
/// measure count the same thing (NI 62, 63, 64, 65, 67) there is one indicator carrying both.
/// </summary>
public static class IndicatorCatalogue
{
    public const string Referrals = "referrals";
    public const string ReferralRate = "referral_rate";
    public const string ReReferralPercent = "rereferral_pct";
    public const string ReferralDecisionWithin1WorkingDayPercent = "referral_decision_1wd_pct";
    public const string ReferralsToAssessmentPercent = "ni68_referrals_to_assessment_pct";
    public const string InitialAssessmentsWithin7WorkingDaysPercent = "ni59_initial_assessment_7wd_pct";
    public const string CoreAssessmentsWithin35WorkingDaysPercent = "ni60_core_assessment_35wd_pct";
    public const string AssessmentsWithin45WorkingDaysPercent = "assessments_45wd_pct";
    public const string Section47 = "s47";
    public const string Section47Rate = "s47_rate";
    public const string Icpc = "icpc";
    public const string IcpcRate = "icpc_rate";
    public const string IcpcWithin15WorkingDaysPercent = "icpc_15wd_pct";
    public const string CppStarts = "cpp_starts";
    public const string CppSubsequentPercent = "cpp_subsequent_pct";
    public const string CppAt31March = "cpp_31mar";
    public const string CppRate = "cpp_rate";
    public const string CppEnding2YearsPercent = "cpp_ending_2yrs_pct";
    public const string Cpp2YearsAt31MarchPercent = "cpp_2yrs_at31_pct";
    public const string CppReviewsOnTimePercent = "cpp_reviews_on_time_pct";
    public const string ClaAt31March = "cla_31mar";
    public const string ClaRate = "cla_rate";
    public const string ClaReviewsOnTimePercent = "ni66_cla_reviews_on_time_pct";
    public const string Cla3PlusPlacementsPercent = "cla_3plus_placements_pct";
    public const string ClaLongTermStabilityPercent = "cla_long_term_stability_pct";
    public const string Caseload = "caseload";

    private const IndicatorPeriod Year = IndicatorPeriod.YearEnding31March;
    private const IndicatorPeriod At31 = IndicatorPeriod.At31March;
    private const string Pop = "children aged 0–17 (population given)";

    public static readonly IReadOnlyList<IndicatorDefinition> All =
    [
        new(Referrals, "Referrals to children's social care", null, "CPP_Total_NumRef", "referrals in year (each referral, so a child referred twice counts twice)",
            null, Year, Polarity.Neither, MeasureUnit.Count, PublishedMeasures.Referrals),
        new(ReferralRate, "Referrals per 10,000 children", null, "CPP_Total_Rateper10,000", "referrals in year", Pop, Year, Polarity.Neither,
            MeasureUnit.RatePer10000, PublishedMeasures.ReferralRate),
        new(ReReferralPercent, "Re-referrals within 12 months (%)", null, "ReReferral",
            "referrals in year within 12 months of the child's previous referral (previous referral on or after the same date a year earlier)",
            "referrals in year", Year, Polarity.LowerIsBetter, MeasureUnit.Percent, PublishedMeasures.ReReferralPercent),
        new(ReferralDecisionWithin1WorkingDayPercent, "Referral decisions within one working day (%)", null, null,
            "referrals in year decided within 1 working day of receipt", "referrals in year decided, or undecided and past the day due by 31 March",
            Year, Polarity.HigherIsBetter, MeasureUnit.Percent),
        new(ReferralsToAssessmentPercent, "Referrals going on to an assessment (%)", 68, null,
            "referrals in year with an assessment (initial or any) started on the episode", "referrals in year", Year, Polarity.Neither,
            MeasureUnit.Percent, WorkingDefinition: true,
            Note: "Working definition: the official NI 68 definition was not found. Counts an assessment started at any time, including after 31 March."),
        new(InitialAssessmentsWithin7WorkingDaysPercent, "Initial assessments within 7 working days of referral (%)", 59, null,
            "initial assessments authorised in year within 7 working days of the referral", "initial assessments authorised in year", Year,
            Polarity.HigherIsBetter, MeasureUnit.Percent, Note: "Working Together 2010 records only: single assessments are not counted."),
        new(CoreAssessmentsWithin35WorkingDaysPercent, "Core assessments within 35 working days of commencement (%)", 60, null,
            "core assessments authorised in year within 35 working days of their start", "core assessments authorised in year", Year,
            Polarity.HigherIsBetter, MeasureUnit.Percent),
        new(AssessmentsWithin45WorkingDaysPercent, "Assessments completed within 45 working days (%)", null, "Continue_Assess_Comp",
            "assessments authorised in year within 45 working days of their start", "assessments authorised in year (every kind, as the CIN census counts them)",
            Year, Polarity.HigherIsBetter, MeasureUnit.Percent, PublishedMeasures.AssessmentsWithin45WorkingDaysPercent),
        new(Section47, "Section 47 enquiries", null, null, "section 47 enquiries started in year", null, Year, Polarity.Neither, MeasureUnit.Count,
            PublishedMeasures.Section47),
        new(Section47Rate, "Section 47 enquiries per 10,000 children", null, "Section_47", "section 47 enquiries started in year", Pop, Year,
            Polarity.Neither, MeasureUnit.RatePer10000, PublishedMeasures.Section47Rate),
        new(Icpc, "Initial child protection conferences", null, null, "initial conferences held in year (transfer-in conferences not counted)", null,
            Year, Polarity.Neither, MeasureUnit.Count, PublishedMeasures.Icpc),
        new(IcpcRate, "Initial child protection conferences per 10,000 children", null, "ISCP_Conf", "initial conferences held in year", Pop, Year,
            Polarity.Neither, MeasureUnit.RatePer10000, PublishedMeasures.IcpcRate),
        new(IcpcWithin15WorkingDaysPercent, "ICPCs within 15 working days of the strategy discussion (%)", null, "CP_conf_15days",
            "initial conferences in year held 0–15 working days after the strategy discussion that started the section 47 enquiry",
            "initial conferences held in year", Year, Polarity.HigherIsBetter, MeasureUnit.Percent, PublishedMeasures.IcpcWithin15WorkingDaysPercent,
            Note: "Transfer-in conferences are left out of the denominator: they follow another authority's plan, not a strategy discussion here."),
        new(CppStarts, "Child protection plans starting", null, null, "plans starting in year", null, Year, Polarity.Neither, MeasureUnit.Count,
            PublishedMeasures.CppStarts),
        new(CppSubsequentPercent, "Plans that are a second or subsequent plan (%)", 65, "PrevRegCPR",
            "plans starting in year for a child who had a plan before, however long ago", "plans starting in year", Year, Polarity.LowerIsBetter,
            MeasureUnit.Percent, PublishedMeasures.CppSubsequentPercent),
        new(CppAt31March, "Children on a child protection plan at 31 March", null, "CPP_Num", "plans open at 31 March (started on or before, not ended on or before)",
            null, At31, Polarity.Neither, MeasureUnit.Count, PublishedMeasures.CppAt31March),
        new(CppRate, "Child protection plans per 10,000 children", null, "CPP_rate", "plans open at 31 March", Pop, At31, Polarity.Neither,
            MeasureUnit.RatePer10000, PublishedMeasures.CppRate),
        new(CppEnding2YearsPercent, "Plans ending that lasted 2 years or more (%)", 64, "CPPlans2yrs",
            "plans ending in year that lasted 730 days or more (more than 729)", "plans ending in year", Year, Polarity.LowerIsBetter,
            MeasureUnit.Percent, PublishedMeasures.CppEnding2YearsPercent),
        new(Cpp2YearsAt31MarchPercent, "Plans at 31 March open 2 years or more (%)", null, "CPPlans2yrsActive",
            "plans open at 31 March that started 730 days or more before it", "plans open at 31 March", At31, Polarity.LowerIsBetter,
            MeasureUnit.Percent, PublishedMeasures.Cpp2YearsAt31MarchPercent),
        new(CppReviewsOnTimePercent, "Child protection cases reviewed within timescales (%)", 67, "RevCP",
            "children on a plan at 31 March for 3 months or more whose every review was on time (first within 3 months, then at most 6 months apart)",
            "children on a plan at 31 March for 3 months or more", At31, Polarity.HigherIsBetter, MeasureUnit.Percent,
            PublishedMeasures.CppReviewsOnTimePercent, Note: "A review due before 31 March and not held counts as late."),
        new(ClaAt31March, "Children looked after at 31 March", null, "LACnum", "children looked after at 31 March (short breaks V3/V4 left out)", null,
            At31, Polarity.Neither, MeasureUnit.Count, PublishedMeasures.ClaAt31March),
        new(ClaRate, "Children looked after per 10,000 children", null, "LAC", "children looked after at 31 March", Pop, At31, Polarity.Neither,
            MeasureUnit.RatePer10000, PublishedMeasures.ClaRate),
        new(ClaReviewsOnTimePercent, "Looked-after children reviewed within timescales (%)", 66, null,
            "periods of care with a review due in year whose reviews due in year were all held by the due date",
            "periods of care (short breaks left out) with a review due in year", Year, Polarity.HigherIsBetter, MeasureUnit.Percent,
            WorkingDefinition: true,
            Note: "Working definition (official NI 66 definition not found): reg 33 — first review within 20 working days, second within 3 months, then 6-monthly; a review due before 31 March and not held is late. Counted per period of care, with no monthly breakdown."),
        new(Cla3PlusPlacementsPercent, "Looked after children with 3 or more placements in the year (%)", 62, "LACStable_2016on",
            "children looked after at 31 March with 3 or more placements during the year (the one held on 1 April counts)", "children looked after at 31 March",
            At31, Polarity.LowerIsBetter, MeasureUnit.Percent, PublishedMeasures.Cla3PlusPlacementsPercent),
        new(ClaLongTermStabilityPercent, "Long-term placement stability (%)", 63, "LAC_LongStable%",
            "of those, in the same placement 2 years or more, or placed for adoption (A3–A6) where the adoptive and previous placement together last 2 years",
            "children under 16 at 31 March looked after continuously for 2.5 years or more", At31, Polarity.HigherIsBetter, MeasureUnit.Percent,
            PublishedMeasures.ClaLongTermStabilityPercent),
        new(Caseload, "Children allocated per worker with a case at 30 September", null, "Work_Force_AvgNumCase_SW",
            "children allocated to a worker on 30 September before the year end", "workers with at least one allocated child that day",
            IndicatorPeriod.At30September, Polarity.LowerIsBetter, MeasureUnit.Ratio, PublishedMeasures.Caseload,
            Note: "Counts heads, not FTE: DfE divides cases by case-holding FTE. Denominator drill-down lists worker ids, not child ids."),
    ];

    private static readonly Dictionary<string, IndicatorDefinition> ById = All.ToDictionary(i => i.Id, StringComparer.OrdinalIgnoreCase);

    public static IndicatorDefinition Get(string id) =>
        ById.TryGetValue(id, out var i) ? i : throw new KeyNotFoundException($"No indicator '{id}'.");
}
