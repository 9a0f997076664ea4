using Safeguard.Core.Returns.Ssda903;

namespace Safeguard.Cli.Tests.Ssda903;

public sealed class Ssda903ValidateCommandTests : IDisposable
{
    private static readonly DateOnly Dob = new(2012, 5, 1);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"safeguard-cli-903-{Guid.NewGuid():N}");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A child looked after all year whose first social worker's episode ends after the second's began.</summary>
    private void WriteOverlappingReturn()
    {
        Ssda903Writer.WriteDirectory(new Ssda903Return
        {
            Header = [new HeaderRow("C1", "F", Dob, "WBRI", "UN5", null, null)],
            Episodes = [new EpisodeRow("C1", new DateOnly(2024, 6, 1), "S", "C2", "N1", "U4", "PR1", null, null, null, null, "AB1 2CD", null)],
            SwEpisodes =
            [
                new SwEpisodeRow("C1", Dob, "XX000001", new DateOnly(2024, 6, 1), new DateOnly(2025, 8, 1), null),
                new SwEpisodeRow("C1", Dob, "SW123456", new DateOnly(2025, 7, 1), null, null),
            ],
        }, _folder);
    }

    [Fact]
    public async Task Validate_PrintsTheFileAndLineOfTheRow_AsTheLocation()
    {
        WriteOverlappingReturn();
        var csvPath = Path.Combine(_folder, "findings.csv");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CommandLineApp.RunAsync(["ssda903", "validate", _folder, "--year", "2025-26", "--csv", csvPath], output, error);

        Assert.Equal(1, exit);
        var row = output.ToString().Split('\n').Single(l => l.StartsWith("SW10STG2", StringComparison.Ordinal));
        Assert.Contains("sw_episodes.csv line 3", row, StringComparison.Ordinal);
        Assert.Contains("[SW_DECOM]", row, StringComparison.Ordinal);
        Assert.DoesNotContain("CINdetails", row, StringComparison.Ordinal);
        var csv = await File.ReadAllLinesAsync(csvPath);
        Assert.Equal("code,severity,child,location,cin_details,item,file,line,fields,message", csv[0]);
        Assert.Contains(csv, l => l.StartsWith("SW10STG2,ERROR,C1,sw_episodes.csv line 3,,,sw_episodes.csv,3,SW_DECOM,", StringComparison.Ordinal));
    }
}
