using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Returns.Ssda903;
using Safeguard.Data;
using Safeguard.Data.Records;

namespace Safeguard.Cli.Ssda903;

/// <summary>
/// `ssda903 export --year 2026 --out DIR [--authority 886] [--database ...]`: writes the 903 CSV files for the year
/// ending 31 March from the stored case records, then checks them against the year's rules.
/// </summary>
public sealed class Ssda903ExportCommand : ICliCommand
{
    private const int PageSize = 500;

    public string Name => "ssda903 export";

    public string Summary => "Write the SSDA903 looked-after children return (CSV files) for a year ending 31 March";

    public string Usage => "--year 2026 --out DIR [--authority <LA code>] [--database ...]";

    public async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var yearText = line.Required("year");
        var ruleset = Core.Returns.Ssda903.Rules.Ssda903Ruleset.Find(yearText)
            ?? throw new CommandLineException($"No 903 rules for '{yearText}'. Known: {string.Join(", ", Core.Returns.Ssda903.Rules.Ssda903Ruleset.All.Select(r => r.Name))}.");
        var outDir = line.Required("out");
        var year = ruleset.Year;

        await using var db = SafeguardDatabase.Open(line.Database);
        var authorities = await db.Authorities.AsNoTracking().ToListAsync(cancellationToken);
        var code = line.Option("authority");
        var authority = code is null
            ? authorities.Count == 1 ? authorities[0] : throw new CommandLineException(
                $"The database holds {authorities.Count} authorities: choose one with --authority ({string.Join(", ", authorities.Select(a => a.LaCode))}).")
            : authorities.FirstOrDefault(a => a.LaCode == code) ?? throw new CommandLineException($"No authority with LA code '{code}' in {line.Database}.");

        // Page by Id without tracking, so memory stays flat however large the authority.
        var header = new List<HeaderRow>(); var episodes = new List<EpisodeRow>(); var reviews = new List<ReviewRow>();
        var missing = new List<MissingRow>(); var sw = new List<SwEpisodeRow>();
        Guid? after = null;
        var children = 0;
        while (true)
        {
            var query = db.Children.AsNoTracking().Where(c => c.AuthorityId == authority.Id && c.PeriodsOfCare.Any(p => p.StartDate <= year.End && (p.EndDate == null || p.EndDate >= year.Start)));
            if (after is { } last) query = query.Where(c => c.Id.CompareTo(last) > 0);
            var page = await query.OrderBy(c => c.Id).Take(PageSize).WithWholeRecord().ToListAsync(cancellationToken);
            if (page.Count == 0) break;
            foreach (var child in page)
            {
                if (Ssda903FromRecords.Child(child, year, Ssda903FromRecords.DefaultSocialWorkerId) is not { } part) continue;
                children++;
                header.Add(part.Header); episodes.AddRange(part.Episodes); reviews.AddRange(part.Reviews);
                missing.AddRange(part.Missing); sw.AddRange(part.SwEpisodes);
            }
            after = page[^1].Id;
        }
        var rows = new Ssda903Return
        {
            Header = [.. header.OrderBy(h => h.Child, StringComparer.Ordinal)],
            Episodes = [.. episodes.OrderBy(e => e.Child, StringComparer.Ordinal)],
            Reviews = [.. reviews.OrderBy(r => r.Child, StringComparer.Ordinal)],
            Missing = [.. missing.OrderBy(m => m.Child, StringComparer.Ordinal)],
            SwEpisodes = [.. sw.OrderBy(s => s.Child, StringComparer.Ordinal)],
        };
        Ssda903Writer.WriteDirectory(rows, outDir);
        var findings = Ssda903Validator.Validate(rows, ruleset);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{authority.Name} ({authority.LaCode}) {ruleset.Name}: {children:N0} children, {rows.Episodes.Count:N0} episodes, {rows.Reviews.Count:N0} reviews, " +
            $"{rows.Missing.Count:N0} missing episodes, {rows.SwEpisodes.Count:N0} social worker episodes written to {outDir}; {findings.Count:N0} findings."));
        return 0;
    }
}
