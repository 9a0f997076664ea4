using Safeguard.Core.Clock;
using Safeguard.Core.Shared;

namespace Safeguard.Core.Workforce;

/// <summary>
/// A local authority's children's services: its DfE codes, and how its statutory clocks run (which Working
/// Together rule set, whether bank holidays count as working days).
/// </summary>
public sealed class Authority
{
    private Authority() { }

    public Authority(string laCode, string name, string? onsCode, string ruleSet, WorkingDayConvention convention)
    {
        Id = Ids.New();
        LaCode = laCode.Length == 3 && laCode.All(char.IsAsciiDigit) ? laCode
            : throw new JourneyRuleException("The LA code is the DfE's three-digit code, like 886 for Kent", nameof(LaCode));
        Name = Guard.Required(name, "the authority's name", nameof(Name), 100);
        OnsCode = onsCode;
        RuleSet = ruleSet;
        WorkingDays = convention;
    }

    public Guid Id { get; private set; }

    /// <summary>The DfE three-digit LA code (the census's LEA).</summary>
    public string LaCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>The ONS nine-character code (E10000016 for Kent).</summary>
    public string? OnsCode { get; private set; }

    /// <summary>"WT2010" or "WT2023".</summary>
    public string RuleSet { get; private set; } = "WT2023";

    public WorkingDayConvention WorkingDays { get; private set; }

    public void UseRuleSet(string ruleSet, WorkingDayConvention convention)
    {
        RuleSet = ruleSet is "WT2010" or "WT2023" ? ruleSet : throw new JourneyRuleException("Choose Working Together 2010 or 2023", nameof(RuleSet));
        WorkingDays = convention;
    }
}
