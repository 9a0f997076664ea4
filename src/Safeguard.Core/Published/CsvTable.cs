using System.Text;

namespace Safeguard.Core.Published;

/// <summary>
/// A parsed CSV file (RFC 4180: quoted fields may hold commas, quotes and line breaks).
/// Hand-rolled so Core stays free of packages; the published files are small.
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        Header = header;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            _columns.TryAdd(header[i], i);
        }
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    public int Column(string name) =>
        _columns.TryGetValue(name, out var i) ? i : throw new InvalidDataException($"CSV has no column '{name}'.");

    public int? TryColumn(string name) => _columns.TryGetValue(name, out var i) ? i : null;

    public static CsvTable Parse(TextReader reader)
    {
        var records = ReadRecords(reader).ToList();
        if (records.Count == 0)
        {
            throw new InvalidDataException("CSV is empty.");
        }

        var header = records[0].Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        var rows = records.Skip(1).Where(r => r.Length > 1 || (r.Length == 1 && r[0].Length > 0)).ToList();
        return new CsvTable(header, rows);
    }

    public static CsvTable Parse(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Parse(reader);
    }

    private static IEnumerable<string[]> ReadRecords(TextReader reader)
    {
        var text = reader.ReadToEnd();
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inQuotes = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return fields.ToArray();
                    fields.Clear();
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }
}
