namespace Safeguard.Core.Returns.Cin.Rules;

/// <summary>A CIN validation rule: its DfE code, severity and wording.</summary>
public interface ICinRule
{
    string Code { get; }

    RuleSeverity Severity { get; }

    /// <summary>The DfE module the rule belongs to (CINdetails, Assessments…).</summary>
    string Module { get; }

    /// <summary>The fields the rule looks at, ';'-separated as DfE lists them.</summary>
    string Fields { get; }

    string Message { get; }
}

/// <summary>Base for rules: takes the wording from the year's rule text unless a rule gives its own.</summary>
public abstract class CinRule : ICinRule
{
    protected CinRule(string code)
    {
        Code = code;
        (Severity, Module, Fields, Message) = CinRuleText.For2025To26[code];
    }

    public string Code { get; }
    public RuleSeverity Severity { get; }
    public string Module { get; }
    public string Fields { get; }
    public string Message { get; }

    protected Finding Found(string childId, int? episode = null, int? item = null) =>
        new(Code, Severity, childId, Fields, Message, FindingLocation.CinDetails(episode, item));

    protected Finding Found(CensusChild child, int? episode = null, int? item = null) =>
        Found(child.LaChildId, episode, item);

    /// <summary>A finding of this rule about a child (or "" for the LA as a whole).</summary>
    internal Finding FindingFor(string childId) => Found(childId);

    public override string ToString() => Code;
}

/// <summary>A rule about one child's own record; runs once per child in the streaming pass.</summary>
public abstract class ChildRule(string code) : CinRule(code)
{
    public abstract void Check(CensusChild child, CensusContext context, List<Finding> findings);
}

/// <summary>A rule about the header.</summary>
public abstract class HeaderRule(string code) : CinRule(code)
{
    public abstract void Check(CinHeader header, CensusContext context, List<Finding> findings);
}

/// <summary>
/// A rule across children (duplicates, LA-level percentages). It sees every child once, keeping only what it needs
/// (a hash set, a counter), then reports at the end — linear, never child against child.
/// </summary>
public abstract class CensusRule(string code) : CinRule(code)
{
    public abstract ICensusRuleRun Begin(CensusContext context);
}

/// <summary>One run of a <see cref="CensusRule"/> over one file.</summary>
public interface ICensusRuleRun
{
    void Observe(CensusChild child, List<Finding> findings);

    void Finish(List<Finding> findings);
}
