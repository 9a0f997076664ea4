namespace Safeguard.Cli.Tests.Seeding;

public sealed class CalibrationCommandTests
{
    // Three sizes: the largest authority, a large city and a small county (24,035, 16,324 and 2,770 referrals in 2025).
    [Theory]
    [InlineData("Kent")]
    [InlineData("Birmingham")]
    [InlineData("Wiltshire")]
    public async Task Calibration_ThreeYears_EveryCountWithinTenPercentOfPublished2025(string authority)
    {
        var run = await CliRun.RunAsync("calibration", "--like", authority, "--years", "3");

        Assert.Equal(0, run.ExitCode);
        var rows = run.Output.Split('\n').Where(l => l.TrimEnd().EndsWith("yes", StringComparison.Ordinal) || l.TrimEnd().EndsWith("NO", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, rows.Count);
        Assert.All(rows, r => Assert.EndsWith("yes", r.TrimEnd(), StringComparison.Ordinal));
        foreach (var measure in new[] { "Referrals", "Re-referrals", "Section 47", "Initial CP", "CP plans at 31 March", "Children in need at 31 March", "Looked after at 31 March" })
            Assert.Contains(rows, r => r.StartsWith(measure, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Calibration_UnknownAuthority_ExplainsAndExits2()
    {
        var run = await CliRun.RunAsync("calibration", "--like", "Atlantis");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("No English local authority called 'Atlantis'", run.Error, StringComparison.Ordinal);
    }
}
