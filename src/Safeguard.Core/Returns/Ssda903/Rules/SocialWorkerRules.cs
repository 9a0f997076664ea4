namespace Safeguard.Core.Returns.Ssda903.Rules;

/// <summary>SW01aSTG1: each social worker episode has an ID and a start date.</summary>
public sealed class RuleSw01a() : SwEpisodeRule("SW01aSTG1")
{
    protected override bool Fails(SwEpisodeRow r, Ssda903Context c) => r.SwId is null || r.SwDecom is null;
}

/// <summary>SW02STG1: SW_ID starts SW (Social Work England number) or XX.</summary>
public sealed class RuleSw02() : SwEpisodeRule("SW02STG1")
{
    protected override bool Fails(SwEpisodeRow r, Ssda903Context c) =>
        r.SwId is { } id && !id.StartsWith("SW", StringComparison.Ordinal) && !id.StartsWith("XX", StringComparison.Ordinal);
}

/// <summary>SW06STG2: starts on or before the end of the year.</summary>
public sealed class RuleSw06() : SwEpisodeRule("SW06STG2")
{
    protected override bool Fails(SwEpisodeRow r, Ssda903Context c) => r.SwDecom > c.Year.End;
}

/// <summary>SW07STG2: an end date falls within the year.</summary>
public sealed class RuleSw07() : SwEpisodeRule("SW07STG2")
{
    protected override bool Fails(SwEpisodeRow r, Ssda903Context c) => r.SwDec is { } d && !c.Year.Contains(d);
}

/// <summary>SW09STG2: ends the day it starts.</summary>
public sealed class RuleSw09() : SwEpisodeRule("SW09STG2")
{
    protected override bool Fails(SwEpisodeRow r, Ssda903Context c) => r.SwDecom is not null && r.SwDec <= r.SwDecom;
}

/// <summary>SW13STG1: a reason for change, when given, is a valid code.</summary>
public sealed class RuleSw13() : SwEpisodeRule("SW13STG1")
{
    protected override bool Fails(SwEpisodeRow r, Ssda903Context c) => r.SwReason is { } s && !Ssda903Codes.SocialWorkerChange.Contains(s);
}

/// <summary>Base for rules comparing a child's social worker episodes in start order.</summary>
public abstract class SwSequenceRule(string code) : Ssda903Rule(code)
{
    public sealed override void Check(Ssda903Context context, List<Finding> findings)
    {
        var rows = context.Return.SwEpisodes;
        foreach (var child in Enumerable.Range(0, rows.Count).Where(i => rows[i].SwDecom is not null).GroupBy(i => rows[i].Child, StringComparer.Ordinal))
        {
            // Start date, then end date with open episodes last (the DfE validator's order): a file listing a one-day
            // episode after the episode starting the same day is judged the same as one listing it before.
            var ordered = child.OrderBy(i => rows[i].SwDecom).ThenBy(i => rows[i].SwDec ?? DateOnly.MaxValue).ToList();
            for (var k = 1; k < ordered.Count; k++)
                if (Fails(rows[ordered[k - 1]], rows[ordered[k]])) findings.Add(Found(child.Key, Ssda903Tables.SwEpisodes.FileName, ordered[k] + 2));
        }
    }

    protected abstract bool Fails(SwEpisodeRow previous, SwEpisodeRow row);
}

/// <summary>SW08STG2: a new episode started while the previous one has no end date.</summary>
public sealed class RuleSw08() : SwSequenceRule("SW08STG2")
{
    protected override bool Fails(SwEpisodeRow previous, SwEpisodeRow row) => previous.SwDec is null;
}

/// <summary>
/// SW10STG2: a new episode started before the previous one ended. Starting on the day the previous one ended is a
/// handover, not an overlap ("started before the end date" in the rule text).
/// </summary>
public sealed class RuleSw10() : SwSequenceRule("SW10STG2")
{
    protected override bool Fails(SwEpisodeRow previous, SwEpisodeRow row) => row.SwDecom < previous.SwDec;
}

/// <summary>SW17STG2: a child looked after at 31 March has a social worker episode open at 31 March.</summary>
public sealed class RuleSw17() : Ssda903Rule("SW17STG2")
{
    public override void Check(Ssda903Context context, List<Finding> findings)
    {
        var open = context.Return.SwEpisodes.Where(s => s.SwDecom <= context.Year.End && s.SwDec is null)
            .Select(s => s.Child).ToHashSet(StringComparer.Ordinal);
        foreach (var child in context.EpisodesByChild.Values)
        {
            var last = child.Rows[^1];
            if (last.Decom <= context.Year.End && last.Dec is null && !Ssda903Codes.IsRespite(last.Ls) && !open.Contains(child.Child))
                findings.Add(Found(child.Child, Ssda903Tables.Episodes.FileName, child.Lines[^1]));
        }
    }
}
