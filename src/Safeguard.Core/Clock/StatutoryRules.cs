namespace Safeguard.Core.Clock;

/// <summary>
/// The rule lists behind <see cref="StatutoryRuleSet"/>. Sources: docs/domain-reference.md §1 (tags in brackets).
/// </summary>
internal static class StatutoryRules
{
    private const string Wt2010 = "Working Together 2010";
    private const string Wt2023 = "Working Together 2023";

    private const string Reg33 =
        "Care Planning, Placement and Case Review (England) Regulations 2010, reg 33 (in force 1 April 2011) [REG33]";

    private const string Reg28 = "Care Planning, Placement and Case Review (England) Regulations 2010, reg 28(2) [REG28]";

    public static IReadOnlyList<StatutoryRule> WorkingTogether2010() =>
    [
        ReferralDecision(Wt2010, "Working Together to Safeguard Children 2010: decision on the response within one working day of receipt [LGI2234, TRIX]"),
        new(RuleIds.InitialAssessment, "Initial assessment", 10, ClockUnit.WorkingDays, "the referral",
            "Working Together to Safeguard Children 2010 (initial assessment within a maximum of 10 working days) [COV10, CC12, LGI2234]", Wt2010,
            Note: "The NI 59 indicator measures a stricter 7 working days: see rule initial-assessment-ni59."),
        new(RuleIds.InitialAssessmentNi59, "Initial assessment within the NI 59 threshold", 7, ClockUnit.WorkingDays, "the referral",
            "National Indicator 59 and the Framework for the Assessment of Children in Need 2000 (7 working days) [FL08, TES09]", Wt2010,
            RuleKind.IndicatorThreshold,
            "A performance-indicator threshold, not the statutory maximum (10 working days); some authorities kept 7 locally."),
        new(RuleIds.CoreAssessment, "Core assessment", 35, ClockUnit.WorkingDays, "the start of the core assessment",
            "Working Together to Safeguard Children 2010 and the Framework for Assessment 2000 (maximum 35 working days; NI 60) [NSCB, CC12, FL08]", Wt2010,
            Note: "Where a section 47 enquiry is under way, the core assessment starts with it."),
        .. Shared(Wt2010, "Working Together to Safeguard Children 2010"),
    ];

    public static IReadOnlyList<StatutoryRule> WorkingTogether2023() =>
    [
        ReferralDecision(Wt2023, "Working Together to Safeguard Children 2023: decision on the response within one working day of receipt [LGI2234, TRIX, LEX13]"),
        new(RuleIds.SingleAssessment, "Child and family assessment", 45, ClockUnit.WorkingDays, "the start of the assessment",
            "Working Together to Safeguard Children 2023 (maximum 45 working days; single assessment since 15 April 2013) [PO45, LEX13]", Wt2023,
            Note: "Guidance counts from the point of referral; the CIN census (and the DfE 'within 45 working days' measure) "
                + "counts AssessmentActualStartDate to AssessmentAuthorisationDate, which is what this rule counts from. "
                + "Reasons must be recorded if it is exceeded."),
        .. Shared(Wt2023, "Working Together to Safeguard Children 2023"),
    ];

    private static StatutoryRule ReferralDecision(string set, string source) =>
        new(RuleIds.ReferralDecision, "Decision on the referral", 1, ClockUnit.WorkingDays, "receipt of the referral", source, set,
            Note: "Decide the type of response and acknowledge the referrer.");

    // Child protection and looked-after-children timescales did not change between the 2010 and 2023 guidance.
    private static IEnumerable<StatutoryRule> Shared(string set, string guidance) =>
    [
        new(RuleIds.InitialChildProtectionConference, "Initial child protection conference", 15, ClockUnit.WorkingDays, "the strategy discussion",
            $"{guidance} (within 15 working days of the strategy discussion) [NSCB, WARR; LAIT CP_conf_15days]", set,
            Note: "If there was more than one strategy discussion, count from the one at which the section 47 enquiry was initiated."),
        new(RuleIds.FirstCoreGroup, "First core group meeting", 10, ClockUnit.WorkingDays, "the initial child protection conference",
            $"{guidance}; local safeguarding partnership procedures (within 10 working days of the ICPC) [SEF, MED]", set),
        new(RuleIds.FirstChildProtectionReview, "First child protection review conference", 3, ClockUnit.CalendarMonths,
            "the initial child protection conference",
            $"{guidance} (first review within 3 months of the ICPC) [SUSX; LAIT RevCP]", set),
        new(RuleIds.LaterChildProtectionReview, "Child protection review conference", 6, ClockUnit.CalendarMonths, "the previous review conference",
            $"{guidance} (later reviews at intervals of no more than 6 months) [SUSX; LAIT RevCP]", set),
        new(RuleIds.FirstLookedAfterReview, "First looked-after child review", 20, ClockUnit.WorkingDays, "the child becoming looked after",
            $"{Reg33}(1)", set),
        new(RuleIds.SecondLookedAfterReview, "Second looked-after child review", 3, ClockUnit.CalendarMonths, "the first review",
            $"{Reg33}(2)", set),
        new(RuleIds.LaterLookedAfterReview, "Looked-after child review", 6, ClockUnit.CalendarMonths, "the previous review",
            $"{Reg33}(2)-(3)", set, Note: "Earlier if the IRO asks or the care plan changes significantly."),
        new(RuleIds.VisitAfterPlacementStart, "Statutory visit after a placement starts", 1, ClockUnit.Weeks, "the start of the placement",
            Reg28, set, Note: "Applies to the start of any placement."),
        new(RuleIds.VisitFirstYearOfPlacement, "Statutory visit (first year of the placement)", 6, ClockUnit.Weeks, "the previous visit",
            Reg28, set, Note: "Intervals of no more than 6 weeks during the first year of the placement."),
        new(RuleIds.VisitPermanentPlacement, "Statutory visit (placement intended to last until 18)", 3, ClockUnit.CalendarMonths, "the previous visit",
            Reg28, set, Note: "After the first year, where the placement is intended to last until the child is 18."),
        new(RuleIds.VisitOtherPlacement, "Statutory visit (after the first year of the placement)", 6, ClockUnit.Weeks, "the previous visit",
            Reg28, set, Note: "After the first year, for placements not intended to last until 18. Special cases (reg 28(3)-(5)) are not modelled."),
    ];
}
