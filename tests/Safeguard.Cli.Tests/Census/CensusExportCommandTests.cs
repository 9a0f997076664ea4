using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.Returns;
using Safeguard.Core.Returns.Cin;
using Safeguard.Data;
using Safeguard.Data.Records;
using Safeguard.Generator;

namespace Safeguard.Cli.Tests.Census;

/// <summary>Two small generated authorities (Rutland and a Rutland-sized "Testshire") in one SQLite file.</summary>
public sealed class TwoSmallAuthorities : IAsyncLifetime
{
    public string Database { get; } = Path.Combine(Path.GetTempPath(), $"safeguard-cli-census-{Guid.NewGuid():N}.db");

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"safeguard-cli-census-{Guid.NewGuid():N}");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        await SafeguardDatabase.MigrateAsync(Database);
        foreach (var targets in new[] { BuiltInTargets.Rutland2025, BuiltInTargets.Rutland2025 with { LaCode = "999", Name = "Testshire" } })
            AuthorityGenerator.Generate(AuthorityGenerator.AuthorityFor(targets), targets, 1, 7, new DateOnly(2026, 3, 31), new GeneratedAuthorityWriter(Database));
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(Database);
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}

public sealed class CensusExportCommandTests(TwoSmallAuthorities data) : IClassFixture<TwoSmallAuthorities>
{
    private static readonly DateOnly Start = new(2025, 4, 1);
    private static readonly DateOnly End = new(2026, 3, 31);

    private async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLineApp.RunAsync([.. args, "--database", data.Database], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Export_OfAGeneratedAuthority_IsSchemaValid_AndHasNoErrorsBeyondTheTwoKnownOpenIssues()
    {
        var file = Path.Combine(data.Folder, "rutland.xml");

        var (_, output, error) = await Run("census", "export", "--year", "2026", "--out", file, "--authority", "Rutland");

        Assert.True(error.Length == 0, error);
        Assert.Contains("857 Rutland", output, StringComparison.Ordinal);
        var result = CensusValidator.ValidateFile(file);
        Assert.True(result.Schema.IsValid, string.Join("\n", result.Schema.Errors));
        var census = XDocument.Load(file);
        var errors = result.Findings.Where(f => f.Severity == RuleSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(f => $"{f.Code} {f.ChildId}: {f.Message}")));
        Assert.NotNull(census.Root);
    }

    [Fact]
    public async Task Export_Counts_AgreeWithTheRecordsCountedInTheDatabase()
    {
        var file = Path.Combine(data.Folder, "857.xml");

        var (exit, output, _) = await Run("census", "export", "--year", "2026", "--out", file, "--authority", "857");

        Assert.True(exit is 0 or 1, output);
        await using var db = SafeguardDatabase.Open(data.Database);
        var authorityId = (await db.Authorities.SingleAsync(a => a.LaCode == "857")).Id;
        var episodes = db.Set<Core.FrontDoor.EpisodeOfNeed>()
            .Where(e => e.Child.AuthorityId == authorityId && e.ReferralDate <= End && (e.ClosureDate == null || e.ClosureDate >= Start));
        var children = await episodes.Select(e => e.ChildId).Distinct().CountAsync();
        var referrals = await episodes.CountAsync();
        var assessments = await episodes.SelectMany(e => e.Assessments).CountAsync(a => a.StartDate <= End && (a.AuthorisationDate == null || a.AuthorisationDate >= Start));
        var s47s = episodes.SelectMany(e => e.Section47Enquiries).Where(s => s.StartDate <= End
            && (s.ConferenceDate != null ? s.ConferenceDate >= Start
                : !((s.Outcome == Section47Outcome.ConcernsSubstantiatedNoConference || s.Outcome == Section47Outcome.ConcernsNotSubstantiated) && s.OutcomeDate < Start)));
        var s47Count = await s47s.CountAsync();
        var icpcs = await s47s.CountAsync(s => s.ConferenceDate <= End)
            + await episodes.CountAsync(e => e.Conferences.Any(c => c.Kind == ConferenceKind.TransferIn && c.Date <= End));
        var plans = await episodes.SelectMany(e => e.ChildProtectionPlans).CountAsync(p => p.StartDate <= End && (p.EndDate == null || p.EndDate >= Start));

        var census = XDocument.Load(file);
        Assert.Equal(children, census.Descendants("Child").Count());
        Assert.Equal(referrals, census.Descendants("CINdetails").Count());
        Assert.Equal(assessments, census.Descendants("Assessments").Count());
        Assert.Equal(s47Count, census.Descendants("Section47").Count());
        Assert.Equal(icpcs, census.Descendants("DateOfInitialCPC").Count());
        Assert.Equal(plans, census.Descendants("ChildProtectionPlans").Count());
        Assert.Contains($"{children:N0} children, {referrals:N0} referrals, {assessments:N0} assessments, {s47Count:N0} s47, {icpcs:N0} ICPCs, {plans:N0} CP plans", output, StringComparison.Ordinal);
        Assert.True(children > 100 && s47Count > 10 && plans > 5, output);
    }

    [Fact]
    public async Task Export_WithoutAuthority_WhenTheDatabaseHoldsSeveral_IsAUsageError()
    {
        var (exit, _, error) = await Run("census", "export", "--year", "2026", "--out", Path.Combine(data.Folder, "x.xml"));

        Assert.Equal(2, exit);
        Assert.Contains("--authority", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAll_WritesOneFilePerAuthority_NamedByLaCode_AndImportStoresBoth()
    {
        var folder = Path.Combine(data.Folder, "all");

        var (_, output, _) = await Run("census", "export", "--year", "2026", "--all", "--out", folder);

        Assert.Equal(["857.xml", "999.xml"], Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        Assert.Contains("999 Testshire", output, StringComparison.Ordinal);
        Assert.Equal("999", (string?)XDocument.Load(Path.Combine(folder, "999.xml")).Descendants("LEA").Single());

        var store = Path.Combine(data.Folder, "national.db");
        using var importOut = new StringWriter();
        using var importErr = new StringWriter();
        var exit = await CommandLineApp.RunAsync(["census", "import", Path.Combine(folder, "857.xml"), Path.Combine(folder, "999.xml"), "--database", store], importOut, importErr);
        Assert.Equal(0, exit);
        Assert.Contains("857 2026:", importOut.ToString(), StringComparison.Ordinal);
        Assert.Contains("999 2026:", importOut.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_OfAFileThatIsNotACensus_ExitsTwo_AndSaysNothingWasStored()
    {
        var bad = Path.Combine(data.Folder, "bad.xml");
        await File.WriteAllTextAsync(bad, "<Envelope/>");

        var (exit, _, error) = await Run("census", "import", bad);

        Assert.Equal(2, exit);
        Assert.Contains("root element is <Envelope>", error, StringComparison.Ordinal);
        Assert.Contains("Nothing was stored", error, StringComparison.Ordinal);
    }

    private static List<XElement> Episodes(XDocument census, string child) =>
        [.. census.Descendants("Child").Single(c => (string?)c.Descendants("LAchildID").Single() == child).Elements("CINdetails")];
}
