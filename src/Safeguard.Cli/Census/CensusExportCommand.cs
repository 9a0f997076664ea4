using System.Globalization;
using Safeguard.Core.Returns;
using Safeguard.Core.Returns.Cin;
using Safeguard.Core.Returns.Cin.Rules;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Data.Returns;

namespace Safeguard.Cli.Census;

/// <summary>
/// `census export --year 2026 --out FILE [--authority LA] | --all --out DIR`: writes the CIN census from the case
/// records, then checks what it wrote with the XSD gate and every rule and prints the counts and findings.
/// Exit 0 when every file is clean of errors, 1 when any has schema or rule errors.
/// </summary>
public sealed class CensusExportCommand(TimeProvider clock) : ICliCommand
{
    public string Name => "census export";

    public string Summary => "Write the CIN census for a collection year from the case records, then validate it";

    public string Usage => "--year 2026 --out FILE [--authority <LA code or name>] | --all --out DIR   [--database ...]";

    public async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var year = line.Int("year", 0);
        var ruleset = CinRuleset.Find(year.ToString(CultureInfo.InvariantCulture))
            ?? throw new CommandLineException($"--year must be a census year ending 31 March with rules: {string.Join(", ", CinRuleset.All.Select(r => r.ReferenceDate.Year))}.");
        var outPath = line.Required("out");
        await SafeguardDatabase.MigrateAsync(line.Database, cancellationToken);
        var authorities = await CensusExport.AuthoritiesAsync(line.Database, cancellationToken);
        if (authorities.Count == 0) { error.WriteLine("The database holds no authority: seed one first (./safeguard seed)."); return 2; }

        var madeAt = clock.GetLocalNow().DateTime;
        IReadOnlyList<CensusExportFile> written;
        if (line.Has("all"))
        {
            // One pass over the records for every authority, a file each.
            written = CensusExport.WriteAll(line.Database, authorities, year, madeAt, outPath);
        }
        else
        {
            Authority authority;
            if (line.Option("authority") is { Length: > 0 } which)
                authority = CensusExport.Find(authorities, which)
                    ?? throw new CommandLineException($"No authority '{which}' in the database. It holds: {string.Join(", ", authorities.Select(a => $"{a.LaCode} {a.Name}"))}.");
            else if (authorities.Count == 1) authority = authorities[0];
            else throw new CommandLineException($"The database holds {authorities.Count} authorities: choose one with --authority, or export them all with --all.");
            written = [new CensusExportFile(outPath, CensusExport.WriteFile(line.Database, authority, year, madeAt, outPath))];
        }

        var anyErrors = false;
        foreach (var (path, result) in written)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var validation = CensusValidator.ValidateFile(path, ruleset);
            anyErrors |= !validation.Schema.IsValid || validation.ErrorCount > 0;
            Print(output, result, path, validation, written.Count == 1);
        }
        return anyErrors ? 1 : 0;
    }

    private static void Print(TextWriter output, CensusExportResult result, string path, CensusValidationResult validation, bool withFindings)
    {
        var c = result.Counts;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.LaCode} {result.AuthorityName}: {path}: {c.Children:N0} children, {c.Referrals:N0} referrals, {c.Assessments:N0} assessments, " +
            $"{c.Section47s:N0} s47, {c.Icpcs:N0} ICPCs, {c.ChildProtectionPlans:N0} CP plans."));
        if (withFindings && validation.AllFindings().Count > 0) FindingsReport.WriteTable(validation.AllFindings(), output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  Validated in {validation.Elapsed.TotalMilliseconds:N0} ms: {validation.Schema.TotalErrors:N0} schema errors, {validation.ErrorCount:N0} rule errors, {validation.QueryCount:N0} queries."));
    }
}
