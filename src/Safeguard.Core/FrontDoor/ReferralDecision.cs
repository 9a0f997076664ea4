namespace Safeguard.Core.FrontDoor;

/// <summary>What the front door decides to do with a referral, within one working day.</summary>
public enum ReferralDecision
{
    /// <summary>No further action by children's social care (the census's ReferralNFA).</summary>
    NoFurtherAction,

    /// <summary>Passed to early help: no further action by children's social care.</summary>
    EarlyHelp,

    /// <summary>An assessment of the child's needs.</summary>
    Assessment,

    /// <summary>Reasonable cause to suspect significant harm: a strategy discussion.</summary>
    StrategyDiscussion,
}

public static class ReferralDecisionText
{
    public static string Describe(this ReferralDecision decision) => decision switch
    {
        ReferralDecision.NoFurtherAction => "No further action",
        ReferralDecision.EarlyHelp => "Early help",
        ReferralDecision.Assessment => "Assessment",
        ReferralDecision.StrategyDiscussion => "Strategy discussion",
        _ => decision.ToString(),
    };
}
