using Microsoft.EntityFrameworkCore;

namespace Safeguard.Data.Records;

/// <summary>
/// Stores large numbers of new records (a generated authority, an import) in batches: one short-lived context and
/// one transaction per batch, so memory stays flat however many years are written. The rows go in table by table
/// (<see cref="AddedRowInserts"/>), not through SaveChanges; a batch is all or nothing.
/// </summary>
public sealed class RecordBatchWriter(string database)
{
    public long Written { get; private set; }
    public long RowsWritten { get; private set; }

    public async Task WriteAsync(IReadOnlyCollection<object> records, CancellationToken cancellationToken = default)
    {
        if (records.Count == 0) return;
        await using var db = SafeguardDatabase.Open(database);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Sibling links may point at a child later in the same batch: SQLite checks foreign keys at the commit.
        if (SafeguardDatabase.ProviderFor(database) == DatabaseProvider.Sqlite)
            await db.Database.ExecuteSqlRawAsync("PRAGMA defer_foreign_keys = ON;", cancellationToken);
        db.AddRange(records);
        RowsWritten += await AddedRowInserts.InsertAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Written += records.Count;
    }
}
