using System.Text;

namespace Safeguard.Core.Returns.Ssda903;

/// <summary>
/// Reads a 903 return from CSV files. A table is recognised by its exact set of columns (in any order, any file name),
/// as the DfE validator does; anything malformed throws <see cref="Ssda903ReadException"/> naming file, line and column.
/// </summary>
public static class Ssda903Reader
{
    /// <summary>Reads every *.csv file in the directory; tables not present are empty.</summary>
    public static Ssda903Return ReadDirectory(string directory)
    {
        if (!Directory.Exists(directory)) throw new Ssda903ReadException($"{directory}: no such directory");
        var files = Directory.GetFiles(directory, "*.csv").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new Ssda903ReadException($"{directory}: no CSV files to read");
        return ReadFiles(files);
    }

    public static Ssda903Return ReadFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<(string Name, TextReader Reader)>();
        try
        {
            foreach (var p in paths) files.Add((Path.GetFileName(p), new StreamReader(p, Encoding.UTF8, detectEncodingFromByteOrderMarks: true)));
            return Read(files);
        }
        finally
        {
            foreach (var (_, reader) in files) reader.Dispose();
        }
    }

    /// <summary>Reads named CSV texts; each is matched to its table by its header line.</summary>
    public static Ssda903Return Read(IEnumerable<(string Name, TextReader Reader)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var result = new Ssda903Return();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, reader) in files)
        {
            var lines = CsvLines(name, reader).GetEnumerator();
            if (!lines.MoveNext()) throw new Ssda903ReadException(name, 1, null, "the file is empty: expected a header line of column names");
            var header = lines.Current.Values.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
            var table = Identify(name, header);
            if (seen.TryGetValue(table.Name, out var other))
                throw new Ssda903ReadException(name, 1, null, $"a second {table.Name} table (the first was {other})");
            seen[table.Name] = name;
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++) columns[header[i]] = i;
            var rows = new List<Ssda903CsvRow>();
            while (lines.MoveNext())
            {
                var (line, values) = lines.Current;
                if (values.Count == 1 && values[0].Length == 0) continue; // blank line
                if (values.Count != header.Count)
                    throw new Ssda903ReadException(name, line, null, $"{values.Count} values where the header has {header.Count} columns");
                rows.Add(new Ssda903CsvRow(name, line, columns, values));
            }
            result = Add(result, table, rows);
        }
        return result;
    }

    private static ISsda903Table Identify(string file, List<string> header)
    {
        var set = header.ToHashSet(StringComparer.Ordinal);
        if (set.Count != header.Count) throw new Ssda903ReadException(file, 1, null, "a column name appears twice in the header line");
        foreach (var table in Ssda903Tables.All)
            if (set.SetEquals(table.Columns)) return table;
        var closest = Ssda903Tables.All.MaxBy(t => t.Columns.Count(set.Contains))!;
        var missing = closest.Columns.Where(c => !set.Contains(c)).ToList();
        var extra = header.Where(c => !closest.Columns.Contains(c)).ToList();
        throw new Ssda903ReadException(file, 1, null,
            $"the columns match no 903 table; nearest is {closest.Name} ({closest.FileName})" +
            (missing.Count > 0 ? $", missing {string.Join(", ", missing)}" : "") + (extra.Count > 0 ? $", unexpected {string.Join(", ", extra)}" : ""));
    }

    private static Ssda903Return Add(Ssda903Return r, ISsda903Table table, List<Ssda903CsvRow> rows)
    {
        List<T> All<T>(Ssda903Table<T> t) => [.. rows.Select(t.Read)];
        return table.Name switch
        {
            "Header" => r with { Header = All(Ssda903Tables.Header) },
            "Episodes" => r with { Episodes = All(Ssda903Tables.Episodes) },
            "Reviews" => r with { Reviews = All(Ssda903Tables.Reviews) },
            "UASC" => r with { Uasc = All(Ssda903Tables.Uasc) },
            "Missing" => r with { Missing = All(Ssda903Tables.Missing) },
            "OC2" => r with { Oc2 = All(Ssda903Tables.Oc2) },
            "OC3" => r with { Oc3 = All(Ssda903Tables.Oc3) },
            "AD1" => r with { Ad1 = All(Ssda903Tables.Ad1) },
            "PlacedAdoption" => r with { PlacedAdoption = All(Ssda903Tables.PlacedAdoption) },
            "PrevPerm" => r with { PrevPerm = All(Ssda903Tables.PrevPerm) },
            _ => r with { SwEpisodes = All(Ssda903Tables.SwEpisodes) },
        };
    }

    /// <summary>RFC 4180 records with the line each starts on; quoted fields may hold commas, quotes and line breaks.</summary>
    private static IEnumerable<(int Line, List<string> Values)> CsvLines(string file, TextReader reader)
    {
        var line = 1;
        var values = new List<string>();
        var field = new StringBuilder();
        int c;
        var start = 1;
        var quoted = false;
        var any = false;
        while ((c = reader.Read()) != -1)
        {
            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else
                    {
                        quoted = false;
                        var next = reader.Peek();
                        if (next is not (',' or '\r' or '\n' or -1))
                            throw new Ssda903ReadException(file, line, null, $"text after a closing quote in value {values.Count + 1}");
                    }
                }
                else
                {
                    if (c == '\n') line++;
                    field.Append((char)c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    values.Add(field.ToString()); field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    values.Add(field.ToString()); field.Clear();
                    yield return (start, values);
                    values = [];
                    line++;
                    start = line;
                    any = false;
                    break;
                default:
                    field.Append((char)c);
                    break;
            }
        }
        if (quoted) throw new Ssda903ReadException(file, start, null, "a quoted value is never closed");
        if (any)
        {
            values.Add(field.ToString());
            yield return (start, values);
        }
    }
}
