using Safeguard.Cli.Tests.Seeding;
using Safeguard.Data;
using Safeguard.Tests;

namespace Safeguard.Cli.Tests.Indicators;

public sealed class IndicatorsCommandTests
{
    [Fact]
    public async Task Indicators_ForAYearPastThePublishedPopulation_UseTheLatestEstimateForRates()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        Assert.Equal(0, (await CliRun.RunAsync("seed", "--like", "Rutland", "--years", "1", "--end", "2026-03-31", "--database", database.Connection)).ExitCode);

        var run = await CliRun.RunAsync("indicators", "--year", "2026", "--database", database.Connection);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("not published", run.Output, StringComparison.Ordinal);
        var rate = run.Output.Split('\n').Single(l => l.Contains("Referrals per 10,000 children", StringComparison.Ordinal));
        Assert.DoesNotContain(" / 0 ", rate, StringComparison.Ordinal);
    }
}
