using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Safeguard.Data.Migrations;

/// <summary>
/// The case records: authorities, workforce, children and their whole journey. Provider-neutral (no store types),
/// so the same migration builds the schema on SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(SafeguardDbContext))]
[Migration("20261123100000_CreateCaseRecords")]
public sealed class CreateCaseRecords : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Authorities",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                LaCode = table.Column<string>(maxLength: 3, nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                OnsCode = table.Column<string>(maxLength: 9, nullable: true),
                RuleSet = table.Column<string>(maxLength: 10, nullable: false),
                WorkingDays = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Authorities", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Children",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AuthorityId = table.Column<Guid>(nullable: false),
                LaChildId = table.Column<string>(maxLength: 20, nullable: false),
                GivenName = table.Column<string>(maxLength: 100, nullable: false),
                FamilyName = table.Column<string>(maxLength: 100, nullable: false),
                DateOfBirth = table.Column<DateOnly>(nullable: true),
                ExpectedDateOfBirth = table.Column<DateOnly>(nullable: true),
                DateOfDeath = table.Column<DateOnly>(nullable: true),
                Sex = table.Column<string>(maxLength: 40, nullable: false),
                Ethnicity = table.Column<string>(maxLength: 4, nullable: false),
                NhsNumber = table.Column<string>(maxLength: 10, nullable: true),
                Upn = table.Column<string>(maxLength: 13, nullable: true),
                IsRestricted = table.Column<bool>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Children", x => x.Id);
                table.ForeignKey(
                    name: "FK_Children_Authorities_AuthorityId",
                    column: x => x.AuthorityId,
                    principalTable: "Authorities",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "FamilyMembers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AuthorityId = table.Column<Guid>(nullable: false),
                GivenName = table.Column<string>(maxLength: 100, nullable: false),
                FamilyName = table.Column<string>(maxLength: 100, nullable: false),
                DateOfBirth = table.Column<DateOnly>(nullable: true),
                Sex = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_FamilyMembers", x => x.Id);
                table.ForeignKey(
                    name: "FK_FamilyMembers_Authorities_AuthorityId",
                    column: x => x.AuthorityId,
                    principalTable: "Authorities",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Professionals",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AuthorityId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Agency = table.Column<string>(maxLength: 40, nullable: false),
                Role = table.Column<string>(maxLength: 200, nullable: false),
                Organisation = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Professionals", x => x.Id);
                table.ForeignKey(
                    name: "FK_Professionals_Authorities_AuthorityId",
                    column: x => x.AuthorityId,
                    principalTable: "Authorities",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Teams",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AuthorityId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                ManagerId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Teams", x => x.Id);
                table.ForeignKey(
                    name: "FK_Teams_Authorities_AuthorityId",
                    column: x => x.AuthorityId,
                    principalTable: "Authorities",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Addresses",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Line1 = table.Column<string>(maxLength: 200, nullable: false),
                Town = table.Column<string>(maxLength: 100, nullable: false),
                Postcode = table.Column<string>(maxLength: 10, nullable: false),
                From = table.Column<DateOnly>(nullable: false),
                To = table.Column<DateOnly>(nullable: true),
                ChildId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Addresses", x => x.Id);
                table.ForeignKey(
                    name: "FK_Addresses_Children_ChildId",
                    column: x => x.ChildId,
                    principalTable: "Children",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ChildDisabilities",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 4, nullable: false),
                ChildId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ChildDisabilities", x => new { x.ChildId, x.Code });
                table.ForeignKey(
                    name: "FK_ChildDisabilities_Children_ChildId",
                    column: x => x.ChildId,
                    principalTable: "Children",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PeriodsOfCare",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ChildId = table.Column<Guid>(nullable: false),
                StartDate = table.Column<DateOnly>(nullable: false),
                EndDate = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PeriodsOfCare", x => x.Id);
                table.ForeignKey(
                    name: "FK_PeriodsOfCare_Children_ChildId",
                    column: x => x.ChildId,
                    principalTable: "Children",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Relationships",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ChildId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                FamilyMemberId = table.Column<Guid>(nullable: true),
                RelatedChildId = table.Column<Guid>(nullable: true),
                HasParentalResponsibility = table.Column<bool>(nullable: false),
                LivesWithChild = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Relationships", x => x.Id);
                table.ForeignKey(
                    name: "FK_Relationships_Children_ChildId",
                    column: x => x.ChildId,
                    principalTable: "Children",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Relationships_Children_RelatedChildId",
                    column: x => x.RelatedChildId,
                    principalTable: "Children",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Relationships_FamilyMembers_FamilyMemberId",
                    column: x => x.FamilyMemberId,
                    principalTable: "FamilyMembers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Contacts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ChildId = table.Column<Guid>(nullable: false),
                ReceivedOn = table.Column<DateOnly>(nullable: false),
                Source = table.Column<string>(maxLength: 3, nullable: false),
                Summary = table.Column<string>(maxLength: 4000, nullable: false),
                FromProfessionalId = table.Column<Guid>(nullable: true),
                Outcome = table.Column<string>(maxLength: 40, nullable: false),
                EpisodeId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Contacts", x => x.Id);
                table.ForeignKey(
                    name: "FK_Contacts_Children_ChildId",
                    column: x => x.ChildId,
                    principalTable: "Children",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Contacts_Professionals_FromProfessionalId",
                    column: x => x.FromProfessionalId,
                    principalTable: "Professionals",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Workers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AuthorityId = table.Column<Guid>(nullable: false),
                TeamId = table.Column<Guid>(nullable: true),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Role = table.Column<string>(maxLength: 40, nullable: false),
                Agency = table.Column<string>(maxLength: 40, nullable: false),
                QualifiedOn = table.Column<DateOnly>(nullable: true),
                MaximumCaseload = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Workers", x => x.Id);
                table.ForeignKey(
                    name: "FK_Workers_Authorities_AuthorityId",
                    column: x => x.AuthorityId,
                    principalTable: "Authorities",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Workers_Teams_TeamId",
                    column: x => x.TeamId,
                    principalTable: "Teams",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "CareEpisodes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PeriodOfCareId = table.Column<Guid>(nullable: false),
                StartDate = table.Column<DateOnly>(nullable: false),
                ReasonForNewEpisode = table.Column<string>(maxLength: 1, nullable: false),
                LegalStatus = table.Column<string>(maxLength: 2, nullable: false),
                CategoryOfNeed = table.Column<string>(maxLength: 2, nullable: false),
                PlacementType = table.Column<string>(maxLength: 3, nullable: false),
                PlacementProvider = table.Column<string>(maxLength: 3, nullable: false),
                PlacementPostcode = table.Column<string>(maxLength: 10, nullable: true),
                IsLongTermPlacement = table.Column<bool>(nullable: false),
                ReasonPlacementChanged = table.Column<string>(maxLength: 6, nullable: true),
                EndDate = table.Column<DateOnly>(nullable: true),
                ReasonCeased = table.Column<string>(maxLength: 3, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CareEpisodes", x => x.Id);
                table.ForeignKey(
                    name: "FK_CareEpisodes_PeriodsOfCare_PeriodOfCareId",
                    column: x => x.PeriodOfCareId,
                    principalTable: "PeriodsOfCare",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "LookedAfterReviews",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Participation = table.Column<string>(maxLength: 3, nullable: false),
                PeriodOfCareId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_LookedAfterReviews", x => x.Id);
                table.ForeignKey(
                    name: "FK_LookedAfterReviews_PeriodsOfCare_PeriodOfCareId",
                    column: x => x.PeriodOfCareId,
                    principalTable: "PeriodsOfCare",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MissingEpisodes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                StartDate = table.Column<DateOnly>(nullable: false),
                EndDate = table.Column<DateOnly>(nullable: true),
                PeriodOfCareId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MissingEpisodes", x => x.Id);
                table.ForeignKey(
                    name: "FK_MissingEpisodes_PeriodsOfCare_PeriodOfCareId",
                    column: x => x.PeriodOfCareId,
                    principalTable: "PeriodsOfCare",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "StatutoryVisits",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                SeenAlone = table.Column<bool>(nullable: false),
                PeriodOfCareId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StatutoryVisits", x => x.Id);
                table.ForeignKey(
                    name: "FK_StatutoryVisits_PeriodsOfCare_PeriodOfCareId",
                    column: x => x.PeriodOfCareId,
                    principalTable: "PeriodsOfCare",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Allocations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ChildId = table.Column<Guid>(nullable: false),
                WorkerId = table.Column<Guid>(nullable: false),
                From = table.Column<DateOnly>(nullable: false),
                To = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Allocations", x => x.Id);
                table.ForeignKey(
                    name: "FK_Allocations_Children_ChildId",
                    column: x => x.ChildId,
                    principalTable: "Children",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Allocations_Workers_WorkerId",
                    column: x => x.WorkerId,
                    principalTable: "Workers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "CaseNotes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ChildId = table.Column<Guid>(nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                Text = table.Column<string>(maxLength: 20000, nullable: false),
                AuthorId = table.Column<Guid>(nullable: false),
                Agency = table.Column<string>(maxLength: 40, nullable: false),
                IsSignificantEvent = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CaseNotes", x => x.Id);
                table.ForeignKey(
                    name: "FK_CaseNotes_Children_ChildId",
                    column: x => x.ChildId,
                    principalTable: "Children",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_CaseNotes_Workers_AuthorId",
                    column: x => x.AuthorId,
                    principalTable: "Workers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "EpisodesOfNeed",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ChildId = table.Column<Guid>(nullable: false),
                ReferralDate = table.Column<DateOnly>(nullable: false),
                ReferralSource = table.Column<string>(maxLength: 3, nullable: false),
                PrimaryNeed = table.Column<string>(maxLength: 2, nullable: false),
                Reason = table.Column<string>(maxLength: 4000, nullable: false),
                ContactId = table.Column<Guid>(nullable: true),
                ReferrerId = table.Column<Guid>(nullable: true),
                Decision = table.Column<string>(maxLength: 40, nullable: true),
                DecisionDate = table.Column<DateOnly>(nullable: true),
                DecidedBy = table.Column<Guid>(nullable: true),
                ClosureDate = table.Column<DateOnly>(nullable: true),
                ClosureReason = table.Column<string>(maxLength: 3, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EpisodesOfNeed", x => x.Id);
                table.ForeignKey(
                    name: "FK_EpisodesOfNeed_Children_ChildId",
                    column: x => x.ChildId,
                    principalTable: "Children",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_EpisodesOfNeed_Contacts_ContactId",
                    column: x => x.ContactId,
                    principalTable: "Contacts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_EpisodesOfNeed_Professionals_ReferrerId",
                    column: x => x.ReferrerId,
                    principalTable: "Professionals",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_EpisodesOfNeed_Workers_DecidedBy",
                    column: x => x.DecidedBy,
                    principalTable: "Workers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Assessments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EpisodeId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                StartDate = table.Column<DateOnly>(nullable: false),
                Analysis = table.Column<string>(maxLength: 50000, nullable: true),
                Outcome = table.Column<string>(maxLength: 40, nullable: true),
                SubmittedDate = table.Column<DateOnly>(nullable: true),
                AuthorisationDate = table.Column<DateOnly>(nullable: true),
                AuthorisedBy = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Assessments", x => x.Id);
                table.ForeignKey(
                    name: "FK_Assessments_EpisodesOfNeed_EpisodeId",
                    column: x => x.EpisodeId,
                    principalTable: "EpisodesOfNeed",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Assessments_Workers_AuthorisedBy",
                    column: x => x.AuthorisedBy,
                    principalTable: "Workers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "ChildInNeedPlans",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EpisodeId = table.Column<Guid>(nullable: false),
                StartDate = table.Column<DateOnly>(nullable: false),
                EndDate = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ChildInNeedPlans", x => x.Id);
                table.ForeignKey(
                    name: "FK_ChildInNeedPlans_EpisodesOfNeed_EpisodeId",
                    column: x => x.EpisodeId,
                    principalTable: "EpisodesOfNeed",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "StrategyDiscussions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EpisodeId = table.Column<Guid>(nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Section47Needed = table.Column<bool>(nullable: false),
                Summary = table.Column<string>(maxLength: 20000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StrategyDiscussions", x => x.Id);
                table.ForeignKey(
                    name: "FK_StrategyDiscussions_EpisodesOfNeed_EpisodeId",
                    column: x => x.EpisodeId,
                    principalTable: "EpisodesOfNeed",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AssessmentFactors",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 3, nullable: false),
                AssessmentId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AssessmentFactors", x => new { x.AssessmentId, x.Code });
                table.ForeignKey(
                    name: "FK_AssessmentFactors_Assessments_AssessmentId",
                    column: x => x.AssessmentId,
                    principalTable: "Assessments",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Section47Enquiries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EpisodeId = table.Column<Guid>(nullable: false),
                StrategyDiscussionId = table.Column<Guid>(nullable: false),
                StrategyDiscussionDate = table.Column<DateOnly>(nullable: false),
                StartDate = table.Column<DateOnly>(nullable: false),
                Outcome = table.Column<string>(maxLength: 40, nullable: true),
                OutcomeDate = table.Column<DateOnly>(nullable: true),
                ConferenceDate = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Section47Enquiries", x => x.Id);
                table.ForeignKey(
                    name: "FK_Section47Enquiries_EpisodesOfNeed_EpisodeId",
                    column: x => x.EpisodeId,
                    principalTable: "EpisodesOfNeed",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Section47Enquiries_StrategyDiscussions_StrategyDiscussionId",
                    column: x => x.StrategyDiscussionId,
                    principalTable: "StrategyDiscussions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "StrategyParticipants",
            columns: table => new
            {
                Agency = table.Column<string>(maxLength: 40, nullable: false),
                StrategyDiscussionId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StrategyParticipants", x => new { x.StrategyDiscussionId, x.Agency });
                table.ForeignKey(
                    name: "FK_StrategyParticipants_StrategyDiscussion",
                    column: x => x.StrategyDiscussionId,
                    principalTable: "StrategyDiscussions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ChildProtectionConferences",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EpisodeId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                PlanRequired = table.Column<bool>(nullable: false),
                Section47Id = table.Column<Guid>(nullable: true),
                PlanId = table.Column<Guid>(nullable: true),
                ChairId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ChildProtectionConferences", x => x.Id);
                table.ForeignKey(
                    name: "FK_ChildProtectionConferences_EpisodesOfNeed_EpisodeId",
                    column: x => x.EpisodeId,
                    principalTable: "EpisodesOfNeed",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_ChildProtectionConferences_Section47Enquiries_Section47Id",
                    column: x => x.Section47Id,
                    principalTable: "Section47Enquiries",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_ChildProtectionConferences_Workers_ChairId",
                    column: x => x.ChairId,
                    principalTable: "Workers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "ChildProtectionPlans",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EpisodeId = table.Column<Guid>(nullable: false),
                StartedAtConferenceId = table.Column<Guid>(nullable: false),
                StartDate = table.Column<DateOnly>(nullable: false),
                InitialCategory = table.Column<string>(maxLength: 3, nullable: false),
                LatestCategory = table.Column<string>(maxLength: 3, nullable: false),
                PreviousPlans = table.Column<int>(nullable: false),
                EndDate = table.Column<DateOnly>(nullable: true),
                EndReason = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ChildProtectionPlans", x => x.Id);
                table.ForeignKey(
                    name: "FK_ChildProtectionPlans_StartedAtConference",
                    column: x => x.StartedAtConferenceId,
                    principalTable: "ChildProtectionConferences",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_ChildProtectionPlans_EpisodesOfNeed_EpisodeId",
                    column: x => x.EpisodeId,
                    principalTable: "EpisodesOfNeed",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CoreGroupMeetings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CoreGroupMeetings", x => x.Id);
                table.ForeignKey(
                    name: "FK_CoreGroupMeetings_ChildProtectionPlans_PlanId",
                    column: x => x.PlanId,
                    principalTable: "ChildProtectionPlans",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PlanReviews",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                ConferenceId = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PlanReviews", x => x.Id);
                table.ForeignKey(
                    name: "FK_PlanReviews_ChildProtectionPlans_PlanId",
                    column: x => x.PlanId,
                    principalTable: "ChildProtectionPlans",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_Addresses_ChildId", table: "Addresses", columns: new[] { "ChildId" });
        migrationBuilder.CreateIndex(name: "IX_Allocations_ChildId", table: "Allocations", columns: new[] { "ChildId" });
        migrationBuilder.CreateIndex(name: "IX_Allocations_WorkerId_To", table: "Allocations", columns: new[] { "WorkerId", "To" });
        migrationBuilder.CreateIndex(name: "IX_Assessments_AuthorisationDate_SubmittedDate", table: "Assessments", columns: new[] { "AuthorisationDate", "SubmittedDate" });
        migrationBuilder.CreateIndex(name: "IX_Assessments_AuthorisedBy", table: "Assessments", columns: new[] { "AuthorisedBy" });
        migrationBuilder.CreateIndex(name: "IX_Assessments_EpisodeId", table: "Assessments", columns: new[] { "EpisodeId" });
        migrationBuilder.CreateIndex(name: "IX_Authorities_LaCode", table: "Authorities", columns: new[] { "LaCode" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_CareEpisodes_PeriodOfCareId", table: "CareEpisodes", columns: new[] { "PeriodOfCareId" });
        migrationBuilder.CreateIndex(name: "IX_CaseNotes_AuthorId", table: "CaseNotes", columns: new[] { "AuthorId" });
        migrationBuilder.CreateIndex(name: "IX_CaseNotes_ChildId", table: "CaseNotes", columns: new[] { "ChildId" });
        migrationBuilder.CreateIndex(name: "IX_ChildInNeedPlans_EpisodeId", table: "ChildInNeedPlans", columns: new[] { "EpisodeId" });
        migrationBuilder.CreateIndex(name: "IX_ChildProtectionConferences_ChairId", table: "ChildProtectionConferences", columns: new[] { "ChairId" });
        migrationBuilder.CreateIndex(name: "IX_ChildProtectionConferences_Date", table: "ChildProtectionConferences", columns: new[] { "Date" });
        migrationBuilder.CreateIndex(name: "IX_ChildProtectionConferences_EpisodeId", table: "ChildProtectionConferences", columns: new[] { "EpisodeId" });
        migrationBuilder.CreateIndex(name: "IX_ChildProtectionConferences_Section47Id", table: "ChildProtectionConferences", columns: new[] { "Section47Id" });
        migrationBuilder.CreateIndex(name: "IX_ChildProtectionPlans_EpisodeId", table: "ChildProtectionPlans", columns: new[] { "EpisodeId" });
        migrationBuilder.CreateIndex(name: "IX_ChildProtectionPlans_StartDate_EndDate", table: "ChildProtectionPlans", columns: new[] { "StartDate", "EndDate" });
        migrationBuilder.CreateIndex(name: "IX_ChildProtectionPlans_StartedAtConferenceId", table: "ChildProtectionPlans", columns: new[] { "StartedAtConferenceId" });
        migrationBuilder.CreateIndex(name: "IX_Children_AuthorityId_FamilyName_GivenName", table: "Children", columns: new[] { "AuthorityId", "FamilyName", "GivenName" });
        migrationBuilder.CreateIndex(name: "IX_Children_AuthorityId_LaChildId", table: "Children", columns: new[] { "AuthorityId", "LaChildId" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_Children_NhsNumber", table: "Children", columns: new[] { "NhsNumber" });
        migrationBuilder.CreateIndex(name: "IX_Children_Upn", table: "Children", columns: new[] { "Upn" });
        migrationBuilder.CreateIndex(name: "IX_Contacts_ChildId", table: "Contacts", columns: new[] { "ChildId" });
        migrationBuilder.CreateIndex(name: "IX_Contacts_FromProfessionalId", table: "Contacts", columns: new[] { "FromProfessionalId" });
        migrationBuilder.CreateIndex(name: "IX_Contacts_ReceivedOn", table: "Contacts", columns: new[] { "ReceivedOn" });
        migrationBuilder.CreateIndex(name: "IX_CoreGroupMeetings_PlanId", table: "CoreGroupMeetings", columns: new[] { "PlanId" });
        migrationBuilder.CreateIndex(name: "IX_EpisodesOfNeed_ChildId", table: "EpisodesOfNeed", columns: new[] { "ChildId" });
        migrationBuilder.CreateIndex(name: "IX_EpisodesOfNeed_ClosureDate", table: "EpisodesOfNeed", columns: new[] { "ClosureDate" });
        migrationBuilder.CreateIndex(name: "IX_EpisodesOfNeed_ContactId", table: "EpisodesOfNeed", columns: new[] { "ContactId" });
        migrationBuilder.CreateIndex(name: "IX_EpisodesOfNeed_DecidedBy", table: "EpisodesOfNeed", columns: new[] { "DecidedBy" });
        migrationBuilder.CreateIndex(name: "IX_EpisodesOfNeed_ReferralDate", table: "EpisodesOfNeed", columns: new[] { "ReferralDate" });
        migrationBuilder.CreateIndex(name: "IX_EpisodesOfNeed_ReferrerId", table: "EpisodesOfNeed", columns: new[] { "ReferrerId" });
        migrationBuilder.CreateIndex(name: "IX_FamilyMembers_AuthorityId_FamilyName", table: "FamilyMembers", columns: new[] { "AuthorityId", "FamilyName" });
        migrationBuilder.CreateIndex(name: "IX_LookedAfterReviews_PeriodOfCareId", table: "LookedAfterReviews", columns: new[] { "PeriodOfCareId" });
        migrationBuilder.CreateIndex(name: "IX_MissingEpisodes_PeriodOfCareId", table: "MissingEpisodes", columns: new[] { "PeriodOfCareId" });
        migrationBuilder.CreateIndex(name: "IX_PeriodsOfCare_ChildId", table: "PeriodsOfCare", columns: new[] { "ChildId" });
        migrationBuilder.CreateIndex(name: "IX_PeriodsOfCare_StartDate_EndDate", table: "PeriodsOfCare", columns: new[] { "StartDate", "EndDate" });
        migrationBuilder.CreateIndex(name: "IX_PlanReviews_PlanId", table: "PlanReviews", columns: new[] { "PlanId" });
        migrationBuilder.CreateIndex(name: "IX_Professionals_AuthorityId", table: "Professionals", columns: new[] { "AuthorityId" });
        migrationBuilder.CreateIndex(name: "IX_Relationships_ChildId", table: "Relationships", columns: new[] { "ChildId" });
        migrationBuilder.CreateIndex(name: "IX_Relationships_FamilyMemberId", table: "Relationships", columns: new[] { "FamilyMemberId" });
        migrationBuilder.CreateIndex(name: "IX_Relationships_RelatedChildId", table: "Relationships", columns: new[] { "RelatedChildId" });
        migrationBuilder.CreateIndex(name: "IX_Section47Enquiries_EpisodeId", table: "Section47Enquiries", columns: new[] { "EpisodeId" });
        migrationBuilder.CreateIndex(name: "IX_Section47Enquiries_StrategyDiscussionId", table: "Section47Enquiries", columns: new[] { "StrategyDiscussionId" });
        migrationBuilder.CreateIndex(name: "IX_StatutoryVisits_PeriodOfCareId", table: "StatutoryVisits", columns: new[] { "PeriodOfCareId" });
        migrationBuilder.CreateIndex(name: "IX_StrategyDiscussions_EpisodeId", table: "StrategyDiscussions", columns: new[] { "EpisodeId" });
        migrationBuilder.CreateIndex(name: "IX_Teams_AuthorityId", table: "Teams", columns: new[] { "AuthorityId" });
        migrationBuilder.CreateIndex(name: "IX_Workers_AuthorityId", table: "Workers", columns: new[] { "AuthorityId" });
        migrationBuilder.CreateIndex(name: "IX_Workers_TeamId", table: "Workers", columns: new[] { "TeamId" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "PlanReviews");
        migrationBuilder.DropTable(name: "CoreGroupMeetings");
        migrationBuilder.DropTable(name: "ChildProtectionPlans");
        migrationBuilder.DropTable(name: "ChildProtectionConferences");
        migrationBuilder.DropTable(name: "StrategyParticipants");
        migrationBuilder.DropTable(name: "Section47Enquiries");
        migrationBuilder.DropTable(name: "AssessmentFactors");
        migrationBuilder.DropTable(name: "StrategyDiscussions");
        migrationBuilder.DropTable(name: "ChildInNeedPlans");
        migrationBuilder.DropTable(name: "Assessments");
        migrationBuilder.DropTable(name: "EpisodesOfNeed");
        migrationBuilder.DropTable(name: "CaseNotes");
        migrationBuilder.DropTable(name: "Allocations");
        migrationBuilder.DropTable(name: "StatutoryVisits");
        migrationBuilder.DropTable(name: "MissingEpisodes");
        migrationBuilder.DropTable(name: "LookedAfterReviews");
        migrationBuilder.DropTable(name: "CareEpisodes");
        migrationBuilder.DropTable(name: "Workers");
        migrationBuilder.DropTable(name: "Contacts");
        migrationBuilder.DropTable(name: "Relationships");
        migrationBuilder.DropTable(name: "PeriodsOfCare");
        migrationBuilder.DropTable(name: "ChildDisabilities");
        migrationBuilder.DropTable(name: "Addresses");
        migrationBuilder.DropTable(name: "Teams");
        migrationBuilder.DropTable(name: "Professionals");
        migrationBuilder.DropTable(name: "FamilyMembers");
        migrationBuilder.DropTable(name: "Children");
        migrationBuilder.DropTable(name: "Authorities");
    }
}
