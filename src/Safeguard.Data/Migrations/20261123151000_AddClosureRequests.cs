using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Safeguard.Data.Migrations;

/// <summary>
/// Sign-off: a worker's closure request and the manager's decision on it; who submitted an assessment and what a
/// manager said when returning it; and the reviews of a child in need plan.
/// </summary>
[DbContext(typeof(SafeguardDbContext))]
[Migration("20261123151000_AddClosureRequests")]
public sealed class AddClosureRequests : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>(name: "SubmittedBy", table: "Assessments", nullable: true);
        migrationBuilder.AddColumn<Guid>(name: "ReturnedBy", table: "Assessments", nullable: true);
        migrationBuilder.AddColumn<DateOnly>(name: "ReturnedDate", table: "Assessments", nullable: true);
        migrationBuilder.AddColumn<string>(name: "ReturnComments", table: "Assessments", maxLength: 4000, nullable: true);

        migrationBuilder.CreateTable(
            name: "ClosureRequests",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EpisodeId = table.Column<Guid>(nullable: false),
                Reason = table.Column<string>(maxLength: 3, nullable: false),
                ClosureDate = table.Column<DateOnly>(nullable: false),
                Summary = table.Column<string>(maxLength: 20000, nullable: false),
                RequestedBy = table.Column<Guid>(nullable: false),
                RequestedOn = table.Column<DateOnly>(nullable: false),
                Status = table.Column<string>(maxLength: 40, nullable: false),
                DecidedBy = table.Column<Guid>(nullable: true),
                DecidedOn = table.Column<DateOnly>(nullable: true),
                ReturnComments = table.Column<string>(maxLength: 4000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ClosureRequests", x => x.Id);
                table.ForeignKey(name: "FK_ClosureRequests_EpisodesOfNeed_EpisodeId", column: x => x.EpisodeId, principalTable: "EpisodesOfNeed",
                    principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_ClosureRequests_EpisodeId", table: "ClosureRequests", column: "EpisodeId");
        migrationBuilder.CreateIndex(name: "IX_ClosureRequests_Status", table: "ClosureRequests", column: "Status");

        migrationBuilder.CreateTable(
            name: "ChildInNeedPlanReviews",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Summary = table.Column<string>(maxLength: 20000, nullable: false),
                RecordedBy = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ChildInNeedPlanReviews", x => x.Id);
                table.ForeignKey(name: "FK_ChildInNeedPlanReviews_ChildInNeedPlans_PlanId", column: x => x.PlanId, principalTable: "ChildInNeedPlans",
                    principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_ChildInNeedPlanReviews_PlanId", table: "ChildInNeedPlanReviews", column: "PlanId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ChildInNeedPlanReviews");
        migrationBuilder.DropTable(name: "ClosureRequests");
        migrationBuilder.DropColumn(name: "ReturnComments", table: "Assessments");
        migrationBuilder.DropColumn(name: "ReturnedDate", table: "Assessments");
        migrationBuilder.DropColumn(name: "ReturnedBy", table: "Assessments");
        migrationBuilder.DropColumn(name: "SubmittedBy", table: "Assessments");
    }
}
