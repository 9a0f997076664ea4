using Microsoft.EntityFrameworkCore;

namespace Safeguard.Data.Records;

/// <summary>
/// Stores large numbers of new records (a generated authority, an import) in batches: one short-lived context and
/// one transaction per batch, so memory stays flat however many years are written.
/// </summary>
public sealed class RecordBatchWriter(string database)
{
    public long Written { get; private set; }

    public async Task WriteAsync(IReadOnlyCollection<object> records, CancellationToken cancellationToken = default)
    {
        if (records.Count == 0) return;
        await using var db = SafeguardDatabase.Open(database);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.AddRange(records);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Written += records.Count;
    }
}
