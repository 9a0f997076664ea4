namespace Safeguard.Core.Returns.Cin.Rules;

/// <summary>100: ReferenceDate must be present and be 31 March of the census year.</summary>
public sealed class Rule100() : HeaderRule("100")
{
    public override void Check(CinHeader header, CensusContext context, List<Finding> findings)
    {
        if (header.ReferenceDate != context.ExpectedReferenceDate) findings.Add(Found(""));
    }
}
