using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Safeguard.Data.Migrations;

/// <summary>
/// Record-level access: the users named on a restricted record, the questions put to partner practitioners, and which
/// partner submitted a contact — the three facts the access check needs beyond allocations, teams and conferences.
/// </summary>
[DbContext(typeof(SafeguardDbContext))]
[Migration("20261123140000_AddRecordAccess")]
public sealed class AddRecordAccess : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>(name: "SubmittedBy", table: "Contacts", nullable: true);
        migrationBuilder.CreateIndex(name: "IX_Contacts_SubmittedBy", table: "Contacts", column: "SubmittedBy");

        migrationBuilder.CreateTable(
            name: "NamedAccess",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ChildId = table.Column<Guid>(nullable: false),
                WorkerId = table.Column<Guid>(nullable: false),
                NamedBy = table.Column<Guid>(nullable: false),
                NamedOn = table.Column<DateOnly>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_NamedAccess", x => x.Id);
                table.ForeignKey(name: "FK_NamedAccess_Children_ChildId", column: x => x.ChildId, principalTable: "Children",
                    principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey(name: "FK_NamedAccess_Workers_WorkerId", column: x => x.WorkerId, principalTable: "Workers",
                    principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_NamedAccess_ChildId_WorkerId", table: "NamedAccess", columns: new[] { "ChildId", "WorkerId" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_NamedAccess_WorkerId", table: "NamedAccess", column: "WorkerId");

        migrationBuilder.CreateTable(
            name: "InformationRequests",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ChildId = table.Column<Guid>(nullable: false),
                PartnerId = table.Column<Guid>(nullable: false),
                Question = table.Column<string>(maxLength: 4000, nullable: false),
                AskedBy = table.Column<Guid>(nullable: false),
                AskedOn = table.Column<DateOnly>(nullable: false),
                Answer = table.Column<string>(maxLength: 8000, nullable: true),
                AnsweredOn = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_InformationRequests", x => x.Id);
                table.ForeignKey(name: "FK_InformationRequests_Children_ChildId", column: x => x.ChildId, principalTable: "Children",
                    principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey(name: "FK_InformationRequests_Workers_PartnerId", column: x => x.PartnerId, principalTable: "Workers",
                    principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_InformationRequests_ChildId", table: "InformationRequests", column: "ChildId");
        migrationBuilder.CreateIndex(name: "IX_InformationRequests_PartnerId", table: "InformationRequests", column: "PartnerId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "InformationRequests");
        migrationBuilder.DropTable(name: "NamedAccess");
        migrationBuilder.DropIndex(name: "IX_Contacts_SubmittedBy", table: "Contacts");
        migrationBuilder.DropColumn(name: "SubmittedBy", table: "Contacts");
    }
}
