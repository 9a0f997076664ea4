using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Safeguard.Data.Audit;

namespace Safeguard.Data.Records;

/// <summary>
/// Stores every record a context tracks as new, table by table, without SaveChanges: EF still works out the rows
/// (keys, owned collections, shadow foreign keys, enum names and other conversions) when the records are added, and
/// each table's rows then go in through one prepared INSERT (SQLite) or one binary COPY (PostgreSQL). SaveChanges'
/// per-row command building and bookkeeping were nearly all of a seed's time (Kent's ten years: 915 s, of which
/// generating took 34 s). Only for new records with nothing to do at save time: audit entries are chained as they are
/// saved, so they come here only from the chain itself.
/// </summary>
internal static class AddedRowInserts
{
    private static readonly ConcurrentDictionary<IEntityType, TableRows> Tables = new();

    /// <returns>How many rows were inserted.</returns>
    /// <param name="chainedAudit">Audit entries the chain has just linked under its turn (<see cref="AuditChainInterceptor.AppendAsync"/>).</param>
    public static async Task<int> InsertAsync(SafeguardDbContext db, CancellationToken cancellationToken, bool chainedAudit = false)
    {
        var groups = db.ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Added)
            .GroupBy(e => e.Metadata)
            .Select(g => (Table: Tables.GetOrAdd(g.Key, TableRows.For), Entries: g.ToList()))
            .OrderBy(g => g.Table.Order)
            .ToList();
        if (!chainedAudit && groups.Any(g => g.Table.EntityType.ClrType == typeof(AuditEntry)))
            throw new InvalidOperationException("Audit entries are chained as they are saved; store them with SaveChanges.");

        var rows = 0;
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are inserted inside the caller's transaction, so a batch is all or nothing.");
        foreach (var (table, entries) in groups)
        {
            rows += connection switch
            {
                SqliteConnection sqlite => InsertSqlite(sqlite, (SqliteTransaction)transaction, table, entries),
                NpgsqlConnection postgres => await CopyPostgresAsync(postgres, table, entries, cancellationToken),
                _ => throw new NotSupportedException(connection.GetType().Name),
            };
        }
        return rows;
    }

    private static int InsertSqlite(SqliteConnection connection, SqliteTransaction transaction, TableRows table, List<EntityEntry> entries)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = table.InsertSql;
        var parameters = table.Columns.Select((c, i) => c.Mapping.CreateParameter(command, "$p" + i, null, c.Property.IsNullable)).ToArray();
        command.Parameters.AddRange(parameters);
        command.Prepare();
        foreach (var entry in entries)
        {
            var values = entry.CurrentValues;
            for (var i = 0; i < parameters.Length; i++) parameters[i].Value = table.Columns[i].ProviderValue(values) ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
        return entries.Count;
    }

    private static async Task<int> CopyPostgresAsync(NpgsqlConnection connection, TableRows table, List<EntityEntry> entries, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(table.CopySql, cancellationToken);
        foreach (var entry in entries)
        {
            await importer.StartRowAsync(cancellationToken);
            var values = entry.CurrentValues;
            foreach (var column in table.Columns)
            {
                if (column.ProviderValue(values) is { } value) await importer.WriteAsync(value, column.PostgresType, cancellationToken);
                else await importer.WriteNullAsync(cancellationToken);
            }
        }
        await importer.CompleteAsync(cancellationToken);
        return entries.Count;
    }

    /// <summary>One entity type's table: its columns in order, and where it comes in the order of inserts.</summary>
    private sealed record TableRows(IEntityType EntityType, int Order, IReadOnlyList<TableColumn> Columns, string InsertSql, string CopySql)
    {
        public static TableRows For(IEntityType entityType)
        {
            var name = entityType.GetTableName() ?? throw new NotSupportedException($"{entityType.DisplayName()} is not mapped to a table.");
            var table = StoreObjectIdentifier.Table(name, entityType.GetSchema());
            if (entityType.Model.GetEntityTypes().Count(e => e.GetTableName() == name && e.GetSchema() == entityType.GetSchema()) > 1)
                throw new NotSupportedException($"{name} is shared by several entity types; store it with SaveChanges.");
            var columns = entityType.GetProperties()
                .Select(p => new TableColumn(p, p.GetColumnName(table) ?? throw new NotSupportedException(p.Name), p.GetRelationalTypeMapping()))
                .ToList();
            var quoted = Quote(name);
            var columnList = string.Join(", ", columns.Select(c => Quote(c.Name)));
            return new TableRows(entityType, Depth(entityType, []), columns,
                $"INSERT INTO {quoted} ({columnList}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})",
                $"COPY {quoted} ({columnList}) FROM STDIN (FORMAT BINARY)");
        }

        // Tables referred to go first. A table that refers to itself relies on its rows coming in order (the
        // generator hands records over principal first) or, on SQLite, on the checks deferred to the commit.
        private static int Depth(IEntityType entityType, HashSet<IEntityType> visiting)
        {
            if (!visiting.Add(entityType)) return 0;
            var depth = entityType.GetForeignKeys()
                .Select(k => k.PrincipalEntityType)
                .Where(p => p != entityType)
                .Select(p => Depth(p, visiting) + 1)
                .DefaultIfEmpty(0)
                .Max();
            visiting.Remove(entityType);
            return depth;
        }

        private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private sealed record TableColumn(IProperty Property, string Name, RelationalTypeMapping Mapping)
    {
        // The store type without its size ("character varying(40)" → "character varying"), as COPY names types.
        public string PostgresType { get; } = StoreTypeWithoutFacets(Mapping.StoreType);

        public object? ProviderValue(PropertyValues values)
        {
            var value = values[Property];
            return value is null ? null : Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }

        private static string StoreTypeWithoutFacets(string storeType)
        {
            var open = storeType.IndexOf('(', StringComparison.Ordinal);
            if (open < 0) return storeType;
            var close = storeType.IndexOf(')', open);
            return (storeType[..open] + (close >= 0 ? storeType[(close + 1)..] : "")).Trim();
        }
    }
}
