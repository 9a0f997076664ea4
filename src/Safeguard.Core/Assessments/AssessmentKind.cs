namespace Safeguard.Core.Assessments;

public enum AssessmentKind
{
    /// <summary>The child and family (single) assessment, since Working Together 2013: 45 working days.</summary>
    Single,

    /// <summary>Working Together 2010's initial assessment: 10 working days from referral (7 for NI 59).</summary>
    Initial,

    /// <summary>Working Together 2010's core assessment: 35 working days from commencement.</summary>
    Core,
}

public enum AssessmentOutcome { NoFurtherAction, EarlyHelp, ChildInNeedPlan, StrategyDiscussion, LookedAfter, FurtherAssessment }

public static class AssessmentText
{
    public static string Describe(this AssessmentKind kind) => kind switch
    {
        AssessmentKind.Single => "child and family assessment",
        AssessmentKind.Initial => "initial assessment",
        AssessmentKind.Core => "core assessment",
        _ => kind.ToString(),
    };

    public static string Describe(this AssessmentOutcome outcome) => outcome switch
    {
        AssessmentOutcome.NoFurtherAction => "No further action",
        AssessmentOutcome.EarlyHelp => "Early help",
        AssessmentOutcome.ChildInNeedPlan => "Child in need plan",
        AssessmentOutcome.StrategyDiscussion => "Strategy discussion",
        AssessmentOutcome.LookedAfter => "Child to be looked after",
        AssessmentOutcome.FurtherAssessment => "Further assessment",
        _ => outcome.ToString(),
    };
}
