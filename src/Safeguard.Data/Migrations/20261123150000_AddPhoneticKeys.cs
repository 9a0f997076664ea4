using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Safeguard.Data.Migrations;

/// <summary>
/// Person search: each child's names' phonetic keys (PersonMatching.PhoneticKey), set by the domain whenever the names
/// are, and indexes so a search narrows by key, and by date of birth, inside one authority. Rows written before this
/// migration are given their keys at start-up (Records/PhoneticKeyBackfill).
/// </summary>
[DbContext(typeof(SafeguardDbContext))]
[Migration("20261123150000_AddPhoneticKeys")]
public sealed class AddPhoneticKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "GivenNameKey", table: "Children", maxLength: 4, nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>(name: "FamilyNameKey", table: "Children", maxLength: 4, nullable: false, defaultValue: "");
        migrationBuilder.CreateIndex(name: "IX_Children_AuthorityId_FamilyNameKey", table: "Children", columns: new[] { "AuthorityId", "FamilyNameKey" });
        migrationBuilder.CreateIndex(name: "IX_Children_AuthorityId_GivenNameKey", table: "Children", columns: new[] { "AuthorityId", "GivenNameKey" });
        migrationBuilder.CreateIndex(name: "IX_Children_AuthorityId_DateOfBirth", table: "Children", columns: new[] { "AuthorityId", "DateOfBirth" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Children_AuthorityId_DateOfBirth", table: "Children");
        migrationBuilder.DropIndex(name: "IX_Children_AuthorityId_GivenNameKey", table: "Children");
        migrationBuilder.DropIndex(name: "IX_Children_AuthorityId_FamilyNameKey", table: "Children");
        migrationBuilder.DropColumn(name: "FamilyNameKey", table: "Children");
        migrationBuilder.DropColumn(name: "GivenNameKey", table: "Children");
    }
}
