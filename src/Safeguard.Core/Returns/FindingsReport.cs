using System.Globalization;
using System.Text;

namespace Safeguard.Core.Returns;

/// <summary>Writes findings for people: aligned columns on a terminal, or CSV for a spreadsheet.</summary>
public static class FindingsReport
{
    public static void WriteTable(IReadOnlyList<Finding> findings, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(output);
        int code = 4, child = 5, location = 8;
        foreach (var f in findings)
        {
            code = Math.Max(code, f.Code.Length);
            child = Math.Max(child, f.ChildId.Length);
            location = Math.Max(location, f.Location.Label.Length);
        }
        child = Math.Min(child, 24);
        var sb = new StringBuilder();
        sb.Append("CODE".PadRight(code)).Append("  TYPE   ").Append("CHILD".PadRight(child)).Append("  ")
          .Append("LOCATION".PadRight(location)).Append("  MESSAGE");
        output.WriteLine(sb.ToString());
        foreach (var f in findings)
        {
            sb.Clear();
            sb.Append(f.Code.PadRight(code)).Append("  ").Append(f.SeverityLabel).Append("  ")
              .Append(f.ChildId.PadRight(child)).Append("  ").Append(f.Location.Label.PadRight(location)).Append("  ")
              .Append(f.Message);
            if (f.Fields.Length > 0) sb.Append(" [").Append(f.Fields).Append(']');
            output.WriteLine(sb.ToString());
        }
    }

    public static void WriteCsv(IReadOnlyList<Finding> findings, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("code,severity,child,location,cin_details,item,file,line,fields,message");
        foreach (var f in findings)
        {
            output.Write(Csv(f.Code)); output.Write(',');
            output.Write(f.SeverityLabel); output.Write(',');
            output.Write(Csv(f.ChildId)); output.Write(',');
            var at = f.Location;
            output.Write(Csv(at.Label)); output.Write(',');
            output.Write(at.Episode?.ToString(CultureInfo.InvariantCulture)); output.Write(',');
            output.Write(at.Item?.ToString(CultureInfo.InvariantCulture)); output.Write(',');
            output.Write(Csv(at.File ?? "")); output.Write(',');
            output.Write(at.Line?.ToString(CultureInfo.InvariantCulture)); output.Write(',');
            output.Write(Csv(f.Fields)); output.Write(',');
            output.WriteLine(Csv(f.Message));
        }
    }

    // Quote when needed; prefix formula-looking cells so a spreadsheet never executes a child ID.
    private static string Csv(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
