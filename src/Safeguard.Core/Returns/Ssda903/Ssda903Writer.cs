using System.Text;

namespace Safeguard.Core.Returns.Ssda903;

/// <summary>Writes the return as the eleven CSV files DfE's portal takes: a header line of the exact columns, dates dd/mm/yyyy.</summary>
public static class Ssda903Writer
{
    /// <summary>Writes every table (an empty table is its header line alone) into <paramref name="directory"/>.</summary>
    public static void WriteDirectory(Ssda903Return data, string directory)
    {
        ArgumentNullException.ThrowIfNull(data);
        Directory.CreateDirectory(directory);
        void Save<T>(Ssda903Table<T> table, IReadOnlyList<T> rows)
        {
            using var writer = new StreamWriter(Path.Combine(directory, table.FileName), append: false, new UTF8Encoding(false));
            Write(table, rows, writer);
        }
        Save(Ssda903Tables.Header, data.Header);
        Save(Ssda903Tables.Episodes, data.Episodes);
        Save(Ssda903Tables.Reviews, data.Reviews);
        Save(Ssda903Tables.Uasc, data.Uasc);
        Save(Ssda903Tables.Missing, data.Missing);
        Save(Ssda903Tables.Oc2, data.Oc2);
        Save(Ssda903Tables.Oc3, data.Oc3);
        Save(Ssda903Tables.Ad1, data.Ad1);
        Save(Ssda903Tables.PlacedAdoption, data.PlacedAdoption);
        Save(Ssda903Tables.PrevPerm, data.PrevPerm);
        Save(Ssda903Tables.SwEpisodes, data.SwEpisodes);
    }

    public static void Write<T>(Ssda903Table<T> table, IEnumerable<T> rows, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(string.Join(',', table.Columns));
        output.Write("\r\n");
        foreach (var row in rows)
        {
            var values = table.Values(row);
            for (var i = 0; i < values.Length; i++)
            {
                if (i > 0) output.Write(',');
                output.Write(Cell(values[i]));
            }
            output.Write("\r\n");
        }
    }

    private static string Cell(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
