using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Clock;
using Safeguard.Core.Indicators;
using Safeguard.Data;
using Safeguard.Data.Records;

namespace Safeguard.Bench.Indicators;

/// <summary>
/// `indicators-db --database F [--authority Kent] [--year 2026] [--reader rows|whole|both] [--runs 3] [--drill-down]`:
/// every indicator for one year read from a seeded database, as the dashboard and `./safeguard indicators` do —
/// the time to find the children, to read them, and in all, per run (the first run is cold for this process).
/// </summary>
internal static class IndicatorDatabaseBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault();
        var database = Option("database") ?? throw new ArgumentException("--database is required");
        var year = int.Parse(Option("year") ?? "2026", CultureInfo.InvariantCulture);
        var runs = int.Parse(Option("runs") ?? "3", CultureInfo.InvariantCulture);
        var reader = Option("reader") ?? "rows";
        var drillDown = args.Contains("--drill-down");

        await using var db = SafeguardDatabase.Open(database);
        var authorities = await db.Authorities.AsNoTracking().ToListAsync();
        var name = Option("authority");
        var authority = name is null ? authorities.Single()
            : authorities.Single(a => a.LaCode == name || string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
        var workers = await db.Workers.AsNoTracking().Where(w => w.AuthorityId == authority.Id).ToListAsync();
        var context = new IndicatorContext(new DateOnly(year, 3, 31))
        {
            Calendar = WorkingDayCalendar.England(authority.WorkingDays),
            Population0To17 = 355_390,
            Workers = workers,
            DrillDown = drillDown,
        };

        IndicatorReport? last = null;
        foreach (var which in reader == "both" ? new[] { "whole", "rows" } : [reader])
        {
            for (var run = 1; run <= runs; run++)
            {
                var watch = Stopwatch.StartNew();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                IndicatorReport report;
                TimeSpan found;
                if (which == "whole")
                {
                    await using var own = args.Contains("--log-sql") ? Logged(database) : SafeguardDatabase.Open(database);
                    var accumulator = new IndicatorEngine.Accumulator(context);
                    var ids = await IndicatorRecords.ChildIdsAsync(own, authority.Id, context.YearStart, context.YearEnd, context.WorkforceDay);
                    found = watch.Elapsed;
                    await foreach (var child in IndicatorRecords.ReadAsync(own, ids)) accumulator.Add(child);
                    report = accumulator.Report();
                }
                else
                {
                    report = await IndicatorRows.ComputeAsync(database, authority.Id, context);
                    found = TimeSpan.Zero;
                }
                var total = watch.Elapsed;
                var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{which,-5} run {run}: {report.ChildrenRead:N0} children, {report[IndicatorCatalogue.Referrals].Numerator:N0} referrals; ids {found.TotalMilliseconds:F0} ms; all {total.TotalMilliseconds:F0} ms (CPU {used.TotalMilliseconds:F0} ms); load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}; peak RSS {Measure.PeakResidentBytes() / 1048576.0:F0} MB"));
                if (last is not null && run == 1 && !Same(last, report)) Console.WriteLine("  DIFFERENT from the previous reader's report");
                last = report;
            }
        }
        return 0;
    }

    /// <summary>A context that prints each command with its time (the first few of each text only).</summary>
    private static SafeguardDbContext Logged(string database)
    {
        var builder = SafeguardDatabase.Configure(new DbContextOptionsBuilder<SafeguardDbContext>(), database);
        builder.LogTo(line => Console.WriteLine(line), [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted],
            Microsoft.Extensions.Logging.LogLevel.Information);
        return new SafeguardDbContext((DbContextOptions<SafeguardDbContext>)builder.Options);
    }

    private static bool Same(IndicatorReport a, IndicatorReport b) =>
        a.ChildrenRead == b.ChildrenRead && a.Results.Zip(b.Results).All(p => p.First.Numerator == p.Second.Numerator && p.First.Denominator == p.Second.Denominator);
}
