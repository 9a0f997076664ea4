namespace Safeguard.Core.Returns.Cin.Rules;

/// <summary>Base for rules judged one CINdetails at a time; reports the episode's 1-based number.</summary>
public abstract class EpisodeRule(string code) : ChildRule(code)
{
    public sealed override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        var episodes = child.CinDetails;
        for (var i = 0; i < episodes.Count; i++)
            if (Fails(child, episodes[i], context)) findings.Add(Found(child, i + 1));
    }

    protected abstract bool Fails(CensusChild child, CinDetails episode, CensusContext context);
}

/// <summary>8568: ReferralNFA present and 0/1 (true/false accepted from older systems).</summary>
public sealed class Rule8568() : EpisodeRule("8568")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context) => e.ReferralNfa is null;
}

/// <summary>8569Q: a referral from before the census year (less one working day) cannot be a no-further-action referral.</summary>
public sealed class Rule8569Q() : EpisodeRule("8569Q")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context) =>
        e.ReferralNfa == true && e.CinReferralDate < context.NfaReferralBefore;
}

/// <summary>8555Q: no referral after the child's death.</summary>
public sealed class Rule8555Q() : EpisodeRule("8555Q")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context) =>
        e.CinReferralDate > child.Identifiers.PersonDeathDate;
}

/// <summary>8585Q: closure reason RC2 (died) needs a date of death.</summary>
public sealed class Rule8585Q() : EpisodeRule("8585Q")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context) =>
        e.ReasonForClosure == "RC2" && child.Identifiers.PersonDeathDate is null;
}

/// <summary>8600: referral date present and not after the reference date.</summary>
public sealed class Rule8600() : EpisodeRule("8600")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context) =>
        e.CinReferralDate is not { } d || d > context.ReferenceDate;
}

/// <summary>8606: a referral no more than 40 weeks before the (expected) date of birth.</summary>
public sealed class Rule8606() : EpisodeRule("8606")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context) =>
        (child.Identifiers.PersonBirthDate ?? child.Identifiers.ExpectedPersonBirthDate) is { } born
        && e.CinReferralDate < born.AddDays(-280);
}

/// <summary>8610: a referral going on to further action needs a primary need code.</summary>
public sealed class Rule8610() : EpisodeRule("8610")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context) =>
        e.ReferralNfa == false && e.PrimaryNeedCode is null;
}

/// <summary>8620: a closure date falls within the census year.</summary>
public sealed class Rule8620() : EpisodeRule("8620")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context) =>
        e.CinClosureDate is { } d && !context.InCensusYear(d);
}

/// <summary>8630: closure not before referral.</summary>
public sealed class Rule8630() : EpisodeRule("8630")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context) => e.CinClosureDate < e.CinReferralDate;
}

/// <summary>8640: a reason for closure is a valid code.</summary>
public sealed class Rule8640() : EpisodeRule("8640")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context) =>
        e.ReasonForClosure is { } r && !CinCodes.ReasonForClosure.Contains(r);
}

/// <summary>8650: a primary need code is valid.</summary>
public sealed class Rule8650() : EpisodeRule("8650")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context) =>
        e.PrimaryNeedCode is { } n && !CinCodes.PrimaryNeed.Contains(n);
}

/// <summary>8805: a closure date needs a reason.</summary>
public sealed class Rule8805() : EpisodeRule("8805")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context) =>
        e.CinClosureDate is not null && e.ReasonForClosure is null;
}

/// <summary>8810: a reason needs a closure date.</summary>
public sealed class Rule8810() : EpisodeRule("8810")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context) =>
        e.ReasonForClosure is not null && e.CinClosureDate is null;
}

/// <summary>8816: an open further-action episode must be the child's latest referral.</summary>
public sealed class Rule8816() : EpisodeRule("8816")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context)
    {
        if (e.CinClosureDate is not null || e.ReferralNfa != false || e.CinReferralDate is not { } referred) return false;
        foreach (var other in child.CinDetails)
            if (other.CinReferralDate > referred) return true;
        return false;
    }
}

/// <summary>8825Q: RC8/RC9 (closed after assessment) with no assessment on the episode.</summary>
public sealed class Rule8825Q() : EpisodeRule("8825Q")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context) =>
        CinCodes.IsClosedAfterAssessment(e.ReasonForClosure) && e.Assessments.Count == 0;
}

/// <summary>8831: no assessment or S47 activity on a referral with no further action.</summary>
public sealed class Rule8831() : EpisodeRule("8831")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context)
    {
        if (e.ReferralNfa != true) return false;
        if (e.DateOfInitialCpc is not null) return true;
        foreach (var a in e.Assessments)
            if (a.ActualStartDate is not null || a.AuthorisationDate is not null) return true;
        foreach (var s in e.Section47s)
            if (s.ActualStartDate is not null || s.DateOfInitialCpc is not null) return true;
        return false;
    }
}

/// <summary>8832: no child protection plan on a referral with no further action.</summary>
public sealed class Rule8832() : EpisodeRule("8832")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context) =>
        e.ReferralNfa == true && e.ChildProtectionPlans.Count > 0;
}

