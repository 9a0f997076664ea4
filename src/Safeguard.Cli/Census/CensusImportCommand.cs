using System.Globalization;
using Safeguard.Core.Returns.Cin;
using Safeguard.Data;
using Safeguard.Data.NationalStore;

namespace Safeguard.Cli.Census;

/// <summary>
/// `census import FILE... [--max-mb N]`: reads each return strictly and stores it in the national store, replacing an
/// earlier return for the same authority and year. A file that cannot be read stores nothing and exits 2.
/// </summary>
public sealed class CensusImportCommand(TimeProvider clock) : ICliCommand
{
    public string Name => "census import";

    public string Summary => "Import CIN census returns into the national store (all or nothing per file)";

    public string Usage => "FILE [FILE...] [--max-mb 1000] [--database ...]";

    public async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        line.Positional(0, "census XML file");
        var maxMb = line.Int("max-mb", 1000);
        if (maxMb < 1) throw new CommandLineException("--max-mb must be at least 1.");
        await SafeguardDatabase.MigrateAsync(line.Database, cancellationToken);
        var failed = 0;
        foreach (var path in line.Positionals)
        {
            var options = new CinReaderOptions
            {
                MaxCharacters = maxMb * 1_000_000L,
                Progress = p => error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{Path.GetFileName(path)}: {p.ChildrenRead:N0} children, {p.BytesRead / 1_000_000.0:N1} MB   ")),
            };
            try
            {
                var result = await CensusImport.ImportFileAsync(line.Database, path, clock, options, cancellationToken);
                error.WriteLine();
                var s = result.Submission;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{s.LaCode} {s.CollectionYear}: {s.Children:N0} children, {s.Referrals:N0} referrals, {s.Assessments:N0} assessments, {s.Section47s:N0} s47, " +
                    $"{s.Icpcs:N0} ICPCs, {s.ChildProtectionPlans:N0} CP plans; {result.Figures.Count} figures stored{(result.ReplacedEarlier ? ", replacing the earlier return" : "")}."));
            }
            catch (CensusReadException ex)
            {
                error.WriteLine();
                error.WriteLine($"Cannot import {path}: {ex.Message}. Nothing was stored from it.");
                failed++;
            }
        }
        return failed == 0 ? 0 : 2;
    }
}
