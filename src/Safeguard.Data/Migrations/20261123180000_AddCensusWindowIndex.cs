using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Safeguard.Data.Migrations;

/// <summary>
/// The census export's driving index: episodes of need by child, with the window's dates and the id, so every row
/// stream walks the year's episodes in child order from the index alone (no sort, no table lookup for the episodes
/// outside the year). It starts with ChildId, so it replaces the plain foreign-key index on ChildId.
/// </summary>
[DbContext(typeof(SafeguardDbContext))]
[Migration("20261123180000_AddCensusWindowIndex")]
public sealed class AddCensusWindowIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex(name: "IX_EpisodesOfNeed_ChildId_ClosureDate_ReferralDate_Id", table: "EpisodesOfNeed",
            columns: new[] { "ChildId", "ClosureDate", "ReferralDate", "Id" });
        migrationBuilder.DropIndex(name: "IX_EpisodesOfNeed_ChildId", table: "EpisodesOfNeed");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex(name: "IX_EpisodesOfNeed_ChildId", table: "EpisodesOfNeed", column: "ChildId");
        migrationBuilder.DropIndex(name: "IX_EpisodesOfNeed_ChildId_ClosureDate_ReferralDate_Id", table: "EpisodesOfNeed");
    }
}
