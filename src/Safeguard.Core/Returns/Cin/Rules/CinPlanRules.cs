namespace Safeguard.Core.Returns.Cin.Rules;

/// <summary>Base for rules judged one CIN plan at a time; reports episode and plan numbers.</summary>
public abstract class CinPlanRule(string code) : ChildRule(code)
{
    public sealed override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        for (var i = 0; i < child.CinDetails.Count; i++)
        {
            var e = child.CinDetails[i];
            for (var j = 0; j < e.CinPlans.Count; j++)
                if (Fails(child, e, e.CinPlans[j], context)) findings.Add(Found(child, i + 1, j + 1));
        }
    }

    protected abstract bool Fails(CensusChild child, CinDetails episode, CinPlan plan, CensusContext context);

    /// <summary>Every child protection plan of the child, whatever its episode.</summary>
    protected static IEnumerable<ChildProtectionPlan> AllProtectionPlans(CensusChild child)
    {
        foreach (var e in child.CinDetails)
            foreach (var c in e.ChildProtectionPlans)
                yield return c;
    }
}

/// <summary>4008: a CIN plan does not start after the child's death.</summary>
public sealed class Rule4008() : CinPlanRule("4008")
{
    protected override bool Fails(CensusChild child, CinDetails e, CinPlan p, CensusContext context) =>
        p.StartDate > child.Identifiers.PersonDeathDate;
}

/// <summary>4009Q: a CIN plan does not end after the child's death.</summary>
public sealed class Rule4009Q() : CinPlanRule("4009Q")
{
    protected override bool Fails(CensusChild child, CinDetails e, CinPlan p, CensusContext context) =>
        p.EndDate > child.Identifiers.PersonDeathDate;
}

/// <summary>4010: a CIN plan start date present and not after the reference date.</summary>
public sealed class Rule4010() : CinPlanRule("4010")
{
    protected override bool Fails(CensusChild child, CinDetails e, CinPlan p, CensusContext context) =>
        p.StartDate is not { } d || d > context.ReferenceDate;
}

/// <summary>4011: a CIN plan does not end before it starts.</summary>
public sealed class Rule4011() : CinPlanRule("4011")
{
    protected override bool Fails(CensusChild child, CinDetails e, CinPlan p, CensusContext context) => p.EndDate < p.StartDate;
}

/// <summary>4012Q: a CIN plan starting and ending on the same day.</summary>
public sealed class Rule4012Q() : CinPlanRule("4012Q")
{
    protected override bool Fails(CensusChild child, CinDetails e, CinPlan p, CensusContext context) =>
        p.EndDate is not null && p.EndDate == p.StartDate;
}

/// <summary>4013: a CIN plan end date within the census year.</summary>
public sealed class Rule4013() : CinPlanRule("4013")
{
    protected override bool Fails(CensusChild child, CinDetails e, CinPlan p, CensusContext context) =>
        p.EndDate is { } d && !context.InCensusYear(d);
}

/// <summary>4015: a CIN plan does not start before the referral.</summary>
public sealed class Rule4015() : CinPlanRule("4015")
{
    protected override bool Fails(CensusChild child, CinDetails e, CinPlan p, CensusContext context) => p.StartDate < e.CinReferralDate;
}

/// <summary>4016: a CIN plan must not start while a child protection plan is open (starting the day it ends is fine).</summary>
public sealed class Rule4016() : CinPlanRule("4016")
{
    protected override bool Fails(CensusChild child, CinDetails e, CinPlan p, CensusContext context)
    {
        if (p.StartDate is not { } start) return false;
        foreach (var c in AllProtectionPlans(child))
            if (c.StartDate <= start && start < (c.EndDate ?? DateOnly.MaxValue)) return true;
        return false;
    }
}

/// <summary>4017: a child protection plan must not start while a CIN plan is open (unless on the CIN plan's end day).</summary>
public sealed class Rule4017() : CinPlanRule("4017")
{
    protected override bool Fails(CensusChild child, CinDetails e, CinPlan p, CensusContext context)
    {
        if (p.StartDate is not { } start) return false;
        var end = p.EndDate ?? context.ReferenceDate.AddDays(1);
        foreach (var c in AllProtectionPlans(child))
            if (c.StartDate is { } cppStart && start <= cppStart && cppStart < end) return true;
        return false;
    }
}

/// <summary>4003: no child protection review held while a CIN plan is open.</summary>
public sealed class Rule4003() : CinPlanRule("4003")
{
    protected override bool Fails(CensusChild child, CinDetails e, CinPlan p, CensusContext context)
    {
        if (p.StartDate is not { } start) return false;
        var end = p.EndDate ?? DateOnly.MaxValue;
        foreach (var c in AllProtectionPlans(child))
            foreach (var r in c.ReviewDates)
                // The review that ends the plan may step the child down to a CIN plan that day (DfE's exemption).
                if (r is { } review && start <= review && review < end && review != c.EndDate) return true;
        return false;
    }
}

/// <summary>4001: a CIN plan and a child protection plan cannot both be open (no end date).</summary>
public sealed class Rule4001() : CinPlanRule("4001")
{
    protected override bool Fails(CensusChild child, CinDetails e, CinPlan p, CensusContext context)
    {
        if (p.EndDate is not null) return false;
        foreach (var c in AllProtectionPlans(child))
            if (c.EndDate is null) return true;
        return false;
    }
}

/// <summary>4004: at most one open CIN plan per child.</summary>
public sealed class Rule4004() : ChildRule("4004")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        var open = 0;
        for (var i = 0; i < child.CinDetails.Count; i++)
            foreach (var p in child.CinDetails[i].CinPlans)
                if (p.EndDate is null && ++open == 2) { findings.Add(Found(child, i + 1)); return; }
    }
}

/// <summary>4014: a child's CIN plans must not overlap (one may start the day another ends).</summary>
public sealed class Rule4014() : ChildRule("4014")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        var plans = new List<(DateOnly Start, DateOnly End, int Episode)>();
        for (var i = 0; i < child.CinDetails.Count; i++)
            foreach (var p in child.CinDetails[i].CinPlans)
                if (p.StartDate is { } s) plans.Add((s, p.EndDate ?? DateOnly.MaxValue, i + 1));
        if (Overlap.FirstOverlap(plans) is { } episode) findings.Add(Found(child, episode));
    }
}

/// <summary>Overlap of date spans, for the handful of plans one child has.</summary>
internal static class Overlap
{
    /// <summary>The episode number of the first span that starts inside another, or null.</summary>
    public static int? FirstOverlap(List<(DateOnly Start, DateOnly End, int Episode)> spans)
    {
        if (spans.Count < 2) return null;
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var i = 1; i < spans.Count; i++)
        {
            var (start, _, episode) = spans[i];
            for (var j = 0; j < i; j++)
                if (start == spans[j].Start || start < spans[j].End) return episode;
        }
        return null;
    }
}
