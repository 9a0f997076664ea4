using Npgsql;
using Safeguard.Data;

namespace Safeguard.Tests;

/// <summary>
/// A fresh, empty database for one test: a temporary SQLite file, or a new database on the PostgreSQL server that
/// ./test starts (SAFEGUARD_TEST_POSTGRES). A test that needs PostgreSQL fails, never skips, when it is missing.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _postgresName;
    private readonly string? _sqlitePath;

    private TestDatabase(string connection, string? postgresName, string? sqlitePath)
    {
        Connection = connection;
        _postgresName = postgresName;
        _sqlitePath = sqlitePath;
    }

    /// <summary>What `--database` takes: a SQLite path or a PostgreSQL connection string.</summary>
    public string Connection { get; }

    public DatabaseProvider Provider => SafeguardDatabase.ProviderFor(Connection);

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("SAFEGUARD_TEST_POSTGRES") is { Length: > 0 } server ? server
            : throw new InvalidOperationException("SAFEGUARD_TEST_POSTGRES is not set: run the tests through ./test, which starts a throwaway PostgreSQL.");

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool migrate = true)
    {
        TestDatabase db;
        if (provider == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"safeguard-test-{Guid.NewGuid():N}.db");
            db = new TestDatabase(path, null, path);
        }
        else
        {
            var name = $"safeguard_test_{Guid.NewGuid():N}";
            await using (var admin = new NpgsqlConnection(PostgresServer))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
                await create.ExecuteNonQueryAsync();
            }
            var builder = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name };
            db = new TestDatabase(builder.ConnectionString, name, null);
        }
        if (migrate) await SafeguardDatabase.MigrateAsync(db.Connection);
        return db;
    }

    public SafeguardDbContext Open() => SafeguardDatabase.Open(Connection);

    public async ValueTask DisposeAsync()
    {
        if (_sqlitePath is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _sqlitePath, _sqlitePath + "-wal", _sqlitePath + "-shm" }) File.Delete(f);
        }
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(PostgresServer);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
