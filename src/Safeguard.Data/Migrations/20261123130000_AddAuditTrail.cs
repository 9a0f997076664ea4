using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Safeguard.Data.Migrations;

/// <summary>
/// The audit trail: one hash-chained entry per view or change of a child's record. No foreign key to the child on
/// purpose — the trail outlives the records it describes.
/// </summary>
[DbContext(typeof(SafeguardDbContext))]
[Migration("20261123130000_AddAuditTrail")]
public sealed class AddAuditTrail : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Sequence = table.Column<long>(nullable: false),
                At = table.Column<DateTimeOffset>(nullable: false),
                UserId = table.Column<Guid>(nullable: true),
                UserName = table.Column<string>(maxLength: 256, nullable: false),
                Role = table.Column<string>(maxLength: 40, nullable: false),
                ChildId = table.Column<Guid>(nullable: true),
                Action = table.Column<string>(maxLength: 40, nullable: false),
                What = table.Column<string>(maxLength: 200, nullable: false),
                FromAddress = table.Column<string>(maxLength: 45, nullable: true),
                PreviousHash = table.Column<string>(maxLength: 64, nullable: false),
                Hash = table.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AuditEntries", x => x.Id);
            });

        migrationBuilder.CreateIndex(name: "IX_AuditEntries_ChildId_Sequence", table: "AuditEntries", columns: new[] { "ChildId", "Sequence" });
        migrationBuilder.CreateIndex(name: "IX_AuditEntries_Sequence", table: "AuditEntries", columns: new[] { "Sequence" }, unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "AuditEntries");
}
