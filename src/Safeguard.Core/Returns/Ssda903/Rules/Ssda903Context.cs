namespace Safeguard.Core.Returns.Ssda903.Rules;

/// <summary>The return under validation with the lookups rules share, built once: header by child, episodes by child.</summary>
public sealed class Ssda903Context
{
    public Ssda903Context(Ssda903Return data, Ssda903Year year)
    {
        ArgumentNullException.ThrowIfNull(data);
        Return = data;
        Year = year;
        var header = new Dictionary<string, HeaderRow>(StringComparer.Ordinal);
        foreach (var h in data.Header) header.TryAdd(h.Child, h);
        HeaderByChild = header;
        var grouped = new Dictionary<string, (List<EpisodeRow> Rows, List<int> Lines)>(StringComparer.Ordinal);
        for (var i = 0; i < data.Episodes.Count; i++)
        {
            var e = data.Episodes[i];
            if (!grouped.TryGetValue(e.Child, out var g)) grouped[e.Child] = g = ([], []);
            g.Rows.Add(e);
            g.Lines.Add(i + 2);
        }
        var byChild = new Dictionary<string, ChildEpisodes>(StringComparer.Ordinal);
        foreach (var (child, (rows, lines)) in grouped)
        {
            var order = Enumerable.Range(0, rows.Count).OrderBy(i => rows[i].Decom ?? DateOnly.MaxValue).ThenBy(i => i).ToList();
            byChild[child] = new ChildEpisodes(child, header.GetValueOrDefault(child)?.Dob,
                [.. order.Select(i => rows[i])], [.. order.Select(i => lines[i])]);
        }
        EpisodesByChild = byChild;
    }

    public Ssda903Return Return { get; }
    public Ssda903Year Year { get; }
    public IReadOnlyDictionary<string, HeaderRow> HeaderByChild { get; }
    public IReadOnlyDictionary<string, ChildEpisodes> EpisodesByChild { get; }

    public DateOnly? DobOf(string child) => HeaderByChild.GetValueOrDefault(child)?.Dob;

    public static int? AgeOn(DateOnly? dob, DateOnly? date) => dob is { } d && date is { } on ? Ssda903Codes.AgeOn(d, on) : null;
}
