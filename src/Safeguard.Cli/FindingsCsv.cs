using Safeguard.Core.Returns;

namespace Safeguard.Cli;

/// <summary>The `--csv OUT` option every validate command takes: the findings as CSV (UTF-8, no byte-order mark).</summary>
internal static class FindingsCsv
{
    public static void WriteIfAsked(CommandLine line, IReadOnlyList<Finding> findings, TextWriter output)
    {
        if (line.Option("csv") is not { Length: > 0 } csvPath) return;
        using var csv = new StreamWriter(csvPath, append: false, new System.Text.UTF8Encoding(false));
        FindingsReport.WriteCsv(findings, csv);
        output.WriteLine($"Findings written to {csvPath}.");
    }
}
