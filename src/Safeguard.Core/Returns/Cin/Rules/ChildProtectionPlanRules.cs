namespace Safeguard.Core.Returns.Cin.Rules;

/// <summary>Base for rules judged one child protection plan at a time; reports episode and plan numbers.</summary>
public abstract class ProtectionPlanRule(string code) : ChildRule(code)
{
    public sealed override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        for (var i = 0; i < child.CinDetails.Count; i++)
        {
            var e = child.CinDetails[i];
            for (var j = 0; j < e.ChildProtectionPlans.Count; j++)
                if (Fails(child, e, e.ChildProtectionPlans[j], context)) findings.Add(Found(child, i + 1, j + 1));
        }
    }

    protected abstract bool Fails(CensusChild child, CinDetails episode, ChildProtectionPlan plan, CensusContext context);
}

/// <summary>1105: a child protection plan does not start before the referral.</summary>
public sealed class Rule1105() : ProtectionPlanRule("1105")
{
    protected override bool Fails(CensusChild child, CinDetails e, ChildProtectionPlan c, CensusContext context) => c.StartDate < e.CinReferralDate;
}

/// <summary>2885: a plan starting in the year starts on the day of an initial conference in its episode.</summary>
public sealed class Rule2885() : ProtectionPlanRule("2885")
{
    protected override bool Fails(CensusChild child, CinDetails e, ChildProtectionPlan c, CensusContext context)
    {
        if (c.StartDate is not { } start || !context.InCensusYear(start)) return false;
        if (e.DateOfInitialCpc == start) return false;
        foreach (var s in e.Section47s)
            if (s.DateOfInitialCpc == start) return false;
        return true;
    }
}

/// <summary>8720: a plan start date present and not after the reference date.</summary>
public sealed class Rule8720() : ProtectionPlanRule("8720")
{
    protected override bool Fails(CensusChild child, CinDetails e, ChildProtectionPlan c, CensusContext context) =>
        c.StartDate is not { } d || d > context.ReferenceDate;
}

/// <summary>8730: number of previous plans present.</summary>
public sealed class Rule8730() : ProtectionPlanRule("8730")
{
    protected override bool Fails(CensusChild child, CinDetails e, ChildProtectionPlan c, CensusContext context) => c.NumberOfPreviousCpp is null;
}

/// <summary>8840: a plan does not start and end on the same day.</summary>
public sealed class Rule8840() : ProtectionPlanRule("8840")
{
    protected override bool Fails(CensusChild child, CinDetails e, ChildProtectionPlan c, CensusContext context) =>
        c.EndDate is not null && c.EndDate == c.StartDate;
}

/// <summary>8841: reviews come after the plan's start day.</summary>
public sealed class Rule8841() : ProtectionPlanRule("8841")
{
    protected override bool Fails(CensusChild child, CinDetails e, ChildProtectionPlan c, CensusContext context)
    {
        if (c.StartDate is not { } start) return false;
        foreach (var r in c.ReviewDates)
            if (r <= start) return true;
        return false;
    }
}

/// <summary>8842Q: a review recorded without a date.</summary>
public sealed class Rule8842Q() : ProtectionPlanRule("8842Q")
{
    protected override bool Fails(CensusChild child, CinDetails e, ChildProtectionPlan c, CensusContext context)
    {
        foreach (var r in c.ReviewDates)
            if (r is null) return true;
        return false;
    }
}

/// <summary>8905: initial category of abuse present and valid.</summary>
public sealed class Rule8905() : ProtectionPlanRule("8905")
{
    protected override bool Fails(CensusChild child, CinDetails e, ChildProtectionPlan c, CensusContext context) =>
        c.InitialCategoryOfAbuse is not { } cat || !CinCodes.CategoryOfAbuse.Contains(cat);
}

/// <summary>8910: latest category of abuse present and valid.</summary>
public sealed class Rule8910() : ProtectionPlanRule("8910")
{
    protected override bool Fails(CensusChild child, CinDetails e, ChildProtectionPlan c, CensusContext context) =>
        c.LatestCategoryOfAbuse is not { } cat || !CinCodes.CategoryOfAbuse.Contains(cat);
}

/// <summary>8915: a plan does not start after the child's death.</summary>
public sealed class Rule8915() : ProtectionPlanRule("8915")
{
    protected override bool Fails(CensusChild child, CinDetails e, ChildProtectionPlan c, CensusContext context) =>
        c.StartDate > child.Identifiers.PersonDeathDate;
}

/// <summary>8920: a plan does not end after the child's death.</summary>
public sealed class Rule8920() : ProtectionPlanRule("8920")
{
    protected override bool Fails(CensusChild child, CinDetails e, ChildProtectionPlan c, CensusContext context) =>
        c.EndDate > child.Identifiers.PersonDeathDate;
}

/// <summary>8925: a plan does not end before it starts.</summary>
public sealed class Rule8925() : ProtectionPlanRule("8925")
{
    protected override bool Fails(CensusChild child, CinDetails e, ChildProtectionPlan c, CensusContext context) => c.EndDate < c.StartDate;
}

/// <summary>8930: a plan end date within the census year.</summary>
public sealed class Rule8930() : ProtectionPlanRule("8930")
{
    protected override bool Fails(CensusChild child, CinDetails e, ChildProtectionPlan c, CensusContext context) =>
        c.EndDate is { } d && !context.InCensusYear(d);
}

/// <summary>8935: at most one open child protection plan per child.</summary>
public sealed class Rule8935() : ChildRule("8935")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        var open = 0;
        for (var i = 0; i < child.CinDetails.Count; i++)
            foreach (var c in child.CinDetails[i].ChildProtectionPlans)
                if (c.EndDate is null && ++open == 2) { findings.Add(Found(child, i + 1)); return; }
    }
}

/// <summary>8940: a child's protection plans must not overlap (one may start the day another ends).</summary>
public sealed class Rule8940() : ChildRule("8940")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        var plans = new List<(DateOnly Start, DateOnly End, int Episode)>();
        for (var i = 0; i < child.CinDetails.Count; i++)
            foreach (var c in child.CinDetails[i].ChildProtectionPlans)
                if (c.StartDate is { } s) plans.Add((s, c.EndDate ?? DateOnly.MaxValue, i + 1));
        if (Overlap.FirstOverlap(plans) is { } episode) findings.Add(Found(child, episode));
    }
}
