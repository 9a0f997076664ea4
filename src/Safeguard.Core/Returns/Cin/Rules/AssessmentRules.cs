namespace Safeguard.Core.Returns.Cin.Rules;

/// <summary>Base for rules judged one assessment at a time; reports episode and assessment numbers.</summary>
public abstract class AssessmentRule(string code) : ChildRule(code)
{
    public sealed override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        for (var i = 0; i < child.CinDetails.Count; i++)
        {
            var e = child.CinDetails[i];
            for (var j = 0; j < e.Assessments.Count; j++)
                if (Fails(e, e.Assessments[j], context)) findings.Add(Found(child, i + 1, j + 1));
        }
    }

    protected abstract bool Fails(CinDetails episode, Assessment assessment, CensusContext context);
}

/// <summary>1103: assessment not started before the referral.</summary>
public sealed class Rule1103() : AssessmentRule("1103")
{
    protected override bool Fails(CinDetails e, Assessment a, CensusContext context) => a.ActualStartDate < e.CinReferralDate;
}

/// <summary>8608: assessment start not after its completion.</summary>
public sealed class Rule8608() : AssessmentRule("8608")
{
    protected override bool Fails(CinDetails e, Assessment a, CensusContext context) => a.ActualStartDate > a.AuthorisationDate;
}

/// <summary>8614: factors only on a completed assessment.</summary>
public sealed class Rule8614() : AssessmentRule("8614")
{
    protected override bool Fails(CinDetails e, Assessment a, CensusContext context) => a.Factors.Count > 0 && a.AuthorisationDate is null;
}

/// <summary>8670Q: an open assessment started more than 45 working days before the reference date.</summary>
public sealed class Rule8670Q() : AssessmentRule("8670Q")
{
    protected override bool Fails(CinDetails e, Assessment a, CensusContext context) =>
        a.AuthorisationDate is null && a.ActualStartDate < context.AssessmentOverdueBefore;
}

/// <summary>8696: a completion date within the census year.</summary>
public sealed class Rule8696() : AssessmentRule("8696")
{
    protected override bool Fails(CinDetails e, Assessment a, CensusContext context) =>
        a.AuthorisationDate is { } d && !context.InCensusYear(d);
}

/// <summary>8736: an assessment still open at the year end must have started within the census year.</summary>
public sealed class Rule8736() : AssessmentRule("8736")
{
    protected override bool Fails(CinDetails e, Assessment a, CensusContext context) =>
        a.AuthorisationDate is null && a.ActualStartDate is { } d && !context.InCensusYear(d);
}

/// <summary>8869: factor 21 (no factors identified) stands alone.</summary>
public sealed class Rule8869() : AssessmentRule("8869")
{
    protected override bool Fails(CinDetails e, Assessment a, CensusContext context) => a.Factors.Count > 1 && a.Factors.Contains("21");
}

/// <summary>8897Q: a completed assessment in the year should record at least one valid factor.</summary>
public sealed class Rule8897Q() : AssessmentRule("8897Q")
{
    protected override bool Fails(CinDetails e, Assessment a, CensusContext context)
    {
        if (a.AuthorisationDate is not { } done || !context.InCensusYear(done)) return false;
        foreach (var f in a.Factors)
            if (CinCodes.AssessmentFactors.Contains(f)) return false;
        return true;
    }
}

/// <summary>8898: the same factor twice on one assessment.</summary>
public sealed class Rule8898() : AssessmentRule("8898")
{
    protected override bool Fails(CinDetails e, Assessment a, CensusContext context)
    {
        var f = a.Factors;
        for (var i = 1; i < f.Count; i++)
            for (var j = 0; j < i; j++)
                if (f[i] == f[j]) return true;
        return false;
    }
}

/// <summary>8945Q: factor 18A is retired (use 18B or 18C).</summary>
public sealed class Rule8945Q() : AssessmentRule("8945Q")
{
    protected override bool Fails(CinDetails e, Assessment a, CensusContext context) => a.Factors.Contains("18A");
}

/// <summary>8950Q: factor 19A is retired (use 19B or 19C).</summary>
public sealed class Rule8950Q() : AssessmentRule("8950Q")
{
    protected override bool Fails(CinDetails e, Assessment a, CensusContext context) => a.Factors.Contains("19A");
}

/// <summary>8873Q: a closed episode whose only assessment found no factors (21) should close as RC8 or RC9.</summary>
public sealed class Rule8873Q() : EpisodeRule("8873Q")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context) =>
        e.CinClosureDate is not null
        && e.Assessments.Count == 1
        && e.Assessments[0].AuthorisationDate is not null
        && e.Assessments[0].Factors.Contains("21")
        && !CinCodes.IsClosedAfterAssessment(e.ReasonForClosure);
}

/// <summary>8896: at most one open assessment per episode.</summary>
public sealed class Rule8896() : EpisodeRule("8896")
{
    protected override bool Fails(CensusChild child, CinDetails e, CensusContext context)
    {
        var open = 0;
        foreach (var a in e.Assessments)
            if (a.AuthorisationDate is null && ++open > 1) return true;
        return false;
    }
}

/// <summary>8863Q: an assessment should not start while another of the child's assessments is still under way.</summary>
public sealed class Rule8863Q() : ChildRule("8863Q")
{
    public override void Check(CensusChild child, CensusContext context, List<Finding> findings)
    {
        for (var i = 0; i < child.CinDetails.Count; i++)
        {
            var assessments = child.CinDetails[i].Assessments;
            for (var j = 0; j < assessments.Count; j++)
            {
                if (assessments[j].ActualStartDate is not { } start) continue;
                if (!StartsDuringAnother(child, start, i, j)) continue;
                findings.Add(Found(child, i + 1, j + 1));
            }
        }
    }

    private static bool StartsDuringAnother(CensusChild child, DateOnly start, int episode, int index)
    {
        for (var i = 0; i < child.CinDetails.Count; i++)
        {
            var assessments = child.CinDetails[i].Assessments;
            for (var j = 0; j < assessments.Count; j++)
            {
                if (i == episode && j == index) continue;
                if (assessments[j].ActualStartDate is not { } otherStart) continue;
                var otherEnd = assessments[j].AuthorisationDate ?? DateOnly.MaxValue;
                if (otherStart < start && start < otherEnd) return true;
                if (otherStart == start && (i < episode || (i == episode && j < index))) return true;
            }
        }
        return false;
    }
}