/// <summary>4000: no CIN plan on a referral with no further action.</summary>
public sealed class Rule4000() : EpisodeRule("4000")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context) =>
        e.ReferralNfa == true && e.CinPlans.Count > 0;
}

/// <summary>8866: referral source present and valid (required for referrals from 1 April 2013).</summary>
public sealed class Rule8866() : EpisodeRule("8866")
{
    private static readonly DateOnly Required = new(2013, 4, 1);

    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context) => e.ReferralSource is { } source
        ? !CinCodes.ReferralSource.Contains(source)
        : e.CinReferralDate is not { } d || d >= Required;
}

/// <summary>8867: a closed episode cannot hold an assessment with no completion date.</summary>
public sealed class Rule8867() : EpisodeRule("8867")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context)
    {
        if (e.CinClosureDate is null) return false;
        foreach (var a in e.Assessments)
            if (a.AuthorisationDate is null) return true;
        return false;
    }
}

/// <summary>8868: a closed episode cannot hold an S47 with neither an ICPC date nor "ICPC not required".</summary>
public sealed class Rule8868() : EpisodeRule("8868")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context)
    {
        if (e.CinClosureDate is null) return false;
        foreach (var s in e.Section47s)
            if (s.DateOfInitialCpc is null && s.IcpcNotRequired != true) return true;
        return false;
    }
}

/// <summary>2990: no plans, S47s or conferences on an episode closed after assessment (RC8/RC9).</summary>
public sealed class Rule2990() : EpisodeRule("2990")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context) =>
        CinCodes.IsClosedAfterAssessment(e.ReasonForClosure)
        && (e.CinPlans.Count > 0 || e.Section47s.Count > 0 || e.ChildProtectionPlans.Count > 0 || e.DateOfInitialCpc is not null);
}

/// <summary>2991Q: an S47 on an episode with no assessment.</summary>
public sealed class Rule2991Q() : EpisodeRule("2991Q")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context) =>
        e.Section47s.Count > 0 && e.Assessments.Count == 0;
}

/// <summary>2884: an ICPC recorded on an S47 must not be recorded again at CINdetails level.</summary>
public sealed class Rule2884() : EpisodeRule("2884")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context)
    {
        if (e.DateOfInitialCpc is null) return false;
        foreach (var s in e.Section47s)
            if (s.DateOfInitialCpc is not null) return true;
        return false;
    }
}

/// <summary>8565: nothing (assessment, S47, conference, plan) dated after the episode's closure.</summary>
public sealed class Rule8565() : EpisodeRule("8565")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context)
    {
        if (e.CinClosureDate is not { } closed) return false;
        if (e.DateOfInitialCpc > closed) return true;
        foreach (var a in e.Assessments)
            if (a.ActualStartDate > closed || a.AuthorisationDate > closed) return true;
        foreach (var s in e.Section47s)
            if (s.ActualStartDate > closed || s.DateOfInitialCpc > closed) return true;
        foreach (var c in e.ChildProtectionPlans)
            if (c.EndDate > closed) return true;
        foreach (var p in e.CinPlans)
            if (p.StartDate > closed || p.EndDate > closed) return true;
        return false;
    }
}

/// <summary>2883: no more child protection plans starting in the year than initial conferences held in it.</summary>
public sealed class Rule2883() : EpisodeRule("2883")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context)
    {
        var plans = 0;
        foreach (var c in e.ChildProtectionPlans)
            if (c.StartDate is { } d && context.InCensusYear(d)) plans++;
        if (plans == 0) return false;
        var conferences = e.DateOfInitialCpc is { } own && context.InCensusYear(own) ? 1 : 0;
        foreach (var s in e.Section47s)
            if (s.DateOfInitialCpc is { } d && context.InCensusYear(d)) conferences++;
        return plans > conferences;
    }
}

/// <summary>8815: at most one open further-action episode per child.</summary>
public sealed class Rule8815() : ChildRule("8815")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        var open = 0;
        for (var i = 0; i < child.CinDetails.Count; i++)
        {
            var e = child.CinDetails[i];
            if (e.CinClosureDate is null && e.ReferralNfa == false && ++open == 2)
            {
                findings.Add(Found(child, i + 1));
                return;
            }
        }
    }
}

/// <summary>8820: a child's episodes must not overlap (a referral on the day another closes is fine).</summary>
public sealed class Rule8820() : ChildRule("8820")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        var episodes = child.CinDetails;
        if (episodes.Count < 2) return;
        // Children have a handful of episodes: compare each pair rather than sort.
        for (var i = 0; i < episodes.Count; i++)
        {
            if (episodes[i].CinReferralDate is not { } start) continue;
            for (var j = 0; j < episodes.Count; j++)
            {
                if (i == j || episodes[j].CinReferralDate is not { } otherStart) continue;
                var otherEnd = episodes[j].CinClosureDate ?? DateOnly.MaxValue;
                var overlaps = otherStart < start ? start < otherEnd : otherStart == start && j < i;
                if (!overlaps) continue;
                findings.Add(Found(child, i + 1));
                return;
            }
        }
    }
}
