using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Safeguard.Data.Tests.Schema;

/// <summary>A database's schema read back from the server as sorted lines: tables, columns, keys, indexes, foreign keys.</summary>
public static class SchemaDescription
{
    public static async Task<IReadOnlyList<string>> ReadAsync(SafeguardDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var lines = db.Database.IsNpgsql() ? await ReadPostgresAsync(connection) : await ReadSqliteAsync(connection);
        return [.. lines.Where(l => !l.Contains("__EF", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    private static async Task<List<string>> ReadSqliteAsync(DbConnection c)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", r => r.GetString(0));
        foreach (var t in tables)
        {
            lines.Add($"table {t}");
            lines.AddRange(await QueryAsync(c, $"PRAGMA table_info(\"{t}\")",
                r => $"column {t}.{r.GetString(1)} {r.GetString(2)} notnull={r.GetInt64(3)} pk={r.GetInt64(5)}"));
            var indexes = await QueryAsync(c, $"PRAGMA index_list(\"{t}\")", r => (Name: r.GetString(1), Unique: r.GetInt64(2), Origin: r.GetString(3)));
            foreach (var i in indexes.Where(i => i.Origin == "c"))
            {
                var cols = await QueryAsync(c, $"PRAGMA index_info(\"{i.Name}\")", r => r.GetString(2));
                lines.Add($"index {t}.{i.Name} unique={i.Unique} ({string.Join(",", cols)})");
            }
            lines.AddRange(await QueryAsync(c, $"PRAGMA foreign_key_list(\"{t}\")",
                r => $"fk {t}.{r.GetString(3)} -> {r.GetString(2)}.{r.GetString(4)} on delete {r.GetString(6)}"));
        }
        return lines;
    }

    private static async Task<List<string>> ReadPostgresAsync(DbConnection c)
    {
        var lines = new List<string>();
        lines.AddRange(await QueryAsync(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", r => $"table {r.GetString(0)}"));
        lines.AddRange(await QueryAsync(c,
            "SELECT table_name, column_name, data_type, coalesce(character_maximum_length, -1), is_nullable FROM information_schema.columns WHERE table_schema = 'public'",
            r => $"column {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}({r.GetInt32(3)}) nullable={r.GetString(4)}"));
        lines.AddRange(await QueryAsync(c, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'",
            r => $"index {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}"));
        lines.AddRange(await QueryAsync(c, """
            SELECT tc.table_name, kcu.column_name, ccu.table_name, ccu.column_name, rc.delete_rule, tc.constraint_name
            FROM information_schema.table_constraints tc
            JOIN information_schema.key_column_usage kcu ON tc.constraint_name = kcu.constraint_name AND tc.table_schema = kcu.table_schema
            JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
            JOIN information_schema.referential_constraints rc ON rc.constraint_name = tc.constraint_name AND rc.constraint_schema = tc.table_schema
            WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'
            """, r => $"fk {r.GetString(5)} {r.GetString(0)}.{r.GetString(1)} -> {r.GetString(2)}.{r.GetString(3)} on delete {r.GetString(4)}"));
        return lines;
    }

    private static async Task<List<T>> QueryAsync<T>(DbConnection c, string sql, Func<DbDataReader, T> read)
    {
        await using var command = c.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var list = new List<T>();
        while (await reader.ReadAsync()) list.Add(read(reader));
        return list;
    }
}
