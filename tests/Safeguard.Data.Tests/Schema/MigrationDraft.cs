using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Safeguard.Data;

namespace Safeguard.Data.Tests.Schema;

/// <summary>
/// Drafts the provider-neutral C# a hand-written migration needs to reach the current model: EF's design tools are
/// not available here, so the drift tests print this when the migrated schema and the model disagree. Start from it,
/// then read and edit it like any code.
/// </summary>
public static class MigrationDraft
{
    public static IReadOnlyList<MigrationOperation> OperationsFromEmpty(SafeguardDbContext db)
    {
        var differ = db.GetService<IMigrationsModelDiffer>();
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        return differ.GetDifferences(null, model);
    }

    public static string ToCSharp(IEnumerable<MigrationOperation> operations)
    {
        var s = new StringBuilder();
        foreach (var op in operations)
        {
            switch (op)
            {
                case CreateTableOperation t: WriteCreateTable(s, t); break;
                case CreateIndexOperation i:
                    s.Append(CultureInfo.InvariantCulture, $"        migrationBuilder.CreateIndex(name: \"{i.Name}\", table: \"{i.Table}\", columns: {Columns(i.Columns)}");
                    if (i.IsUnique) s.Append(", unique: true");
                    if (i.Filter is not null) s.Append(CultureInfo.InvariantCulture, $", filter: \"{i.Filter}\"");
                    s.AppendLine(");");
                    break;
                default: s.AppendLine(CultureInfo.InvariantCulture, $"        // TODO: {op.GetType().Name}"); break;
            }
        }
        return s.ToString();
    }

    private static void WriteCreateTable(StringBuilder s, CreateTableOperation t)
    {
        s.AppendLine(CultureInfo.InvariantCulture, $"        migrationBuilder.CreateTable(\n            name: \"{t.Name}\",\n            columns: table => new\n            {{");
        foreach (var c in t.Columns)
        {
            var args = new List<string> { $"nullable: {(c.IsNullable ? "true" : "false")}" };
            if (c.MaxLength is { } max) args.Insert(0, $"maxLength: {max}");
            s.AppendLine(CultureInfo.InvariantCulture, $"                {c.Name} = table.Column<{TypeName(c.ClrType)}>({string.Join(", ", args)}),");
        }
        s.AppendLine("            },\n            constraints: table =>\n            {");
        if (t.PrimaryKey is { } pk)
            s.AppendLine(CultureInfo.InvariantCulture, $"                table.PrimaryKey(\"{pk.Name}\", x => {Tuple(pk.Columns)});");
        foreach (var fk in t.ForeignKeys)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"                table.ForeignKey(\n                    name: \"{fk.Name}\",\n                    column: x => {Tuple(fk.Columns)},\n                    principalTable: \"{fk.PrincipalTable}\",");
            s.Append(CultureInfo.InvariantCulture, $"                    principalColumn{(fk.PrincipalColumns!.Length > 1 ? "s" : "")}: {(fk.PrincipalColumns.Length > 1 ? Columns(fk.PrincipalColumns) : $"\"{fk.PrincipalColumns[0]}\"")}");
            s.AppendLine(CultureInfo.InvariantCulture, $",\n                    onDelete: ReferentialAction.{fk.OnDelete});");
        }
        s.AppendLine("            });\n");
    }

    private static string Tuple(string[] columns) =>
        columns.Length == 1 ? $"x.{columns[0]}" : "new { " + string.Join(", ", columns.Select(c => $"x.{c}")) + " }";

    private static string Columns(string[] columns) => "new[] { " + string.Join(", ", columns.Select(c => $"\"{c}\"")) + " }";

    private static string TypeName(Type t) => t switch
    {
        _ when t == typeof(string) => "string",
        _ when t == typeof(int) => "int",
        _ when t == typeof(long) => "long",
        _ when t == typeof(bool) => "bool",
        _ when t == typeof(decimal) => "decimal",
        _ when t == typeof(double) => "double",
        _ when t == typeof(byte[]) => "byte[]",
        _ => t.Name,
    };
}
