using Microsoft.EntityFrameworkCore;

namespace Safeguard.Data.Audit;

/// <summary>What a walk along the audit chain found.</summary>
public sealed record AuditVerificationResult(long EntriesChecked, IReadOnlyList<string> Problems)
{
    public bool IsIntact => Problems.Count == 0;

    /// <summary>The sequence number of the first entry found wrong (missing, out of order or altered); null when intact.</summary>
    public long? FirstBrokenSequence { get; init; }
}

/// <summary>Walks the whole chain in sequence, recomputing every hash: an edited, inserted or deleted entry breaks it.</summary>
public static class AuditVerification
{
    public static async Task<AuditVerificationResult> VerifyAsync(SafeguardDbContext db, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        long expected = 1, checkedCount = 0;
        var previous = AuditEntry.GenesisHash;
        long? firstBroken = null;
        await foreach (var entry in db.Set<AuditEntry>().AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            checkedCount++;
            if (entry.Sequence != expected) { problems.Add($"Entry {expected} is missing: the next entry is {entry.Sequence}."); firstBroken ??= expected; }
            if (entry.PreviousHash != previous) { problems.Add($"Entry {entry.Sequence} does not follow the entry before it (its previous hash does not match)."); firstBroken ??= entry.Sequence; }
            if (entry.ComputeHash() != entry.Hash) { problems.Add($"Entry {entry.Sequence} has been altered: its content no longer matches its hash."); firstBroken ??= entry.Sequence; }
            previous = entry.Hash;
            expected = entry.Sequence + 1;
            if (problems.Count >= 100) break;
        }
        return new AuditVerificationResult(checkedCount, problems) { FirstBrokenSequence = firstBroken };
    }
}
