using System.Globalization;
using Safeguard.Core.Returns;
using Safeguard.Core.Returns.Ssda903;
using Safeguard.Core.Returns.Ssda903.Rules;

namespace Safeguard.Cli.Ssda903;

/// <summary>`ssda903 validate DIR [--csv OUT] [--year 2025-26]`: every covered rule; 0 clean, 1 findings, 2 unreadable.</summary>
public sealed class Ssda903ValidateCommand : ICliCommand
{
    public string Name => "ssda903 validate";

    public string Summary => "Check a directory of SSDA903 CSV files against the year's rules";

    public string Usage => "DIR [--csv OUT] [--year 2025-26]";

    public Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var dir = line.Positional(0, "directory of 903 CSV files");
        var yearText = line.Option("year");
        var ruleset = yearText is null ? Ssda903Ruleset.Latest
            : Ssda903Ruleset.Find(yearText) ?? throw new CommandLineException($"No 903 rules for '{yearText}'. Known: {string.Join(", ", Ssda903Ruleset.All.Select(r => r.Name))}.");

        Ssda903Return data;
        try
        {
            data = Ssda903Reader.ReadDirectory(dir);
        }
        catch (Ssda903ReadException ex)
        {
            error.WriteLine($"Cannot read {dir}: {ex.Message}");
            return Task.FromResult(2);
        }
        catch (IOException ex)
        {
            error.WriteLine($"Cannot read {dir}: {ex.Message}");
            return Task.FromResult(2);
        }

        var findings = Ssda903Validator.Validate(data, ruleset);
        if (findings.Count > 0) FindingsReport.WriteTable(findings, output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{data.Header.Count:N0} children, {data.Episodes.Count:N0} episodes checked against {ruleset.Rules.Count} rules of {ruleset.Name}: {findings.Count:N0} findings."));
        FindingsCsv.WriteIfAsked(line, findings, output);
        return Task.FromResult(findings.Count == 0 ? 0 : 1);
    }
}
