using System.Globalization;
using System.Text;

namespace Safeguard.Web.Tests.Pages.Compare;

/// <summary>
/// Reads the shipped CSVs in data/published with nothing from the product: the tests' independent view of what the
/// comparison pages must show. A plain RFC 4180 reader; cells by header name.
/// </summary>
internal static class PublishedFiles
{
    public static string Directory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", "published");
                if (System.IO.Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Safeguard.slnx"))) return candidate;
            }
            throw new DirectoryNotFoundException("data/published not found above the test output directory.");
        }
    }

    public static List<Dictionary<string, string>> Read(string file)
    {
        var text = File.ReadAllText(Path.Combine(Directory, file), Encoding.UTF8).TrimStart('\uFEFF');
        var records = Parse(text);
        var header = records[0];
        return [.. records.Skip(1).Where(r => r.Count > 1).Select(r =>
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++) row[header[i]] = i < r.Count ? r[i] : "";
            return row;
        })];
    }

    public static double? Number(string cell) =>
        double.TryParse(cell.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>R's quantile(type = 7).</summary>
    public static double Quantile7(IReadOnlyList<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        return lo + 1 >= sorted.Count ? sorted[lo] : sorted[lo] + ((h - lo) * (sorted[lo + 1] - sorted[lo]));
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var s = values.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[(s.Count / 2) - 1] + s[s.Count / 2]) / 2;
    }

    private static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                record.Add(field.ToString()); field.Clear();
                records.Add(record); record = [];
            }
            else field.Append(c);
        }
        if (field.Length > 0 || record.Count > 0) { record.Add(field.ToString()); records.Add(record); }
        return records;
    }
}
