using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Safeguard.Data.Migrations;

/// <summary>
/// Covering indexes for the indicators' flat reads (<c>IndicatorRows</c>): each table read by child or episode id
/// gets an index holding every column the read needs, in id order, so SQLite answers from the index alone rather
/// than an index probe and a table lookup a row. Each starts with the foreign key, so it replaces the plain
/// foreign-key index; the census window index gains the decision date. And an index on allocations' end date, so
/// the children allocated on the workforce day are found without walking every allocation.
/// </summary>
[DbContext(typeof(SafeguardDbContext))]
[Migration("20261123190000_AddIndicatorIndexes")]
public sealed class AddIndicatorIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex(name: "IX_EpisodesOfNeed_ChildId_Window", table: "EpisodesOfNeed",
            columns: new[] { "ChildId", "ClosureDate", "ReferralDate", "Id", "DecisionDate" });
        migrationBuilder.DropIndex(name: "IX_EpisodesOfNeed_ChildId_ClosureDate_ReferralDate_Id", table: "EpisodesOfNeed");

        migrationBuilder.CreateIndex(name: "IX_Allocations_ChildId_Covering", table: "Allocations",
            columns: new[] { "ChildId", "Id", "From", "To", "WorkerId" });
        migrationBuilder.DropIndex(name: "IX_Allocations_ChildId", table: "Allocations");
        migrationBuilder.CreateIndex(name: "IX_Allocations_To_From_ChildId", table: "Allocations",
            columns: new[] { "To", "From", "ChildId" });

        migrationBuilder.CreateIndex(name: "IX_Assessments_EpisodeId_Covering", table: "Assessments",
            columns: new[] { "EpisodeId", "Id", "Kind", "StartDate", "AuthorisationDate" });
        migrationBuilder.DropIndex(name: "IX_Assessments_EpisodeId", table: "Assessments");

        migrationBuilder.CreateIndex(name: "IX_Section47Enquiries_EpisodeId_Covering", table: "Section47Enquiries",
            columns: new[] { "EpisodeId", "Id", "StartDate", "StrategyDiscussionDate" });
        migrationBuilder.DropIndex(name: "IX_Section47Enquiries_EpisodeId", table: "Section47Enquiries");

        migrationBuilder.CreateIndex(name: "IX_ChildProtectionConferences_EpisodeId_Covering", table: "ChildProtectionConferences",
            columns: new[] { "EpisodeId", "Id", "Kind", "Date", "Section47Id" });
        migrationBuilder.DropIndex(name: "IX_ChildProtectionConferences_EpisodeId", table: "ChildProtectionConferences");

        migrationBuilder.CreateIndex(name: "IX_ChildProtectionPlans_EpisodeId_Covering", table: "ChildProtectionPlans",
            columns: new[] { "EpisodeId", "Id", "StartDate", "EndDate", "PreviousPlans" });
        migrationBuilder.DropIndex(name: "IX_ChildProtectionPlans_EpisodeId", table: "ChildProtectionPlans");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex(name: "IX_ChildProtectionPlans_EpisodeId", table: "ChildProtectionPlans", column: "EpisodeId");
        migrationBuilder.DropIndex(name: "IX_ChildProtectionPlans_EpisodeId_Covering", table: "ChildProtectionPlans");
        migrationBuilder.CreateIndex(name: "IX_ChildProtectionConferences_EpisodeId", table: "ChildProtectionConferences", column: "EpisodeId");
        migrationBuilder.DropIndex(name: "IX_ChildProtectionConferences_EpisodeId_Covering", table: "ChildProtectionConferences");
        migrationBuilder.CreateIndex(name: "IX_Section47Enquiries_EpisodeId", table: "Section47Enquiries", column: "EpisodeId");
        migrationBuilder.DropIndex(name: "IX_Section47Enquiries_EpisodeId_Covering", table: "Section47Enquiries");
        migrationBuilder.CreateIndex(name: "IX_Assessments_EpisodeId", table: "Assessments", column: "EpisodeId");
        migrationBuilder.DropIndex(name: "IX_Assessments_EpisodeId_Covering", table: "Assessments");
        migrationBuilder.DropIndex(name: "IX_Allocations_To_From_ChildId", table: "Allocations");
        migrationBuilder.CreateIndex(name: "IX_Allocations_ChildId", table: "Allocations", column: "ChildId");
        migrationBuilder.DropIndex(name: "IX_Allocations_ChildId_Covering", table: "Allocations");
        migrationBuilder.CreateIndex(name: "IX_EpisodesOfNeed_ChildId_ClosureDate_ReferralDate_Id", table: "EpisodesOfNeed",
            columns: new[] { "ChildId", "ClosureDate", "ReferralDate", "Id" });
        migrationBuilder.DropIndex(name: "IX_EpisodesOfNeed_ChildId_Window", table: "EpisodesOfNeed");
    }
}
