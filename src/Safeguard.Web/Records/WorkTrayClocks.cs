using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Safeguard.Core.Clock;
using Safeguard.Data;
using Safeguard.Data.Records;

namespace Safeguard.Web.Records;

/// <summary>A child on the work tray: their name and their clocks as of the day asked.</summary>
public sealed record TrayChild(Guid Id, string FullName, string FamilyName, IReadOnlyList<ChildClockItem> Clocks);

/// <summary>
/// Each child's statutory clocks for the work tray, kept and worked out again only when the child's record has changed
/// (its version, which every change to the child or anything it owns increments in the same save), the authority's
/// clock rules have changed, or the day has turned. The tray then reads a version a child instead of each child's whole
/// history of episodes, plans and care: that reading was three quarters of the tray's CPU on Kent with ten years.
/// </summary>
/// <remarks>
/// A record read while someone saves may mix before and after; it is kept under the version its child row had, which
/// the save has already moved on, so the next tray reads it again. Nothing here decides access: the tray asks
/// <see cref="Access.RecordAccess"/> for the children first, on every request.
/// </remarks>
public sealed class WorkTrayClocks : IDisposable
{
    /// <summary>Children kept at most (a name and a few clocks each); the least recently used go first.</summary>
    public const int MaxChildren = 50_000;

    private readonly MemoryCache _kept = new(new MemoryCacheOptions { SizeLimit = MaxChildren, CompactionPercentage = 0.1 });

    private sealed record Kept(int Version, DateOnly Date, string RuleSet, WorkingDayConvention WorkingDays, TrayChild Child);

    public async Task<IReadOnlyList<TrayChild>> ForAsync(SafeguardDbContext db, IReadOnlyList<(Guid Id, int Version)> children,
        string ruleSet, WorkingDayConvention workingDays, DateOnly date, CancellationToken cancellationToken = default)
    {
        var result = new List<TrayChild>(children.Count);
        var stale = new List<Guid>();
        foreach (var (id, version) in children)
        {
            if (_kept.TryGetValue(id, out Kept? kept) && kept is not null && kept.Version == version && kept.Date == date
                && kept.RuleSet == ruleSet && kept.WorkingDays == workingDays)
                result.Add(kept.Child);
            else stale.Add(id);
        }
        if (stale.Count == 0) return result;

        var clock = StatutoryClock.For(ruleSet, workingDays);
        var records = await db.Children.AsNoTracking().Where(c => stale.Contains(c.Id)).WithClocks().ToListAsync(cancellationToken);
        foreach (var child in records)
        {
            var tray = new TrayChild(child.Id, child.FullName, child.FamilyName, ChildClock.For(child, clock, date));
            _kept.Set(child.Id, new Kept(child.Version, date, ruleSet, workingDays, tray), new MemoryCacheEntryOptions { Size = 1 });
            result.Add(tray);
        }
        return result;
    }

    public void Dispose() => _kept.Dispose();
}
