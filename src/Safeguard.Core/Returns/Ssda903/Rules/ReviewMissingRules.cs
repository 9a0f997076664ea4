namespace Safeguard.Core.Returns.Ssda903.Rules;

/// <summary>166: a review date is given.</summary>
public sealed class Rule166() : ReviewRule("166")
{
    protected override bool Fails(ReviewRow r, Ssda903Context c) => r.Review is null;
}

/// <summary>167: participation is PN0–PN7.</summary>
public sealed class Rule167() : ReviewRule("167")
{
    protected override bool Fails(ReviewRow r, Ssda903Context c) => !Ssda903Codes.ReviewParticipation.Contains(r.ReviewCode ?? "");
}

/// <summary>440: PN0 (under 4) for a child 4 or over at the review.</summary>
public sealed class Rule440() : ReviewRule("440")
{
    protected override bool Fails(ReviewRow r, Ssda903Context c) => r.ReviewCode == "PN0" && Ssda903Context.AgeOn(r.Dob, r.Review) >= 4;
}

/// <summary>441: PN1–PN7 for a child under 4 at the review.</summary>
public sealed class Rule441() : ReviewRule("441")
{
    protected override bool Fails(ReviewRow r, Ssda903Context c) =>
        r.ReviewCode is { } code && code != "PN0" && Ssda903Codes.ReviewParticipation.Contains(code) && Ssda903Context.AgeOn(r.Dob, r.Review) < 4;
}

/// <summary>1004: a missing episode has a start date.</summary>
public sealed class Rule1004() : MissingRule("1004")
{
    protected override bool Fails(MissingRow r, Ssda903Context c) => r.MisStart is null;
}

/// <summary>1006: MISSING is M or A when given (blank is 565/566's).</summary>
public sealed class Rule1006() : MissingRule("1006")
{
    protected override bool Fails(MissingRow r, Ssda903Context c) => r.Missing is { } m && !Ssda903Codes.MissingType.Contains(m);
}

/// <summary>565: a start date without whether missing or away.</summary>
public sealed class Rule565() : MissingRule("565")
{
    protected override bool Fails(MissingRow r, Ssda903Context c) => r.MisStart is not null && r.Missing is null;
}

/// <summary>566: an end date without whether missing or away.</summary>
public sealed class Rule566() : MissingRule("566")
{
    protected override bool Fails(MissingRow r, Ssda903Context c) => r.MisEnd is not null && r.Missing is null;
}

/// <summary>567: ends before it starts.</summary>
public sealed class Rule567() : MissingRule("567")
{
    protected override bool Fails(MissingRow r, Ssda903Context c) => r.MisEnd < r.MisStart;
}

/// <summary>570: starts after the year ends.</summary>
public sealed class Rule570() : MissingRule("570")
{
    protected override bool Fails(MissingRow r, Ssda903Context c) => r.MisStart > c.Year.End;
}

/// <summary>571: ends outside the year.</summary>
public sealed class Rule571() : MissingRule("571")
{
    protected override bool Fails(MissingRow r, Ssda903Context c) => r.MisEnd is { } e && !c.Year.Contains(e);
}

/// <summary>586: starts before the child was born.</summary>
public sealed class Rule586() : MissingRule("586")
{
    protected override bool Fails(MissingRow r, Ssda903Context c) => r.MisStart < (c.DobOf(r.Child) ?? r.Dob);
}

/// <summary>Base for missing rules that need the child's episodes.</summary>
public abstract class MissingInCareRule(string code) : MissingRule(code)
{
    protected sealed override bool Fails(MissingRow r, Ssda903Context c) =>
        c.EpisodesByChild.TryGetValue(r.Child, out var eps) && Fails(r, eps, c);

    protected abstract bool Fails(MissingRow r, ChildEpisodes eps, Ssda903Context c);

    /// <summary>The last episode's end when it ended care (REC other than X1), or null while looked after.</summary>
    protected static EpisodeRow? Ceased(ChildEpisodes eps) => eps.Rows[^1] is { Dec: not null, Rec: not null and not "X1" } last ? last : null;
}

/// <summary>575: missing from a placement that then ended, with no end date to the missing episode.</summary>
public sealed class Rule575() : MissingInCareRule("575")
{
    protected override bool Fails(MissingRow r, ChildEpisodes eps, Ssda903Context c) =>
        r.MisStart is { } s && r.MisEnd is null && eps.Rows.Any(e => e.Decom <= s && e.Dec is { } d && d >= s);
}

/// <summary>577: care ended with a missing episode still open.</summary>
public sealed class Rule577() : MissingInCareRule("577")
{
    protected override bool Fails(MissingRow r, ChildEpisodes eps, Ssda903Context c) =>
        r.MisEnd is null && r.MisStart is not null && Ceased(eps) is { } last && r.MisStart <= last.Dec;
}

/// <summary>578: missing starts after the child ceased to be looked after.</summary>
public sealed class Rule578() : MissingInCareRule("578")
{
    protected override bool Fails(MissingRow r, ChildEpisodes eps, Ssda903Context c) => Ceased(eps) is { } last && r.MisStart > last.Dec;
}

/// <summary>580: missing on the day care ended, but the reason care ended is not E8.</summary>
public sealed class Rule580() : MissingInCareRule("580")
{
    protected override bool Fails(MissingRow r, ChildEpisodes eps, Ssda903Context c) =>
        Ceased(eps) is { } last && r.MisStart <= last.Dec && (r.MisEnd is null || r.MisEnd > last.Dec) && last.Rec != "E8";
}

/// <summary>581: missing before the child's first episode in the return began.</summary>
public sealed class Rule581() : MissingInCareRule("581")
{
    protected override bool Fails(MissingRow r, ChildEpisodes eps, Ssda903Context c) => r.MisStart < eps.Rows[0].Decom;
}

/// <summary>574: a child's missing episodes do not overlap, and a new one cannot start while one is open.</summary>
public sealed class Rule574() : Ssda903Rule("574")
{
    public override void Check(Ssda903Context context, List<Finding> findings)
    {
        var rows = context.Return.Missing;
        foreach (var child in Enumerable.Range(0, rows.Count).Where(i => rows[i].MisStart is not null).GroupBy(i => rows[i].Child, StringComparer.Ordinal))
        {
            var ordered = child.OrderBy(i => rows[i].MisStart).ToList();
            for (var k = 1; k < ordered.Count; k++)
            {
                var prev = rows[ordered[k - 1]];
                if (prev.MisEnd is null || rows[ordered[k]].MisStart < prev.MisEnd)
                    findings.Add(Found(child.Key, Ssda903Tables.Missing.FileName, ordered[k] + 2));
            }
        }
    }
}
