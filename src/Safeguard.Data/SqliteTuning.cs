using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Safeguard.Data;

/// <summary>
/// SQLite as a server's embedded store: write-ahead logging so readers never wait for a writer, NORMAL sync (safe
/// in WAL mode: a crash can lose the last commit but never corrupts), and a busy timeout instead of instant errors.
/// </summary>
internal sealed class SqliteTuning : DbConnectionInterceptor
{
    public static SqliteTuning Instance { get; } = new();

    // The settings belong to the native connection, which the pool keeps open across opens: tune each one once
    // rather than on every open (three statements, about 2 % of a record page).
    private static readonly ConditionalWeakTable<object, object> Tuned = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Tune(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Tune(connection);
        return Task.CompletedTask;
    }

    private static void Tune(DbConnection connection)
    {
        var handle = (connection as SqliteConnection)?.Handle;
        if (handle is not null && Tuned.TryGetValue(handle, out _)) return;
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;";
        command.ExecuteNonQuery();
        if (handle is not null) Tuned.AddOrUpdate(handle, handle);
    }
}
