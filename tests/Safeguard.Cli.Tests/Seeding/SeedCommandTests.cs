using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Tests;

namespace Safeguard.Cli.Tests.Seeding;

public sealed class SeedCommandTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Seed_SmallAuthority_StoresEveryGeneratedChildWithTheirJourney(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);

        var run = await CliRun.RunAsync("seed", "--like", "Rutland", "--years", "1", "--seed", "7", "--database", database.Connection);

        Assert.Equal(0, run.ExitCode);
        var reported = int.Parse(System.Text.RegularExpressions.Regex.Match(run.Output, @"Rutland: ([\d,]+) children").Groups[1].Value.Replace(",", ""),
            System.Globalization.CultureInfo.InvariantCulture);
        await using var db = database.Open();
        Assert.Equal("Rutland", (await db.Authorities.SingleAsync()).Name);
        Assert.Equal(reported, await db.Children.CountAsync());
        Assert.True(await db.Episodes.CountAsync() >= reported);
        Assert.True(await db.Workers.CountAsync() > 5);
        Assert.True(await db.Set<Core.ChildProtection.ChildProtectionPlan>().CountAsync() > 0);
        Assert.True(await db.PeriodsOfCare.CountAsync() > 0);
    }

    [Fact]
    public async Task Seed_BadYears_IsAUsageError()
    {
        var run = await CliRun.RunAsync("seed", "--like", "Kent", "--years", "many");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--years must be a whole number", run.Error, StringComparison.Ordinal);
    }
}
