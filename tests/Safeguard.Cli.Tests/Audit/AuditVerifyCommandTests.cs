using Microsoft.EntityFrameworkCore;
using Safeguard.Cli.Tests.Seeding;
using Safeguard.Data;
using Safeguard.Data.Audit;
using Safeguard.Tests;

namespace Safeguard.Cli.Tests.Audit;

public sealed class AuditVerifyCommandTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static async Task<TestDatabase> SeededAsync(DatabaseProvider provider, int entries = 6)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        for (var i = 0; i < entries; i++)
        {
            db.Add(new AuditEntry(At.AddMinutes(i), Guid.NewGuid(), "sam@example.test", "SocialWorker", Guid.NewGuid(), AuditAction.Viewed, $"Child summary {i}", "127.0.0.1"));
            await db.SaveChangesAsync();
        }
        return database;
    }

    private static Task<CliRun> VerifyAsync(TestDatabase database) =>
        database.Provider == DatabaseProvider.PostgreSql
            ? CliRun.RunAsync("audit", "verify", "--postgres", database.Connection)
            : CliRun.RunAsync("audit", "verify", "--database", database.Connection);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Verify_AnUntouchedTrail_PrintsTheCountAndExits0(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);

        var run = await VerifyAsync(database);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Equal("Audit trail verified: 6 entries", run.Output.Trim());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Verify_AfterAnEntryWasAlteredInTheDatabase_NamesThatEntryAndExits1(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using (var db = database.Open())
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"What\" = 'Nothing to see' WHERE \"Sequence\" = 4");

        var run = await VerifyAsync(database);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Audit trail broken at entry 4: Entry 4 has been altered", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Verify_AfterAnEntryWasDeleted_NamesTheMissingEntryAndExits1(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using (var db = database.Open())
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 3");

        var run = await VerifyAsync(database);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Audit trail broken at entry 3: Entry 3 is missing: the next entry is 4.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WithoutADatabase_Exits2AndCreatesNothing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"safeguard-missing-{Guid.NewGuid():N}.db");

        var run = await CliRun.RunAsync("audit", "verify", "--database", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("No database at", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Verify_WithPostgresOptionThatIsNotAConnectionString_IsAUsageError()
    {
        var run = await CliRun.RunAsync("audit", "verify", "--postgres", "some-file.db");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--postgres takes a PostgreSQL connection string", run.Error, StringComparison.Ordinal);
    }
}
