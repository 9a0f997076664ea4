using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Safeguard.Data;

/// <summary>
/// EF Core takes its SQLite migration lock by writing a row to <c>__EFMigrationsLock</c>; a process killed while
/// migrating leaves the row behind and every later start waits on it for ever. So migrating processes first hold an
/// operating-system lock on a file beside the database, which dies with its process: whoever holds that lock knows a
/// row still in <c>__EFMigrationsLock</c> is stale and clears it. (PostgreSQL's advisory lock ends with its session.)
/// </summary>
internal sealed class SqliteMigrationGuard : IDisposable
{
    private readonly FileStream? file;

    private SqliteMigrationGuard(FileStream? file) => this.file = file;

    public static async Task<SqliteMigrationGuard> AcquireAsync(SafeguardDbContext db, CancellationToken cancellationToken)
    {
        var dataSource = db.Database.GetDbConnection().DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource.Contains(":memory:", StringComparison.OrdinalIgnoreCase)
            || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            return new SqliteMigrationGuard(null);

        var lockPath = Path.GetFullPath(dataSource) + ".migrating";
        FileStream? file = null;
        while (file is null)
        {
            try
            {
                file = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                // Another process is migrating this database: wait for it.
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        }

        var guard = new SqliteMigrationGuard(file);
        try
        {
            await ClearStaleLockAsync(db, cancellationToken);
            return guard;
        }
        catch
        {
            guard.Dispose();
            throw;
        }
    }

    private static async Task ClearStaleLockAsync(SafeguardDbContext db, CancellationToken cancellationToken)
    {
        if (!File.Exists(db.Database.GetDbConnection().DataSource)) return;
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        try
        {
            await using var exists = connection.CreateCommand();
            exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0) return;
            await using var clear = connection.CreateCommand();
            clear.CommandText = "DELETE FROM \"__EFMigrationsLock\"";
            var stale = await clear.ExecuteNonQueryAsync(cancellationToken);
            if (stale > 0)
                db.GetService<ILoggerFactory>().CreateLogger(typeof(SafeguardDatabase))
                    .LogWarning("Cleared a migration lock left by a process that stopped while migrating {Database}", connection.DataSource);
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    public void Dispose() => file?.Dispose();
}
