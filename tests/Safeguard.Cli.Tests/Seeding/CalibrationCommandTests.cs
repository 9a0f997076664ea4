using System.Globalization;

namespace Safeguard.Cli.Tests.Seeding;

public sealed class CalibrationCommandTests
{
    // Three sizes: the largest authority, a large city and a small county (24,035, 16,324 and 2,770 referrals in 2025).
    // The command averages the generated years. A small county's single year varies by chance about as much as the
    // tolerance (Wiltshire's 416 plans: ±2.1 pp for NI 65 at one standard error), so it is averaged over ten years.
    [Theory]
    [InlineData("Kent", 3)]
    [InlineData("Birmingham", 3)]
    [InlineData("Wiltshire", 12)]
    public async Task Calibration_GeneratedYears_EveryCountWithinTenPercentOfPublished2025(string authority, int years)
    {
        var run = await CliRun.RunAsync("calibration", "--like", authority, "--years", years.ToString(CultureInfo.InvariantCulture), "--indicators");

        var split = run.Output.IndexOf("National indicators", StringComparison.Ordinal);
        Assert.True(split > 0, run.Output);
        var counts = run.Output[..split];
        var rows = counts.Split('\n').Where(l => l.TrimEnd().EndsWith("yes", StringComparison.Ordinal) || l.TrimEnd().EndsWith("NO", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, rows.Count);
        Assert.All(rows, r => Assert.EndsWith("yes", r.TrimEnd(), StringComparison.Ordinal));
        foreach (var measure in new[] { "Referrals", "Re-referrals", "Section 47", "Initial CP", "CP plans at 31 March", "Children in need at 31 March", "Looked after at 31 March" })
            Assert.Contains(rows, r => r.StartsWith(measure, StringComparison.Ordinal));

        // The rates the generator is calibrated to, from the same run, within ±2 points of the published 2025 value.
        var indicators = run.Output[split..].Split('\n');
        foreach (var rate in new[] { "Re-referrals within 12 months", "Assessments completed within 45 working days", "ICPCs within 15 working days",
                     "second or subsequent plan" })
            Assert.EndsWith("yes", Assert.Single(indicators, l => l.Contains(rate, StringComparison.Ordinal)).TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain(indicators, l => l.TrimEnd().EndsWith("NO", StringComparison.Ordinal));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Calibration_UnknownAuthority_ExplainsAndExits2()
    {
        var run = await CliRun.RunAsync("calibration", "--like", "Atlantis");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("No English local authority called 'Atlantis'", run.Error, StringComparison.Ordinal);
    }
}
