using Microsoft.EntityFrameworkCore;
using Safeguard.Core.People;

namespace Safeguard.Data.Records;

/// <summary>
/// Children saved before the phonetic keys existed (migration 20261123150000) have empty keys, so a sound-alike search
/// missed them until their details were next saved. At start-up, after migrating, their keys are worked out once. A
/// maintenance write of derived columns: the record's version is untouched, so nobody's open form conflicts.
/// </summary>
public static class PhoneticKeyBackfill
{
    private const int Batch = 5_000;

    /// <returns>How many children were given keys.</returns>
    public static async Task<int> RunAsync(SafeguardDbContext db, CancellationToken cancellationToken = default)
    {
        var done = 0;
        var after = Guid.Empty;
        while (true)
        {
            var from = after;
            var pending = await db.Children.AsNoTracking()
                .Where(c => c.GivenNameKey == "" && c.FamilyNameKey == "" && c.Id.CompareTo(from) > 0)
                .OrderBy(c => c.Id)
                .Select(c => new { c.Id, c.GivenName, c.FamilyName })
                .Take(Batch)
                .ToListAsync(cancellationToken);
            if (pending.Count == 0) return done;

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var child in pending)
            {
                var given = PersonMatching.PhoneticKey(child.GivenName);
                var family = PersonMatching.PhoneticKey(child.FamilyName);
                if (given.Length == 0 && family.Length == 0) continue;
                await db.Children.Where(c => c.Id == child.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.GivenNameKey, given).SetProperty(c => c.FamilyNameKey, family), cancellationToken);
                done++;
            }
            await transaction.CommitAsync(cancellationToken);
            after = pending[^1].Id;
        }
    }
}
