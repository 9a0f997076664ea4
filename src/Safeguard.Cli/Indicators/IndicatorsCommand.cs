using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Safeguard.Cli.Seeding;
using Safeguard.Core.Clock;
using Safeguard.Core.Indicators;
using Safeguard.Core.Published;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Data.Records;

namespace Safeguard.Cli.Indicators;

/// <summary>
/// `./safeguard indicators --year 2026 [--authority Kent] [--database ...]`: every national indicator for the year
/// ending 31 March, computed from the authority's records, beside England's published 2025 value.
/// </summary>
public sealed class IndicatorsCommand(TimeProvider clock) : ICliCommand
{
    private const int PublishedYear = PublishedTargets.CalibrationYear;

    public string Name => "indicators";
    public string Summary => "National indicators (NI 59–68 and DfE/LAIT measures) from an authority's records";
    public string Usage => "[--year 2026] [--authority <name or LA code>] [--database ...]";

    public async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var year = line.Int("year", DefaultYear());
        if (year is < 2000 or > 2100) throw new CommandLineException("--year must be the year of the 31 March the year ends on, like 2026.");
        await using var db = SafeguardDatabase.Open(line.Database);
        var authority = await FindAuthorityAsync(db, line.Option("authority"), cancellationToken);
        var workers = await db.Workers.AsNoTracking().Where(w => w.AuthorityId == authority.Id).ToListAsync(cancellationToken);
        var statistics = PublishedData.Statistics;
        // DfE rates use the previous mid-year estimate; past the published years, the latest estimate stands in.
        var population = statistics.Value(PublishedMeasures.Population0To17, year - 1, authority.LaCode)
            ?? statistics.Value(PublishedMeasures.Population0To17, year, authority.LaCode)
            ?? statistics.Series(PublishedMeasures.Population0To17, authority.LaCode)
                .Where(f => f.Value is not null && f.Year < year).OrderBy(f => f.Year).LastOrDefault()?.Value;
        var context = new IndicatorContext(new DateOnly(year, 3, 31))
        {
            Calendar = WorkingDayCalendar.England(authority.WorkingDays),
            Population0To17 = population is { } p ? (int)Math.Round(p) : null,
            Workers = workers,
            DrillDown = false,
        };

        var watch = Stopwatch.StartNew();
        // Only children with something open in the year, and only the columns the engine reads, as flat rows.
        var report = await IndicatorRows.ComputeAsync(line.Database, authority.Id, context, cancellationToken);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{authority.Name} ({authority.LaCode}): year ending 31 March {year}; {report.ChildrenRead:N0} children read in {watch.Elapsed.TotalSeconds:F1} s; working days {authority.WorkingDays}; 0–17 population {(context.Population0To17 is { } pop ? pop.ToString("N0", CultureInfo.InvariantCulture) : "not published")}"));
        output.WriteLine($"{"indicator (* working definition)",-66} {"value",10} {"numerator / denominator",25} {"England " + PublishedYear,13}");
        foreach (var r in report.Results)
        {
            var england = r.Definition.PublishedMeasureId is { } m ? statistics.Value(m, PublishedYear, AreaRef.EnglandCode) : null;
            output.WriteLine($"{IndicatorTable.Title(r.Definition),-66} {IndicatorTable.Format(r.Value, r.Definition.Unit),10} {IndicatorTable.Fraction(r),25} {IndicatorTable.Format(england, r.Definition.Unit),13}");
        }
        return 0;
    }

    private int DefaultYear()
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return today >= new DateOnly(today.Year, 3, 31) ? today.Year : today.Year - 1;
    }

    private static async Task<Authority> FindAuthorityAsync(SafeguardDbContext db, string? nameOrCode, CancellationToken cancellationToken)
    {
        var all = await db.Authorities.AsNoTracking().ToListAsync(cancellationToken);
        if (all.Count == 0) throw new CommandLineException("The database has no authorities: run `./safeguard seed --like <authority>` first.");
        if (nameOrCode is null)
            return all.Count == 1 ? all[0]
                : throw new CommandLineException($"The database holds {all.Count} authorities: choose one with --authority ({string.Join(", ", all.Select(a => a.Name).Take(10))}).");
        return all.FirstOrDefault(a => a.LaCode == nameOrCode || string.Equals(a.Name, nameOrCode, StringComparison.OrdinalIgnoreCase))
            ?? throw new CommandLineException($"No authority '{nameOrCode}' in the database. It holds: {string.Join(", ", all.Select(a => $"{a.Name} ({a.LaCode})").Take(10))}.");
    }
}
