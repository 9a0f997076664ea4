using System.Globalization;
using Safeguard.Core.Returns;
using Safeguard.Core.Returns.Cin;
using Safeguard.Core.Returns.Cin.Rules;

namespace Safeguard.Cli.Census;

/// <summary>`census validate FILE [--csv OUT] [--year 2025-26]`: XSD gate plus every rule; 0 clean, 1 findings, 2 unreadable.</summary>
public sealed class CensusValidateCommand : ICliCommand
{
    public string Name => "census validate";

    public string Summary => "Check a CIN census XML file against the DfE schema and rules";

    public string Usage => "FILE [--csv OUT] [--year 2025-26]";

    public Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var path = line.Positional(0, "census XML file");
        var yearText = line.Option("year");
        var ruleset = yearText is null ? CinRuleset.Latest
            : CinRuleset.Find(yearText) ?? throw new CommandLineException($"No CIN rules for '{yearText}'. Known: {string.Join(", ", CinRuleset.All.Select(r => r.Year))}.");

        CensusValidationResult result;
        try
        {
            result = CensusValidator.ValidateFile(path, ruleset);
        }
        catch (CensusReadException ex)
        {
            error.WriteLine($"Cannot read {path}: {ex.Message}");
            return Task.FromResult(2);
        }

        var all = result.AllFindings();
        if (all.Count > 0) FindingsReport.WriteTable(all, output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.ChildrenChecked:N0} children checked against {ruleset.Year} in {result.Elapsed.TotalMilliseconds:N0} ms (schema and rules in one pass): " +
            $"{result.Schema.TotalErrors:N0} schema errors, {result.ErrorCount:N0} rule errors, {result.QueryCount:N0} queries."));

        FindingsCsv.WriteIfAsked(line, all, output);
        return Task.FromResult(result.IsClean ? 0 : 1);
    }
}
