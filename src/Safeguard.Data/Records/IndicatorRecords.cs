using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.People;

namespace Safeguard.Data.Records;

/// <summary>
/// Reads an authority's children for the indicator engine: only the parts of the journey the engine looks at
/// (allocations, episodes with their assessments, enquiries, conferences and plans, periods of care with their
/// episodes and reviews) — not case notes, contacts, addresses or family — and only children with something open in
/// or around the period. Pages of ids in id order, each page sent as one array parameter, as the census export does,
/// so memory stays flat however large the authority is. This is the reference reader: the dashboard and
/// `./safeguard indicators` read flat rows (<see cref="IndicatorRows"/>), tested to give the same report as this.
/// </summary>
public static class IndicatorRecords
{
    /// <summary>Per page; the census export measured 100 fastest for split queries.</summary>
    public const int DefaultPageSize = 100;

    public static IQueryable<Child> WithIndicatorJourney(this IQueryable<Child> children) =>
        children
            .Include(c => c.Allocations)
            .Include(c => c.Episodes).ThenInclude(e => e.Assessments)
            .Include(c => c.Episodes).ThenInclude(e => e.Section47Enquiries)
            .Include(c => c.Episodes).ThenInclude(e => e.Conferences)
            .Include(c => c.Episodes).ThenInclude(e => e.ChildProtectionPlans)
            .Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes)
            .AsSplitQuery();

    /// <summary>
    /// The ids of children who can count in a period from <paramref name="start"/> to <paramref name="end"/>: an
    /// episode of need or period of care overlapping it, or an allocation open on <paramref name="workforceDay"/>.
    /// A superset: the engine decides what counts.
    /// </summary>
    public static Task<List<Guid>> ChildIdsAsync(SafeguardDbContext db, Guid authorityId, DateOnly start, DateOnly end, DateOnly workforceDay,
        CancellationToken cancellationToken = default) =>
        db.Children.AsNoTracking()
            .Where(c => c.AuthorityId == authorityId
                && (c.Episodes.Any(e => e.ReferralDate <= end && (e.ClosureDate == null || e.ClosureDate >= start))
                    || c.PeriodsOfCare.Any(p => p.StartDate <= end && (p.EndDate == null || p.EndDate >= start))
                    || c.Allocations.Any(a => a.From <= workforceDay && (a.To == null || a.To > workforceDay))))
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);

    /// <summary>The children with these ids, a page at a time in id order, untracked.</summary>
    public static async IAsyncEnumerable<Child> ReadAsync(SafeguardDbContext db, List<Guid> ids, int pageSize = DefaultPageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ids.Sort();
        for (var i = 0; i < ids.Count; i += pageSize)
        {
            var page = ids.GetRange(i, Math.Min(pageSize, ids.Count - i));
            db.ChangeTracker.Clear();
            // EF.Parameter: one array parameter, so the SQL is built once, not once per page (see CensusExport).
            var loaded = await db.Children.AsNoTracking().WithIndicatorJourney().Where(c => EF.Parameter(page).Contains(c.Id))
                .ToListAsync(cancellationToken);
            foreach (var child in loaded.OrderBy(c => c.Id)) yield return child;
        }
    }
}
