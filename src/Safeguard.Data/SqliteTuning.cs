using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Safeguard.Data;

/// <summary>
/// SQLite as a server's embedded store: write-ahead logging so readers never wait for a writer, NORMAL sync (safe
/// in WAL mode: a crash can lose the last commit but never corrupts), and a busy timeout instead of instant errors.
/// </summary>
internal sealed class SqliteTuning : DbConnectionInterceptor
{
    public static SqliteTuning Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Tune(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Tune(connection);
        return Task.CompletedTask;
    }

    private static void Tune(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;";
        command.ExecuteNonQuery();
    }
}
