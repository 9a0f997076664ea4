using System.Globalization;
using System.Text;

namespace Safeguard.Web.Performance;

/// <summary>RFC 4180 CSV of a <see cref="ReportTable"/>; numbers at full precision, text guarded against spreadsheet formulas.</summary>
public static class Csv
{
    public static string Write(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        sb.AppendJoin(',', table.Headers.Select(Field)).Append("\r\n");
        foreach (var row in table.Rows)
            sb.AppendJoin(',', row.Select(c => c.Number is { } n ? n.ToString("R", CultureInfo.InvariantCulture) : Field(c.Text))).Append("\r\n");
        return sb.ToString();
    }

    public static byte[] Bytes(ReportTable table) => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Write(table))).ToArray();

    /// <summary>Quoted when needed; a leading = + - @ (a formula to a spreadsheet) is defused with an apostrophe.</summary>
    public static string Field(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') text = "'" + text;
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
