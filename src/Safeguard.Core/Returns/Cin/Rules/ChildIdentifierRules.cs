using System.Collections.Frozen;

namespace Safeguard.Core.Returns.Cin.Rules;

/// <summary>1510: the UPN's first character must be the check letter of characters 2–13.</summary>
public sealed class Rule1510() : ChildRule("1510")
{
    private const string CheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        if (child.Identifiers.Upn is not { Length: 13 } upn) return;
        if (!ChildHelpers.AllDigits(upn.AsSpan(1, 11))) return; // 1540 reports that
        var sum = 0;
        for (var i = 1; i < 12; i++) sum += (upn[i] - '0') * (i + 1);
        var last = upn[12];
        // A temporary UPN ends in a letter, which counts as its position in the check-letter table.
        var lastValue = char.IsAsciiDigit(last) ? last - '0' : CheckLetters.IndexOf(char.ToUpperInvariant(last), StringComparison.Ordinal);
        if (lastValue < 0) return; // 1550 reports that
        sum += lastValue * 13;
        if (char.ToUpperInvariant(upn[0]) != CheckLetters[sum % 23]) findings.Add(Found(child));
    }
}

/// <summary>1530: UPN characters 2–4 must be an LA (or pseudo-LA) code recognised since April 1998.</summary>
public sealed class Rule1530() : ChildRule("1530")
{
    private static readonly FrozenSet<string> LaCodes = BuildLaCodes();

    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        if (child.Identifiers.Upn is { Length: 13 } upn && !LaCodes.Contains(upn.Substring(1, 3))) findings.Add(Found(child));
    }

    // The DfE list as of 2023-24 (which added 942 and 943).
    private static FrozenSet<string> BuildLaCodes()
    {
        var codes = new List<int>();
        void Range(int from, int to) { for (var i = from; i <= to; i++) codes.Add(i); }
        Range(1, 5); Range(201, 213); Range(301, 320); Range(330, 336); Range(340, 344); Range(350, 359);
        Range(370, 373); Range(380, 384); Range(390, 394); Range(660, 681); Range(701, 708); Range(800, 803);
        Range(805, 808); Range(810, 813); Range(820, 823); Range(835, 839); Range(850, 852); Range(855, 857);
        Range(865, 896); Range(935, 938); Range(940, 941);
        codes.AddRange([420, 815, 816, 825, 826, 830, 831, 840, 841, 845, 846, 860, 861, 908, 909, 916, 919, 921, 925, 926, 928, 929, 931, 933, 942, 943]);
        return codes.Select(c => c.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)).ToFrozenSet(StringComparer.Ordinal);
    }
}

/// <summary>1540: UPN characters 5–12 must all be digits.</summary>
public sealed class Rule1540() : ChildRule("1540")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        if (child.Identifiers.Upn is { Length: 13 } upn && !ChildHelpers.AllDigits(upn.AsSpan(4, 8))) findings.Add(Found(child));
    }
}

/// <summary>1550: UPN character 13 must be a digit or a letter A–Z other than I, O and S.</summary>
public sealed class Rule1550() : ChildRule("1550")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        if (child.Identifiers.Upn is { Length: 13 } upn && !char.IsAsciiDigit(upn[12]) && !ChildHelpers.IsUpnLetter(char.ToUpperInvariant(upn[12])))
            findings.Add(Found(child));
    }
}

/// <summary>1560Q: a Former UPN must be a letter, eleven digits, then a digit or letter.</summary>
public sealed class Rule1560Q() : ChildRule("1560Q")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        if (child.Identifiers.FormerUpn is not { } upn) return;
        var ok = upn.Length == 13
            && ChildHelpers.IsUpnLetter(char.ToUpperInvariant(upn[0]))
            && ChildHelpers.AllDigits(upn.AsSpan(1, 11))
            && (char.IsAsciiDigit(upn[12]) || ChildHelpers.IsUpnLetter(char.ToUpperInvariant(upn[12])));
        if (!ok) findings.Add(Found(child));
    }
}

/// <summary>1570: LAchildID no longer than 20 characters (from 2024-25).</summary>
public sealed class Rule1570() : ChildRule("1570")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        if (child.LaChildId.Length > 20) findings.Add(Found(child));
    }
}

