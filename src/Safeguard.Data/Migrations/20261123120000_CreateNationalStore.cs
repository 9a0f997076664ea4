using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Safeguard.Data.Migrations;

/// <summary>The national store: imported CIN census returns and the published measures worked out from them.</summary>
[DbContext(typeof(SafeguardDbContext))]
[Migration("20261123120000_CreateNationalStore")]
public sealed class CreateNationalStore : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "CensusSubmissions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                LaCode = table.Column<string>(maxLength: 3, nullable: false),
                CollectionYear = table.Column<int>(nullable: false),
                FileName = table.Column<string>(maxLength: 260, nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                ImportedAt = table.Column<DateTimeOffset>(nullable: false),
                Children = table.Column<int>(nullable: false),
                Referrals = table.Column<int>(nullable: false),
                Assessments = table.Column<int>(nullable: false),
                Section47s = table.Column<int>(nullable: false),
                Icpcs = table.Column<int>(nullable: false),
                ChildProtectionPlans = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CensusSubmissions", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "NationalFigures",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                LaCode = table.Column<string>(maxLength: 3, nullable: false),
                CollectionYear = table.Column<int>(nullable: false),
                MeasureId = table.Column<string>(maxLength: 40, nullable: false),
                Value = table.Column<decimal>(precision: 14, scale: 4, nullable: false),
                Numerator = table.Column<int>(nullable: false),
                Denominator = table.Column<int>(nullable: true),
                SubmissionId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_NationalFigures", x => x.Id);
                table.ForeignKey(
                    name: "FK_NationalFigures_CensusSubmissions_SubmissionId",
                    column: x => x.SubmissionId,
                    principalTable: "CensusSubmissions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_CensusSubmissions_LaCode_CollectionYear", table: "CensusSubmissions", columns: new[] { "LaCode", "CollectionYear" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_NationalFigures_LaCode_CollectionYear_MeasureId", table: "NationalFigures", columns: new[] { "LaCode", "CollectionYear", "MeasureId" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_NationalFigures_MeasureId_CollectionYear", table: "NationalFigures", columns: new[] { "MeasureId", "CollectionYear" });
        migrationBuilder.CreateIndex(name: "IX_NationalFigures_SubmissionId", table: "NationalFigures", columns: new[] { "SubmissionId" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "NationalFigures");
        migrationBuilder.DropTable(name: "CensusSubmissions");
    }
}
