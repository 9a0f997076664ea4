namespace Safeguard.Core.Returns.Ssda903.Rules;

/// <summary>142: a new episode started while the one before has no end date.</summary>
public sealed class Rule142() : EpisodeRule("142")
{
    protected override bool Fails(ChildEpisodes child, int i, Ssda903Context c) => child.Next(i) is not null && child.Rows[i].Dec is null;
}

/// <summary>501: a new episode started before the previous one ended.</summary>
public sealed class Rule501() : EpisodeRule("501")
{
    protected override bool Fails(ChildEpisodes child, int i, Ssda903Context c) => child.Previous(i) is { Dec: { } d } && child.Rows[i].Decom < d;
}

/// <summary>302: the first episode starts before the child was born.</summary>
public sealed class Rule302() : EpisodeRule("302")
{
    protected override bool Fails(ChildEpisodes child, int i, Ssda903Context c) => i == 0 && child.Rows[0].Decom < child.Dob;
}

/// <summary>
/// 357: the child's first episode must be RNE S. Judged only when that episode starts in the collection year: one that
/// started earlier continues a chain DfE holds from previous returns.
/// </summary>
public sealed class Rule357() : EpisodeRule("357")
{
    protected override bool Fails(ChildEpisodes child, int i, Ssda903Context c) =>
        i == 0 && child.Rows[0] is { Decom: { } d } e && c.Year.Contains(d) && e.Rne is not null && e.Rne != "S";
}

/// <summary>388: ended X1 (new episode begins) but no episode starts that day.</summary>
public sealed class Rule388() : EpisodeRule("388")
{
    protected override bool Fails(ChildEpisodes child, int i, Ssda903Context c) =>
        child.Rows[i] is { Rec: "X1", Dec: { } d } && !child.Rows.Any(e => e.Decom == d && !ReferenceEquals(e, child.Rows[i]));
}

/// <summary>431: RNE S although the previous episode ended that same day.</summary>
public sealed class Rule431() : EpisodeRule("431")
{
    protected override bool Fails(ChildEpisodes child, int i, Ssda903Context c) =>
        child.Rows[i].Rne == "S" && child.Previous(i) is { Dec: { } d } && d == child.Rows[i].Decom;
}

/// <summary>432: a continuation (RNE not S) after an episode that ended care (REC not X1).</summary>
public sealed class Rule432() : EpisodeRule("432")
{
    protected override bool Fails(ChildEpisodes child, int i, Ssda903Context c) =>
        child.Rows[i].Rne is not null and not "S" && child.Previous(i) is { Rec: not null and not "X1" };
}

/// <summary>433: a continuation (RNE not S) that does not start the day the last episode finished.</summary>
public sealed class Rule433() : EpisodeRule("433")
{
    protected override bool Fails(ChildEpisodes child, int i, Ssda903Context c) =>
        child.Rows[i].Rne is not null and not "S" && child.Previous(i) is { Dec: { } d } && child.Rows[i].Decom != d;
}

/// <summary>Base for 434–436: what changed between an episode and the one before it.</summary>
public abstract class ChangeRule(string code) : EpisodeRule(code)
{
    protected sealed override bool Fails(ChildEpisodes child, int i, Ssda903Context c)
    {
        if (child.Previous(i) is not { } prev || !Applies(child.Rows[i].Rne)) return false;
        var e = child.Rows[i];
        var legalStatusChanged = e.Ls != prev.Ls;
        var placementChanged = e.Place != prev.Place || e.PlPost != prev.PlPost || e.PlaceProvider != prev.PlaceProvider || e.Urn != prev.Urn;
        return Fails(legalStatusChanged, placementChanged);
    }

    protected abstract bool Applies(string? rne);

    protected abstract bool Fails(bool legalStatusChanged, bool placementChanged);
}

/// <summary>434: RNE L needs a new legal status and the same placement.</summary>
public sealed class Rule434() : ChangeRule("434")
{
    protected override bool Applies(string? rne) => rne == "L";
    protected override bool Fails(bool ls, bool place) => !ls || place;
}

/// <summary>435: RNE P or T needs the same legal status and a changed placement.</summary>
public sealed class Rule435() : ChangeRule("435")
{
    protected override bool Applies(string? rne) => rne is "P" or "T";
    protected override bool Fails(bool ls, bool place) => ls || !place;
}

/// <summary>436: RNE B or U needs both the legal status and the placement changed.</summary>
public sealed class Rule436() : ChangeRule("436")
{
    protected override bool Applies(string? rne) => rne is "B" or "U";
    protected override bool Fails(bool ls, bool place) => !ls || !place;
}

/// <summary>437: died (E2), aged 18+ (E15) or staying put (E17), yet later episodes.</summary>
public sealed class Rule437() : EpisodeRule("437")
{
    protected override bool Fails(ChildEpisodes child, int i, Ssda903Context c) => child.Rows[i].Rec is "E2" or "E15" or "E17" && child.Next(i) is not null;
}

/// <summary>504: the category of need stays what it was at the start of the period of care.</summary>
public sealed class Rule504() : EpisodeRule("504")
{
    protected override bool Fails(ChildEpisodes child, int i, Ssda903Context c)
    {
        if (child.Rows[i].Rne == "S") return false;
        for (var k = i - 1; k >= 0; k--)
            if (child.Rows[k].Rne == "S") return child.Rows[k].Cin != child.Rows[i].Cin;
        return false;
    }
}

/// <summary>390: adopted (E11, E12) from a placement that is not an adoption placement (A3–A6).</summary>
public sealed class Rule390() : EpisodeRule("390")
{
    protected override bool Fails(ChildEpisodes child, int i, Ssda903Context c) =>
        child.Rows[i].Rec is "E11" or "E12" && !Ssda903Codes.IsAdoptionPlacement(child.Rows[i].Place);
}

/// <summary>225: a placement that ended in a change of placement (next RNE P, T, U or B) needs its reason, unless temporary.</summary>
public sealed class Rule225() : EpisodeRule("225")
{
    protected override bool Fails(ChildEpisodes child, int i, Ssda903Context c) =>
        child.Rows[i] is { Rec: "X1", ReasonPlaceChange: null } e && !Ssda903Codes.IsTemporary(e.Place)
        && child.Next(i) is { Rne: "P" or "T" or "U" or "B" } next && next.Decom == e.Dec;
}

/// <summary>366: a short break (V3) cannot change placement part way through.</summary>
public sealed class Rule366() : EpisodeRule("366")
{
    protected override bool Fails(ChildEpisodes child, int i, Ssda903Context c) =>
        child.Rows[i] is { Ls: "V3", Rne: "P" or "T" or "U" or "B" } && child.Previous(i) is { Ls: "V3" };
}

/// <summary>377: at most two carer's-holiday placements (T3) starting in the year.</summary>
public sealed class Rule377() : EpisodeRule("377")
{
    protected override bool Fails(ChildEpisodes child, int i, Ssda903Context c)
    {
        static bool T3InYear(EpisodeRow e, Ssda903Context c) => e.Place == "T3" && e.Decom is { } d && c.Year.Contains(d);
        if (!T3InYear(child.Rows[i], c)) return false;
        var count = 0;
        for (var k = 0; k <= i; k++) if (T3InYear(child.Rows[k], c)) count++;
        return count > 2;
    }
}