/// <summary>1580: LAchildID letters and digits only (from 2024-25).</summary>
public sealed class Rule1580() : ChildRule("1580")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        foreach (var c in child.LaChildId)
        {
            if (char.IsAsciiLetterOrDigit(c)) continue;
            findings.Add(Found(child));
            return;
        }
    }
}

/// <summary>4180: Sex present and M, F or U (from 2024-25; GenderCurrent before).</summary>
public sealed class Rule4180() : ChildRule("4180")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        if (child.Identifiers.Sex is not { } sex || !CinCodes.Sex.Contains(sex)) findings.Add(Found(child));
    }
}

/// <summary>8500: LAchildID present.</summary>
public sealed class Rule8500() : ChildRule("8500")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        if (string.IsNullOrWhiteSpace(child.LaChildId)) findings.Add(Found(child));
    }
}

/// <summary>8520: date of birth on or before the reference date.</summary>
public sealed class Rule8520() : ChildRule("8520")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        if (child.Identifiers.PersonBirthDate > context.ReferenceDate) findings.Add(Found(child));
    }
}

/// <summary>8525Q: exactly one of date of birth and expected date of birth.</summary>
public sealed class Rule8525Q() : ChildRule("8525Q")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        var id = child.Identifiers;
        if (id.PersonBirthDate.HasValue == id.ExpectedPersonBirthDate.HasValue) findings.Add(Found(child));
    }
}

/// <summary>8530Q: an expected date of birth should fall between 1 March and 31 December of the census-end year.</summary>
public sealed class Rule8530Q() : ChildRule("8530Q")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        if (child.Identifiers.ExpectedPersonBirthDate is not { } expected) return;
        var year = context.ReferenceDate.Year;
        if (expected < new DateOnly(year, 3, 1) || expected > new DateOnly(year, 12, 31)) findings.Add(Found(child));
    }
}

/// <summary>8535Q: date of death not before date of birth.</summary>
public sealed class Rule8535Q() : ChildRule("8535Q")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        var id = child.Identifiers;
        if (id.PersonDeathDate < id.PersonBirthDate) findings.Add(Found(child));
    }
}

/// <summary>8545Q: a date of death should fall within the census year.</summary>
public sealed class Rule8545Q() : ChildRule("8545Q")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        if (child.Identifiers.PersonDeathDate is { } death && !context.InCensusYear(death)) findings.Add(Found(child));
    }
}

/// <summary>8590: every child has at least one CINdetails.</summary>
public sealed class Rule8590() : ChildRule("8590")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        if (child.CinDetails.Count == 0) findings.Add(Found(child));
    }
}

/// <summary>8750: an unborn child (no date of birth) must have Sex U.</summary>
public sealed class Rule8750() : ChildRule("8750")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        var id = child.Identifiers;
        if (id.PersonBirthDate is null && id.Sex != "U") findings.Add(Found(child));
    }
}

/// <summary>
/// 8770Q: a school-age child referred for further action needs a UPN or a reason UN2–UN7 (UN1, "not of school age",
/// does not fit).
/// </summary>
public sealed class Rule8770Q() : ChildRule("8770Q")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        var id = child.Identifiers;
        if (id.PersonBirthDate is not { } born || born > context.SchoolAgeBornOnOrBefore) return;
        if (id.Upn is not null || !child.HasFurtherActionReferral()) return;
        var reason = id.UpnUnknown?.ToUpperInvariant();
        if (reason is null || reason == "UN1" || !CinCodes.UpnUnknown.Contains(reason)) findings.Add(Found(child));
    }
}

/// <summary>8772: UPNunknown UN7 (referral with no further action) but a referral went on to further action.</summary>
public sealed class Rule8772() : ChildRule("8772")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        if (child.Identifiers.UpnUnknown == "UN7" && child.HasFurtherActionReferral()) findings.Add(Found(child));
    }
}

/// <summary>8775Q: a child 25 or over at the end of an episode (its closure, or the reference date if open).</summary>
public sealed class Rule8775Q() : ChildRule("8775Q")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        if (child.Identifiers.PersonBirthDate is not { } born) return;
        var turns25 = born.AddYears(25);
        for (var i = 0; i < child.CinDetails.Count; i++)
        {
            var end = child.CinDetails[i].CinClosureDate ?? context.ReferenceDate;
            if (end < turns25) continue;
            findings.Add(Found(child, i + 1));
            return;
        }
    }
}
