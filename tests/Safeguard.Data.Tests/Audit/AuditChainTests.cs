using Microsoft.EntityFrameworkCore;
using Safeguard.Data.Audit;
using Safeguard.Tests;

namespace Safeguard.Data.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static async Task WriteAsync(TestDatabase database, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await using var db = database.Open();
            db.Add(new AuditEntry(At.AddMinutes(i), Guid.NewGuid(), "sam@example.test", "SocialWorker", Guid.NewGuid(), AuditAction.Viewed, "Child summary", "127.0.0.1"));
            await db.SaveChangesAsync();
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Entries_AreChainedInSequence_AndVerify(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await WriteAsync(database, 5);

        await using var db = database.Open();
        var entries = await db.Set<AuditEntry>().OrderBy(a => a.Sequence).ToListAsync();
        Assert.Equal([1L, 2, 3, 4, 5], entries.Select(e => e.Sequence));
        Assert.Equal(AuditEntry.GenesisHash, entries[0].PreviousHash);
        Assert.All(entries.Skip(1).Zip(entries), p => Assert.Equal(p.Second.Hash, p.First.PreviousHash));
        var result = await AuditVerification.VerifyAsync(db);
        Assert.True(result.IsIntact);
        Assert.Equal(5, result.EntriesChecked);
    }

    [Fact]
    public async Task ASaveThatFailsWhileLinking_GivesTheTurnBack_SoLaterWritesDoNotWaitForEver()
    {
        // A database with no audit table: finding the chain's last entry fails inside the interceptor.
        var empty = Path.Combine(Path.GetTempPath(), $"safeguard-unmigrated-{Guid.NewGuid():N}.db");
        try
        {
            await using (var broken = SafeguardDatabase.Open(empty))
            {
                broken.Add(new AuditEntry(At, Guid.NewGuid(), "sam@example.test", "SocialWorker", Guid.NewGuid(), AuditAction.Viewed, "Child summary", "127.0.0.1"));
                await Assert.ThrowsAnyAsync<Exception>(() => broken.SaveChangesAsync());
            }

            await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
            await WriteAsync(database, 1).WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(empty);
        }
    }

    [Fact]
    public async Task ASaveCancelledMidWay_GivesTheTurnBack_SoLaterWritesDoNotWaitForEver()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var browserGone = new CancellationTokenSource();
        var options = SafeguardDatabase.Configure(new DbContextOptionsBuilder<SafeguardDbContext>(), database.Connection)
            .AddInterceptors(new CancelWhenInserting(browserGone)).Options;
        await using (var cancelled = new SafeguardDbContext((DbContextOptions<SafeguardDbContext>)options))
        {
            cancelled.Add(new AuditEntry(At, Guid.NewGuid(), "sam@example.test", "SocialWorker", Guid.NewGuid(), AuditAction.Viewed, "Child summary", "127.0.0.1"));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.SaveChangesAsync(browserGone.Token));
        }

        await WriteAsync(database, 1).WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>What happens when the request is aborted while its audit entry is being written.</summary>
    private sealed class CancelWhenInserting(CancellationTokenSource source) : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("INSERT", StringComparison.Ordinal))
            {
                source.Cancel();
                source.Token.ThrowIfCancellationRequested();
            }
            return ValueTask.FromResult(result);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AlteringAnEntryInTheDatabase_IsDetected(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await WriteAsync(database, 4);
        await using var db = database.Open();
        await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"What\" = 'Nothing to see' WHERE \"Sequence\" = 3");

        var result = await AuditVerification.VerifyAsync(db);
        Assert.False(result.IsIntact);
        Assert.Contains("Entry 3 has been altered: its content no longer matches its hash.", result.Problems);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task DeletingAnEntry_IsDetected(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await WriteAsync(database, 4);
        await using var db = database.Open();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 2");

        var result = await AuditVerification.VerifyAsync(db);
        Assert.Contains("Entry 2 is missing: the next entry is 3.", result.Problems);
        Assert.Contains("Entry 3 does not follow the entry before it (its previous hash does not match).", result.Problems);
    }

    [Fact]
    public async Task ConcurrentWriters_NeverForkTheChain()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => WriteAsync(database, 10))));
        await using var db = database.Open();
        var result = await AuditVerification.VerifyAsync(db);
        Assert.True(result.IsIntact, string.Join("\n", result.Problems));
        Assert.Equal(80, result.EntriesChecked);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AppendedEntries_InterleavedWithSavedOnes_KeepOneUnbrokenChain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        async Task AppendAsync(int lists)
        {
            for (var i = 0; i < lists; i++)
            {
                await using var db = database.Open();
                var listed = Enumerable.Range(0, 5).Select(n => new AuditEntry(At.AddMinutes(n), Guid.NewGuid(), "sam@example.test", "SocialWorker",
                    Guid.NewGuid(), AuditAction.Searched, "Search: Okafor", "127.0.0.1")).ToList();
                await AuditChainInterceptor.AppendAsync(db, listed);
                Assert.Empty(db.ChangeTracker.Entries());
            }
        }
        await Task.WhenAll(
            Task.Run(() => AppendAsync(6)), Task.Run(() => AppendAsync(6)),
            Task.Run(() => WriteAsync(database, 10)), Task.Run(() => WriteAsync(database, 10)));

        await using var check = database.Open();
        var result = await AuditVerification.VerifyAsync(check);
        Assert.True(result.IsIntact, string.Join("\n", result.Problems));
        Assert.Equal(2 * 6 * 5 + 2 * 10, result.EntriesChecked);
        Assert.Equal(Enumerable.Range(1, 80).Select(n => (long)n), await check.Set<AuditEntry>().OrderBy(a => a.Sequence).Select(a => a.Sequence).ToListAsync());
    }

    [Fact]
    public async Task Append_RefusesAContextWithUnsavedChanges_AndWritesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.Open();
        db.Add(new AuditEntry(At, null, "sam@example.test", "SocialWorker", Guid.NewGuid(), AuditAction.Changed, "Case note added", null));
        var viewed = new AuditEntry(At, null, "sam@example.test", "SocialWorker", Guid.NewGuid(), AuditAction.Viewed, "Child summary", null);
        await Assert.ThrowsAsync<InvalidOperationException>(() => AuditChainInterceptor.AppendAsync(db, [viewed]));
        await using var check = database.Open();
        Assert.Equal(0, await check.Set<AuditEntry>().CountAsync());
        // The turn was given back: a later write goes through.
        await AuditChainInterceptor.AppendAsync(check, [viewed]);
        Assert.Equal(1, await check.Set<AuditEntry>().CountAsync());
    }
}
