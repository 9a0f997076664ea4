using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Safeguard.Data.Tests.Schema;

/// <summary>A process killed while migrating must not stop the next one from starting.</summary>
public sealed class MigrationLockTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"safeguard-lock-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Migrate_AfterAProcessDiedHoldingEfsMigrationLock_ClearsTheStaleLockAndFinishes()
    {
        await SafeguardDatabase.MigrateAsync(file);
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            // What EF Core leaves when its process dies between taking and releasing the lock.
            command.CommandText = "INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-11-23 14:36:17+00:00')";
            await command.ExecuteNonQueryAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await SafeguardDatabase.MigrateAsync(file, timeout.Token);

        await using var db = SafeguardDatabase.Open(file);
        Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM \"__EFMigrationsLock\"").SingleAsync());
    }

    [Fact]
    public async Task Migrate_WhileAnotherProcessHoldsTheFileLock_WaitsForIt()
    {
        await SafeguardDatabase.MigrateAsync(file);
        var held = new FileStream(file + ".migrating", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var migrating = SafeguardDatabase.MigrateAsync(file);
        await Task.Delay(500);
        Assert.False(migrating.IsCompleted);
        await held.DisposeAsync();
        await migrating.WaitAsync(TimeSpan.FromMinutes(2));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + ".migrating" })
            if (File.Exists(path)) File.Delete(path);
    }
}
