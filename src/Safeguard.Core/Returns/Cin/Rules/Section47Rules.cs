namespace Safeguard.Core.Returns.Cin.Rules;

/// <summary>Base for rules judged one S47 enquiry at a time; reports episode and S47 numbers.</summary>
public abstract class Section47Rule(string code) : ChildRule(code)
{
    public sealed override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        for (var i = 0; i < child.CinDetails.Count; i++)
        {
            var e = child.CinDetails[i];
            for (var j = 0; j < e.Section47s.Count; j++)
                if (Fails(e, e.Section47s[j], context)) findings.Add(Found(child, i + 1, j + 1));
        }
    }

    protected abstract bool Fails(CinDetails episode, Section47Enquiry s47, CensusContext context);

    /// <summary>Still awaiting its conference: no ICPC date and not marked "ICPC not required".</summary>
    protected static bool AwaitingConference(Section47Enquiry s) => s.DateOfInitialCpc is null && s.IcpcNotRequired != true;
}

/// <summary>2889: an S47 does not start before the referral.</summary>
public sealed class Rule2889() : Section47Rule("2889")
{
    protected override bool Fails(CinDetails e, Section47Enquiry s, CensusContext context) => s.ActualStartDate < e.CinReferralDate;
}

/// <summary>1104: no initial conference (S47 or CINdetails level) before the referral.</summary>
public sealed class Rule1104() : EpisodeRule("1104")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context)
    {
        if (e.CinReferralDate is not { } referred) return false;
        if (e.DateOfInitialCpc < referred) return true;
        foreach (var s in e.Section47s)
            if (s.DateOfInitialCpc < referred) return true;
        return false;
    }
}

/// <summary>8615: an S47 start date present and not after its initial conference.</summary>
public sealed class Rule8615() : Section47Rule("8615")
{
    protected override bool Fails(CinDetails e, Section47Enquiry s, CensusContext context) =>
        s.ActualStartDate is not { } start || start > s.DateOfInitialCpc;
}

/// <summary>8675Q: an S47 awaiting its conference that started more than 15 working days before the reference date.</summary>
/// <remarks>
/// The DfE wording ("should not be before ReferenceDate minus 15 working days") is followed; the Python validator
/// compares the other way round. Only ICPCnotRequired = 0/false counts, as DfE says.
/// </remarks>
public sealed class Rule8675Q() : Section47Rule("8675Q")
{
    protected override bool Fails(CinDetails e, Section47Enquiry s, CensusContext context) =>
        s.DateOfInitialCpc is null && s.IcpcNotRequired == false && s.ActualStartDate < context.Section47OverdueBefore;
}

/// <summary>8715: an initial conference date (S47 or CINdetails level) within the census year.</summary>
public sealed class Rule8715() : EpisodeRule("8715")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context)
    {
        if (e.DateOfInitialCpc is { } own && !context.InCensusYear(own)) return true;
        foreach (var s in e.Section47s)
            if (s.DateOfInitialCpc is { } d && !context.InCensusYear(d)) return true;
        return false;
    }
}

/// <summary>8740: an S47 still awaiting its conference at the year end must have started within the census year.</summary>
public sealed class Rule8740() : Section47Rule("8740")
{
    protected override bool Fails(CinDetails e, Section47Enquiry s, CensusContext context) =>
        AwaitingConference(s) && s.ActualStartDate is { } d && !context.InCensusYear(d);
}

/// <summary>8870Q: the ICPC target date should not be a weekend.</summary>
public sealed class Rule8870Q() : Section47Rule("8870Q")
{
    protected override bool Fails(CinDetails e, Section47Enquiry s, CensusContext context) =>
        s.InitialCpcTarget is { } d && ChildHelpers.IsWeekend(d);
}

/// <summary>8875: an initial conference (S47 or CINdetails level) is not held at a weekend.</summary>
public sealed class Rule8875() : EpisodeRule("8875")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context)
    {
        if (e.DateOfInitialCpc is { } own && ChildHelpers.IsWeekend(own)) return true;
        foreach (var s in e.Section47s)
            if (s.DateOfInitialCpc is { } d && ChildHelpers.IsWeekend(d)) return true;
        return false;
    }
}

/// <summary>8839: at most one S47 per episode awaiting its conference.</summary>
public sealed class Rule8839() : EpisodeRule("8839")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context)
    {
        var open = 0;
        foreach (var s in e.Section47s)
            if (s.DateOfInitialCpc is null && s.IcpcNotRequired != true && ++open > 1) return true;
        return false;
    }
}

/// <summary>
/// 8890: an S47 must not start while another of the child's S47s is under way (from its start to its conference,
/// or with no end while it still awaits one).
/// </summary>
public sealed class Rule8890() : ChildRule("8890")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        for (var i = 0; i < child.CinDetails.Count; i++)
        {
            var list = child.CinDetails[i].Section47s;
            for (var j = 0; j < list.Count; j++)
            {
                if (list[j].ActualStartDate is not { } start || !StartsDuringAnother(child, start, i, j)) continue;
                findings.Add(Found(child, i + 1, j + 1));
            }
        }
    }

    private static bool StartsDuringAnother(CensusChild child, DateOnly start, int episode, int index)
    {
        for (var i = 0; i < child.CinDetails.Count; i++)
        {
            var list = child.CinDetails[i].Section47s;
            for (var j = 0; j < list.Count; j++)
            {
                if (i == episode && j == index) continue;
                var other = list[j];
                if (other.ActualStartDate is not { } otherStart) continue;
                var otherEnd = other.DateOfInitialCpc ?? (other.IcpcNotRequired == true ? otherStart : DateOnly.MaxValue);
                if (otherStart < start && start < otherEnd) return true;
                if (otherStart == start && (i < episode || (i == episode && j < index))) return true;
            }
        }
        return false;
    }
}
