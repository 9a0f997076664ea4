using Safeguard.Core.People;

namespace Safeguard.Core.Returns.Ssda903.Rules;

/// <summary>101: SEX is M, F or U (2024-25 onwards).</summary>
public sealed class Rule101() : HeaderRule("101")
{
    protected override bool Fails(HeaderRow r, Ssda903Context c) => !Ssda903Codes.Sex.Contains(r.Sex ?? "");
}

/// <summary>102: a date of birth is given.</summary>
public sealed class Rule102() : HeaderRule("102")
{
    protected override bool Fails(HeaderRow r, Ssda903Context c) => r.Dob is null;
}

/// <summary>103: ETHNIC is one of the 20 codes.</summary>
public sealed class Rule103() : HeaderRule("103")
{
    protected override bool Fails(HeaderRow r, Ssda903Context c) => !Ssda903Codes.Ethnic.Contains(r.Ethnic ?? "");
}

/// <summary>168: a UPN is a valid 13-character UPN or one of UN1–UN5 (a blank UPN is 442's).</summary>
public sealed class Rule168() : HeaderRule("168")
{
    protected override bool Fails(HeaderRow r, Ssda903Context c) =>
        r.Upn is { } u && !Ssda903Codes.UpnUnknown.Contains(u) && !UniquePupilNumber.TryParse(u, out _);
}

/// <summary>209: UN1 (not of school age) for a child five or over at the start of the year.</summary>
public sealed class Rule209() : HeaderRule("209")
{
    protected override bool Fails(HeaderRow r, Ssda903Context c) => r.Upn == "UN1" && Ssda903Codes.IsSchoolAge(r.Dob, c.Year);
}

/// <summary>232: sex reported as unknown.</summary>
public sealed class Rule232() : HeaderRule("232")
{
    protected override bool Fails(HeaderRow r, Ssda903Context c) => r.Sex == "U";
}

/// <summary>301: born after the year ended.</summary>
public sealed class Rule301() : HeaderRule("301")
{
    protected override bool Fails(HeaderRow r, Ssda903Context c) => r.Dob > c.Year.End;
}

/// <summary>351: over 25 at the start of the year.</summary>
public sealed class Rule351() : HeaderRule("351")
{
    protected override bool Fails(HeaderRow r, Ssda903Context c) => r.Dob is { } d && d.AddYears(25) < c.Year.Start;
}

/// <summary>442: no UPN (nor UN code) for a child with episodes.</summary>
public sealed class Rule442() : HeaderRule("442")
{
    protected override bool Fails(HeaderRow r, Ssda903Context c) => r.Upn is null && c.EpisodesByChild.ContainsKey(r.Child);
}

/// <summary>210: UN4 (not yet obtained) for a child looked after for more than a week at 31 March.</summary>
public sealed class Rule210() : HeaderRule("210")
{
    protected override bool Fails(HeaderRow r, Ssda903Context c)
    {
        if (r.Upn != "UN4" || !c.EpisodesByChild.TryGetValue(r.Child, out var eps)) return false;
        // The period of care open at 31 March starts at its last S episode.
        var open = eps.Rows.Where(e => e.Decom <= c.Year.End && e.Dec is null).ToList();
        if (open.Count == 0) return false;
        var start = eps.Rows.LastOrDefault(e => e.Rne == "S" && e.Decom <= open[^1].Decom)?.Decom ?? open[^1].Decom;
        return start < c.Year.End.AddDays(-7);
    }
}

/// <summary>INT32: one header row per child.</summary>
public sealed class RuleInt32() : Ssda903Rule("INT32")
{
    public override void Check(Ssda903Context context, List<Finding> findings)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = context.Return.Header;
        for (var i = 0; i < rows.Count; i++)
            if (!seen.Add(rows[i].Child)) findings.Add(Found(rows[i].Child, Ssda903Tables.Header.FileName, i + 2));
    }
}

/// <summary>444: the same UPN (not an UN code) on more than one child.</summary>
public sealed class Rule444() : Ssda903Rule("444")
{
    public override void Check(Ssda903Context context, List<Finding> findings)
    {
        var rows = context.Return.Header;
        var counts = rows.Where(r => r.Upn is { } u && !Ssda903Codes.UpnUnknown.Contains(u))
            .GroupBy(r => r.Upn!, StringComparer.Ordinal).Where(g => g.Select(r => r.Child).Distinct().Count() > 1)
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
            if (rows[i].Upn is { } u && counts.Contains(u)) findings.Add(Found(rows[i].Child, Ssda903Tables.Header.FileName, i + 2));
    }
}

/// <summary>Internal checks: a child in another table must be in the header (INT03/04/08), with the same DOB (INT13/17).</summary>
public sealed class InHeaderRule<T>(string code, Ssda903Table<T> table, Func<Ssda903Return, IReadOnlyList<T>> rows, Func<T, string> child,
    Func<T, DateOnly?>? dob) : Ssda903Rule(code)
{
    public override void Check(Ssda903Context context, List<Finding> findings)
    {
        var list = rows(context.Return);
        for (var i = 0; i < list.Count; i++)
        {
            var id = child(list[i]);
            var inHeader = context.HeaderByChild.TryGetValue(id, out var h);
            var fails = dob is null ? !inHeader : inHeader && dob(list[i]) != h!.Dob;
            if (fails) findings.Add(Found(id, table.FileName, i + 2));
        }
    }
}
