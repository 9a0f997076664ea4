namespace Safeguard.Core.Published;

public enum NeighbourModel
{
    /// <summary>DfE children's services statistical neighbours, May 2025 model.</summary>
    May2025,

    /// <summary>April 2021 groupings (after the Northamptonshire reorganisation); fallback for authorities absent from 2025.</summary>
    April2021,
}

public sealed record StatisticalNeighbour(int Position, LocalAuthority Authority, string Closeness);

/// <summary>The 10 statistical neighbours of an authority, in DfE's order (closest first).</summary>
public sealed record NeighbourGroup(LocalAuthority Authority, NeighbourModel Model, IReadOnlyList<StatisticalNeighbour> Neighbours);

public sealed class StatisticalNeighbours
{
    private readonly Dictionary<string, NeighbourGroup> _groups;

    private StatisticalNeighbours(Dictionary<string, NeighbourGroup> groups) => _groups = groups;

    /// <summary>The 2025 group if the authority is in the 2025 model, else its 2021 group (e.g. Cumbria), else null.</summary>
    public NeighbourGroup? For(LocalAuthority authority) => _groups.GetValueOrDefault(authority.LaCode);

    internal static StatisticalNeighbours Load(CsvTable model2025, CsvTable groupings2021, AuthorityDirectory authorities)
    {
        var groups = new Dictionary<string, NeighbourGroup>();
        Read(groupings2021, "LA num", i => $"SN{i}", i => 6 + (2 * (i - 1)), NeighbourModel.April2021);
        Read(model2025, "old_la_code", i => $"SN_{i}", i => model2025.Column($"SN_{i}P"), NeighbourModel.May2025);
        return new StatisticalNeighbours(groups);

        void Read(CsvTable t, string codeColumn, Func<int, string> snColumn, Func<int, int> closenessIndex, NeighbourModel model)
        {
            var code = t.Column(codeColumn);
            foreach (var r in t.Rows)
            {
                var la = authorities.ByCode(r[code].Trim());
                if (la is null)
                {
                    continue;
                }

                var list = new List<StatisticalNeighbour>();
                for (var i = 1; i <= 10; i++)
                {
                    var neighbour = authorities.ByCode(r[t.Column(snColumn(i))].Trim());
                    var closenessAt = closenessIndex(i);
                    var closeness = closenessAt < r.Length ? r[closenessAt].Trim() : "";
                    if (neighbour is not null)
                    {
                        list.Add(new StatisticalNeighbour(i, neighbour, closeness));
                    }
                }

                groups[la.LaCode] = new NeighbourGroup(la, model, list);
            }
        }
    }
}
