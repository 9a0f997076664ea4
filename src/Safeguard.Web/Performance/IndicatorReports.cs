using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Safeguard.Core.Clock;
using Safeguard.Core.Indicators;
using Safeguard.Core.Published;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Data.Records;
using Safeguard.Web.Startup;

namespace Safeguard.Web.Performance;

/// <summary>An authority's indicators for a period, with the names the breakdowns need and how long they took.</summary>
public sealed record DashboardData(
    Authority Authority,
    DashboardPeriod Period,
    IndicatorReport Report,
    IReadOnlyDictionary<Guid, string> WorkerNames,
    IReadOnlyDictionary<Guid, string> TeamNames,
    IReadOnlyDictionary<Guid, Guid> TeamOfWorker,
    TimeSpan ComputedIn)
{
    public string WorkerName(Guid id) => id == Guid.Empty ? "Not allocated" : WorkerNames.GetValueOrDefault(id, "Unknown worker");

    public string TeamName(Guid id) => id == Guid.Empty ? "No team or not allocated" : TeamNames.GetValueOrDefault(id, "Unknown team");

    public Guid TeamOf(Guid workerId) => TeamOfWorker.GetValueOrDefault(workerId, Guid.Empty);
}

/// <summary>
/// Computes the dashboard from the records: only the children with something open in the period, read as flat rows
/// of only the columns the engine reads, a query a table side by side (<see cref="IndicatorRows"/>). The result (with its
/// drill-down ids) is kept for a minute per authority and period, so the trend, breakdown and drill-down pages a
/// user opens one after another do not each read the records again.
/// </summary>
public sealed class IndicatorReports(SafeguardDbContext db, PublishedStatistics statistics, IMemoryCache cache, IOptions<SafeguardOptions> options)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);

    public async Task<DashboardData?> ForAsync(Guid authorityId, DashboardPeriod period, CancellationToken cancellationToken = default)
    {
        var key = (nameof(IndicatorReports), authorityId, period.From, period.To);
        if (cache.TryGetValue(key, out DashboardData? kept) && kept is not null) return kept;
        var data = await ComputeAsync(authorityId, period, cancellationToken);
        if (data is not null) cache.Set(key, data, KeptFor);
        return data;
    }

    private async Task<DashboardData?> ComputeAsync(Guid authorityId, DashboardPeriod period, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var authority = await db.Authorities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == authorityId, cancellationToken);
        if (authority is null) return null;
        var workers = await db.Workers.AsNoTracking().Where(w => w.AuthorityId == authorityId).ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().Where(t => t.AuthorityId == authorityId).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var context = period.Context() with
        {
            Calendar = WorkingDayCalendar.England(authority.WorkingDays),
            Population0To17 = Population(authority.LaCode, period.To),
            Workers = workers,
            DrillDown = true,
        };
        // The same database the context opens: the row queries each take a connection of their own.
        var report = await IndicatorRows.ComputeAsync(options.Value.Database, authorityId, context, cancellationToken);
        return new DashboardData(authority, period, report,
            workers.ToDictionary(w => w.Id, w => w.Name), teams,
            workers.ToDictionary(w => w.Id, w => w.TeamId ?? Guid.Empty), watch.Elapsed);
    }

    /// <summary>As DfE: the previous mid-year estimate; past the published years, the latest one.</summary>
    private int? Population(string laCode, DateOnly end)
    {
        var year = end.Month > 3 ? end.Year + 1 : end.Year;
        var value = statistics.Value(PublishedMeasures.Population0To17, year - 1, laCode)
            ?? statistics.Series(PublishedMeasures.Population0To17, laCode).Where(f => f.Value is not null && f.Year < year).LastOrDefault()?.Value;
        return value is { } v ? (int)Math.Round(v) : null;
    }

    /// <summary>England's latest published value of the indicator's published measure, with its year.</summary>
    public (double Value, int Year)? England(IndicatorDefinition definition)
    {
        if (definition.PublishedMeasureId is not { } m || statistics.LatestYear(m) is not { } year) return null;
        for (var y = year; y >= year - 2; y--)
            if (statistics.Value(m, y, AreaRef.EnglandCode) is { } v) return (v, y);
        return null;
    }
}
