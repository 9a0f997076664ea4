using Microsoft.EntityFrameworkCore;
using Safeguard.Core.People;

namespace Safeguard.Data.Records;

/// <summary>Loads a child's whole record — the aggregate the domain's rules need — in one round of split queries.</summary>
public static class ChildRecords
{
    public static IQueryable<Child> WithWholeRecord(this IQueryable<Child> children) =>
        children
            .Include(c => c.Addresses)
            .Include(c => c.Relationships)
            .Include(c => c.Contacts)
            .Include(c => c.CaseNotes)
            .Include(c => c.Allocations)
            .Include(c => c.NamedAccess)
            .Include(c => c.InformationRequests)
            .Include(c => c.Episodes).ThenInclude(e => e.Assessments)
            .Include(c => c.Episodes).ThenInclude(e => e.StrategyDiscussions)
            .Include(c => c.Episodes).ThenInclude(e => e.Section47Enquiries)
            .Include(c => c.Episodes).ThenInclude(e => e.Conferences)
            .Include(c => c.Episodes).ThenInclude(e => e.ChildProtectionPlans)
            .Include(c => c.Episodes).ThenInclude(e => e.ChildInNeedPlans)
            .Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes)
            .Include(c => c.PeriodsOfCare).ThenInclude(p => p.MissingEpisodes)
            .AsSplitQuery();

    /// <summary>
    /// Only what the statutory clocks count from — episodes and periods of care with their events, not notes, contacts
    /// or people — for the work tray. (Not filtered to open episodes in SQL: SQLite then reads every open episode of
    /// the authority, where by child it reads a child's one or two.)
    /// </summary>
    public static IQueryable<Child> WithClocks(this IQueryable<Child> children) =>
        children
            .Include(c => c.Episodes).ThenInclude(e => e.Assessments)
            .Include(c => c.Episodes).ThenInclude(e => e.Section47Enquiries)
            .Include(c => c.Episodes).ThenInclude(e => e.ChildProtectionPlans)
            .Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes)
            .AsSplitQuery();

    public static Task<Child?> FindWholeRecordAsync(this SafeguardDbContext db, Guid childId, CancellationToken cancellationToken = default) =>
        db.Children.WithWholeRecord().FirstOrDefaultAsync(c => c.Id == childId, cancellationToken);
}
