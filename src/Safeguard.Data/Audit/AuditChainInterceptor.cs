using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Safeguard.Data.Audit;

/// <summary>
/// Links new audit entries into the chain as they are saved, in the same SaveChanges — and so the same transaction —
/// as the change they describe. Writers in this process take turns; across processes the unique sequence index
/// refuses a fork, and the save fails rather than leave the chain ambiguous.
/// </summary>
public sealed class AuditChainInterceptor : SaveChangesInterceptor
{
    private static readonly SemaphoreSlim Turn = new(1, 1);
    // Which contexts hold the turn: SavedChanges runs in a different async flow from SavingChanges, so an
    // AsyncLocal would not see it.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DbContext, byte> _holding = new();

    public static AuditChainInterceptor Instance { get; } = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Pending(eventData.Context) is { Count: > 0 } entries)
        {
            Turn.Wait();
            _holding[eventData.Context!] = 0;
            try
            {
                Link(eventData.Context!, entries);
            }
            catch
            {
                // EF reports no failure for an exception thrown here: give the turn back or every later write waits for ever.
                Release(eventData.Context);
                throw;
            }
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (Pending(eventData.Context) is { Count: > 0 } entries)
        {
            await Turn.WaitAsync(cancellationToken);
            _holding[eventData.Context!] = 0;
            try
            {
                await LinkAsync(eventData.Context!, entries, cancellationToken);
            }
            catch
            {
                Release(eventData.Context);
                throw;
            }
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) { Release(eventData.Context); return result; }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    // A concurrency conflict is not reported through SaveChangesFailed: without these the turn would never be given back.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    // Nor is a cancelled save (a request whose browser went away): EF reports it here instead.
    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Writes entries that have no change to travel with (views, lists) straight to the table in a transaction of
    /// their own, linked in the same turn as SaveChanges takes: one prepared insert run once an entry (a COPY on
    /// PostgreSQL) instead of SaveChanges' command for each, which was most of a listed page's audit cost.
    /// </summary>
    public static async Task AppendAsync(SafeguardDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        if (entries.Count == 0) return;
        // A change must be saved with its own entry (SaveChanges); writing past it here would leave it behind unsaved.
        if (db.ChangeTracker.HasChanges())
            throw new InvalidOperationException("The context holds unsaved changes: save them and their audit entries with SaveChanges.");
        await Turn.WaitAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await LinkAsync(db, [.. entries], cancellationToken);
            db.AddRange(entries);
            try
            {
                await Records.AddedRowInserts.InsertAsync(db, cancellationToken, chainedAudit: true);
                await transaction.CommitAsync(cancellationToken);
            }
            finally
            {
                foreach (var entry in entries) db.Entry(entry).State = EntityState.Detached;
            }
        }
        finally
        {
            Turn.Release();
        }
    }

    private void Release(DbContext? context)
    {
        if (context is not null && _holding.TryRemove(context, out _)) Turn.Release();
    }

    private static List<AuditEntry> Pending(DbContext? context) =>
        context is null ? [] : [.. context.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)];

    private static void Link(DbContext context, List<AuditEntry> entries)
    {
        var last = context.Set<AuditEntry>().AsNoTracking().OrderByDescending(a => a.Sequence).Select(a => new { a.Sequence, a.Hash }).FirstOrDefault();
        Assign(entries, last?.Sequence ?? 0, last?.Hash ?? AuditEntry.GenesisHash);
    }

    private static async Task LinkAsync(DbContext context, List<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var last = await context.Set<AuditEntry>().AsNoTracking().OrderByDescending(a => a.Sequence).Select(a => new { a.Sequence, a.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        Assign(entries, last?.Sequence ?? 0, last?.Hash ?? AuditEntry.GenesisHash);
    }

    private static void Assign(List<AuditEntry> entries, long sequence, string hash)
    {
        foreach (var entry in entries)
        {
            entry.Chain(++sequence, hash);
            hash = entry.Hash;
        }
    }
}
