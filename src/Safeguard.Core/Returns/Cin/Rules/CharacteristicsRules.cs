namespace Safeguard.Core.Returns.Cin.Rules;

/// <summary>4220: ethnicity present and a valid code.</summary>
public sealed class Rule4220() : ChildRule("4220")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        if (child.Characteristics.Ethnicity is not { } e || !CinCodes.Ethnicity.Contains(e)) findings.Add(Found(child));
    }
}

/// <summary>
/// 8540: every disability code must be valid, and a born child referred for further action must have at least one
/// (NONE when the child has no disability).
/// </summary>
public sealed class Rule8540() : ChildRule("8540")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        var disabilities = child.Characteristics.Disabilities;
        foreach (var d in disabilities)
        {
            if (CinCodes.Disability.Contains(d)) continue;
            findings.Add(Found(child));
            return;
        }
        if (disabilities.Count == 0 && child.Identifiers.PersonBirthDate is not null && child.HasFurtherActionReferral())
            findings.Add(Found(child));
    }
}

/// <summary>8790: NONE cannot sit beside another disability.</summary>
public sealed class Rule8790() : ChildRule("8790")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        var disabilities = child.Characteristics.Disabilities;
        if (disabilities.Count > 1 && disabilities.Contains("NONE")) findings.Add(Found(child));
    }
}

/// <summary>8794: the same disability code twice.</summary>
public sealed class Rule8794() : ChildRule("8794")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        var d = child.Characteristics.Disabilities;
        for (var i = 1; i < d.Count; i++)
            for (var j = 0; j < i; j++)
                if (d[i] == d[j]) { findings.Add(Found(child)); return; }
    }
}
