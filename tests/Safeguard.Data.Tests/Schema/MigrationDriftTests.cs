using Microsoft.EntityFrameworkCore;
using Safeguard.Tests;

namespace Safeguard.Data.Tests.Schema;

/// <summary>
/// There is no model snapshot (EF's design tools are not available), so this is the guard that the hand-written
/// migrations build exactly the schema the model describes, on both databases.
/// </summary>
public sealed class MigrationDriftTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Migrations_BuildTheSameSchemaAsTheModel(DatabaseProvider provider)
    {
        await using var migrated = await TestDatabase.CreateAsync(provider, migrate: true);
        await using var fromModel = await TestDatabase.CreateAsync(provider, migrate: false);
        await using (var db = fromModel.Open()) await db.Database.EnsureCreatedAsync();

        await using var a = migrated.Open();
        await using var b = fromModel.Open();
        var migratedSchema = await SchemaDescription.ReadAsync(a);
        var modelSchema = await SchemaDescription.ReadAsync(b);

        var missing = modelSchema.Except(migratedSchema).ToList();
        var extra = migratedSchema.Except(modelSchema).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"The migrations and the model disagree on {provider}.\nIn the model, not migrated:\n  {string.Join("\n  ", missing)}\n" +
            $"Migrated, not in the model:\n  {string.Join("\n  ", extra)}\n" +
            "Write a new migration in src/Safeguard.Data/Migrations; MigrationDraft.ToCSharp drafts the operations.");
        Assert.NotEmpty(migratedSchema);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Migrate_Twice_IsANoOp(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await SafeguardDatabase.MigrateAsync(db.Connection);
        await using var context = db.Open();
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.Contains("20261123100000_CreateCaseRecords", await context.Database.GetAppliedMigrationsAsync());
    }
}
