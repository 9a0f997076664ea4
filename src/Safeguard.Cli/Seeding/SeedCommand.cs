using System.Diagnostics;
using System.Globalization;
using Safeguard.Core.Published;
using Safeguard.Data;
using Safeguard.Data.Records;
using Safeguard.Generator;

namespace Safeguard.Cli.Seeding;

/// <summary>`./safeguard seed --like Kent --years 10 --seed 1`: a synthetic authority calibrated to a real one's published figures.</summary>
public sealed class SeedCommand(TimeProvider clock) : ICliCommand
{
    public string Name => "seed";
    public string Summary => "Generate a synthetic authority like a real one (or all 153 with --like england)";
    public string Usage => "--like <authority name or LA code | england> [--years 3] [--seed 1] [--end yyyy-mm-dd, default the last 31 March] [--database ...]";

    public async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var like = line.Required("like");
        var years = line.Int("years", 3);
        if (years is < 1 or > 30) throw new CommandLineException("--years must be between 1 and 30.");
        var seed = line.Int("seed", 1);
        var end = EndDate(line, clock);
        var authorities = Authorities(like);

        await SafeguardDatabase.MigrateAsync(line.Database, cancellationToken);
        var watch = Stopwatch.StartNew();
        var progress = new ConsoleProgress(error);
        foreach (var la in authorities)
        {
            var targets = PublishedTargets.For(PublishedData.Statistics, la);
            var authority = AuthorityGenerator.AuthorityFor(targets);
            var writer = new GeneratedAuthorityWriter(line.Database);
            var summary = AuthorityGenerator.Generate(authority, targets, years, authorities.Count == 1 ? seed : AuthorityGenerator.SeedFor(seed, la.LaCode),
                end, writer, progress);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{summary.Authority}: {summary.Children:N0} children, {summary.Referrals:N0} referrals, {summary.Workers:N0} workers, history {summary.HistoryStart:yyyy-MM-dd} to {summary.EndDate:yyyy-MM-dd}; {writer.RecordsWritten:N0} records written"));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Done in {watch.Elapsed.TotalSeconds:F1} s."));
        return 0;
    }

    internal static IReadOnlyList<LocalAuthority> Authorities(string like) =>
        like.Equals("england", StringComparison.OrdinalIgnoreCase)
            ? [.. PublishedData.Statistics.Authorities.Current]
            : [PublishedData.FindAuthority(like)];

    /// <summary>--end, or the last 31 March on or before today.</summary>
    internal static DateOnly EndDate(CommandLine line, TimeProvider clock)
    {
        if (line.Option("end") is { } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
                throw new CommandLineException($"--end must be a date written yyyy-mm-dd, not '{text}'.");
            return end;
        }
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var thisYear = new DateOnly(today.Year, 3, 31);
        return today >= thisYear ? thisYear : thisYear.AddYears(-1);
    }
}

/// <summary>Progress on standard error, at most once a simulated month, so long runs show they are moving.</summary>
internal sealed class ConsoleProgress(TextWriter error) : IProgress<GenerationProgress>
{
    private (string, int, int) _last;

    public void Report(GenerationProgress value)
    {
        var key = (value.Authority, value.SimulatedDate.Year, value.SimulatedDate.Month);
        if (key == _last) return;
        _last = key;
        error.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r{value.Authority}: {value.SimulatedDate:MMM yyyy}, {value.ChildrenSoFar:N0} children, {value.ReferralsSoFar:N0} referrals   "));
        if (value.SimulatedDate.Month == 3 && value.SimulatedDate.Day == 31) error.WriteLine();
    }
}
