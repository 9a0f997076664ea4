using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Safeguard.Core.People;
using Safeguard.Data;
using Safeguard.Data.Records;

namespace Safeguard.Web.Records;

/// <summary>
/// Children's whole records as the pages that only show them read them, kept by version: a social worker moving from
/// a child's summary to their chronology to a plan reads the record once, not two dozen queries a page. Every change to
/// the child or anything it owns increments the version in the same save, so a kept record whose version the database
/// no longer has is read again.
/// </summary>
/// <remarks>
/// Kept records are shared between requests and never changed: pages that change a record load their own, tracked.
/// Access is not decided here; the pages ask <see cref="Access.RecordAccess"/> first, on every request, and it
/// answers with the version. A record read
/// while someone saves may mix before and after; it is kept under the version its child row had, which the save has
/// already moved on, so the next page reads it again.
/// </remarks>
public sealed class KeptRecords : IDisposable
{
    /// <summary>Records kept at most, the least recently used going first; one not viewed for this long goes too.</summary>
    public const int MaxRecords = 1_000;
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _kept = new(new MemoryCacheOptions { SizeLimit = MaxRecords, CompactionPercentage = 0.1 });

    /// <summary>The record at <paramref name="version"/> (as the access check read it): the kept one, or read and kept.</summary>
    public async Task<Child?> WholeRecordAsync(SafeguardDbContext db, Guid childId, int version, CancellationToken cancellationToken = default)
    {
        if (_kept.TryGetValue(childId, out Child? kept) && kept is not null && kept.Version == version) return kept;

        var child = await db.Children.WithWholeRecord().AsNoTrackingWithIdentityResolution().FirstOrDefaultAsync(c => c.Id == childId, cancellationToken);
        if (child is not null) _kept.Set(childId, child, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = KeptFor });
        return child;
    }

    public void Dispose() => _kept.Dispose();
}
