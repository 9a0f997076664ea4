using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Safeguard.Data;

public enum DatabaseProvider { Sqlite, PostgreSql }

/// <summary>
/// Opens the case records from what a user gives: a SQLite file path (the default, embedded) or a PostgreSQL
/// connection string ("Host=...;Database=...").
/// </summary>
public static class SafeguardDatabase
{
    public static DatabaseProvider ProviderFor(string database) =>
        database.Contains('=', StringComparison.Ordinal) && (database.Contains("Host", StringComparison.OrdinalIgnoreCase) || database.Contains("Server", StringComparison.OrdinalIgnoreCase))
            ? DatabaseProvider.PostgreSql
            : DatabaseProvider.Sqlite;

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string database)
    {
        // A list of ids goes to the database as one parameter (an array; JSON on SQLite), not one per id: EF 10's
        // default of one parameter each rebuilt the SQL of every split query on every request (about 5 ms each).
        if (ProviderFor(database) == DatabaseProvider.PostgreSql)
            builder.UseNpgsql(PostgresConnectionString(database), o => o
                .MigrationsAssembly(typeof(SafeguardDatabase).Assembly.GetName().Name)
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
        else
        {
            var path = database.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase) ? database : SqliteConnectionString(database);
            builder.UseSqlite(path, o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)).AddInterceptors(SqliteTuning.Instance);
        }
        builder.AddInterceptors(Audit.AuditChainInterceptor.Instance);
        // Migrations are hand-written without a model snapshot, so EF cannot compare; the drift tests do that instead.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return builder;
    }

    public static DbContextOptions<SafeguardDbContext> Options(string database) =>
        (DbContextOptions<SafeguardDbContext>)Configure(new DbContextOptionsBuilder<SafeguardDbContext>(), database).Options;

    public static SafeguardDbContext Open(string database) => new(Options(database));

    /// <summary>Creates the database if needed and applies every migration not yet applied.</summary>
    public static async Task MigrateAsync(string database, CancellationToken cancellationToken = default)
    {
        if (ProviderFor(database) == DatabaseProvider.Sqlite && !database.Contains('=', StringComparison.Ordinal))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(database));
            if (folder is not null) Directory.CreateDirectory(folder);
        }
        await using var db = Open(database);
        var sqlite = ProviderFor(database) == DatabaseProvider.Sqlite;
        using var guard = sqlite ? await SqliteMigrationGuard.AcquireAsync(db, cancellationToken) : null;
        await db.Database.MigrateAsync(cancellationToken);
        // Statistics for the query planner (sampled: tens of milliseconds on a county's ten years). Without them
        // SQLite reads every child of the authority rather than a worker's few by id. PostgreSQL analyses itself.
        if (sqlite) await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit = 1000; ANALYZE;", cancellationToken);
    }

    /// <summary>
    /// Without a pool size of its own, PostgreSQL gets a bounded pool: with Npgsql's default of 100, 200 browsers at
    /// once opened 100 backends on two cores, each query waited on the others, and pages timed out; with 8 a core
    /// the same load queued briefly in the pool and none failed (docs/performance.md, Web).
    /// </summary>
    public static string PostgresConnectionString(string database)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = database };
        var builder = new NpgsqlConnectionStringBuilder(database);
        if (!new[] { "Maximum Pool Size", "Max Pool Size", "MaxPoolSize" }.Any(given.ContainsKey)) builder.MaxPoolSize = DefaultMaxPoolSize;
        return builder.ConnectionString;
    }

    public static int DefaultMaxPoolSize => Math.Max(16, 8 * Environment.ProcessorCount);

    private static string SqliteConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
}
