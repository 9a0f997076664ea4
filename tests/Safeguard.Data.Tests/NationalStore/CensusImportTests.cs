using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Published;
using Safeguard.Core.Returns.Cin;
using Safeguard.Data.NationalStore;
using Safeguard.Data.Returns;
using Safeguard.Generator;
using Safeguard.Data.Records;
using Safeguard.Tests;

namespace Safeguard.Data.Tests.NationalStore;

/// <summary>A small generated authority (Rutland) exported once for the class: the file the import tests read.</summary>
public sealed class ExportedRutland : IAsyncLifetime
{
    public string File { get; } = Path.Combine(Path.GetTempPath(), $"safeguard-census-{Guid.NewGuid():N}.xml");

    public CensusExportResult Export { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var targets = BuiltInTargets.Rutland2025;
        AuthorityGenerator.Generate(AuthorityGenerator.AuthorityFor(targets), targets, 1, 7, new DateOnly(2026, 3, 31), new GeneratedAuthorityWriter(database.Connection));
        var authority = (await CensusExport.AuthoritiesAsync(database.Connection)).Single();
        Export = CensusExport.WriteFile(database.Connection, authority, 2026, new DateTime(2026, 4, 20, 9, 0, 0, DateTimeKind.Unspecified), File);
    }

    public Task DisposeAsync()
    {
        System.IO.File.Delete(File);
        return Task.CompletedTask;
    }
}

public sealed class CensusImportTests(ExportedRutland rutland) : IClassFixture<ExportedRutland>
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ImportOfAnExportedFile_StoresTheSubmissionAndTheFiguresTheExportWorkedOut(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var result = await CensusImport.ImportFileAsync(database.Connection, rutland.File, Clock);

        await using var db = database.Open();
        var submission = await db.Set<CensusSubmission>().SingleAsync();
        Assert.Equal(("857", 2026), (submission.LaCode, submission.CollectionYear));
        Assert.Equal(rutland.Export.Counts.Children, submission.Children);
        Assert.Equal(rutland.Export.Counts.Referrals, submission.Referrals);
        Assert.Equal(rutland.Export.Counts.ChildProtectionPlans, submission.ChildProtectionPlans);
        Assert.True(submission.Children > 100, $"only {submission.Children} children");
        Assert.Equal(64, submission.Sha256.Length);
        Assert.False(result.ReplacedEarlier);
        var figures = await db.Set<NationalFigure>().ToListAsync();
        Assert.Equal(rutland.Export.Figures.Figures.Count, figures.Count);
        var referrals = figures.Single(f => f.MeasureId == PublishedMeasures.Referrals);
        Assert.Equal(rutland.Export.Figures.Find(PublishedMeasures.Referrals)!.Value, referrals.Value);
        Assert.All(figures, f => Assert.Equal(submission.Id, f.SubmissionId));
    }

    [Fact]
    public async Task ExportFromPostgreSql_GivesTheSameCountsAndFiguresAsFromSqlite()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var targets = BuiltInTargets.Rutland2025;
        AuthorityGenerator.Generate(AuthorityGenerator.AuthorityFor(targets), targets, 1, 7, new DateOnly(2026, 3, 31), new GeneratedAuthorityWriter(database.Connection));
        var authority = (await CensusExport.AuthoritiesAsync(database.Connection)).Single();

        using var file = new MemoryStream();
        var export = CensusExport.Write(database.Connection, authority, 2026, new DateTime(2026, 4, 20, 9, 0, 0, DateTimeKind.Unspecified), file, CensusSource.WholeRecords, pageSize: 37);

        Assert.Equal(rutland.Export.Counts, export.Counts);
        Assert.Equal(rutland.Export.Figures.Figures, export.Figures.Figures);
        file.Position = 0;
        Assert.Equal(export.Counts.Children, CinCensusReader.Read(file).Children.Count);
    }

    [Fact]
    public async Task ImportingTheSameAuthorityAndYearAgain_ReplacesTheEarlierReturn()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var first = await CensusImport.ImportFileAsync(database.Connection, rutland.File, Clock);
        var second = await CensusImport.ImportFileAsync(database.Connection, rutland.File, Clock);

        await using var db = database.Open();
        var only = await db.Set<CensusSubmission>().SingleAsync();
        Assert.Equal(second.Submission.Id, only.Id);
        Assert.NotEqual(first.Submission.Id, only.Id);
        Assert.True(second.ReplacedEarlier);
        Assert.Equal(second.Figures.Count, await db.Set<NationalFigure>().CountAsync());
    }

    public static TheoryData<string, string> HostileFiles => new()
    {
        // An external entity (XXE) and entity expansion (billion laughs) are both refused at the DTD, before any entity is read.
        { "DTD", """<?xml version="1.0"?><!DOCTYPE Message [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Message><Header>&xxe;</Header></Message>""" },
        { "DTD", """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><Message>&lol3;</Message>""" },
        { "root element is <Envelope>", """<?xml version="1.0"?><Envelope><Header/></Envelope>""" },
        { "not well-formed XML", "LAchildID,Sex\nA1,M\n" },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task HostileOrWrongFile_IsAClearError_AndNothingIsImported(string says, string content)
    {
        var path = Write(content);
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var error = await Assert.ThrowsAsync<CensusReadException>(() => CensusImport.ImportFileAsync(database.Connection, path, Clock));

        Assert.Contains(says, error.Message, StringComparison.Ordinal);
        await AssertNothingImported(database);
    }

    [Fact]
    public async Task TruncatedFile_SaysSoWithItsLine_AndNothingIsImported()
    {
        var text = await File.ReadAllTextAsync(rutland.File);
        var path = Write(text[..(text.Length * 2 / 3)]);
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);

        var error = await Assert.ThrowsAsync<CensusReadException>(() => CensusImport.ImportFileAsync(database.Connection, path, Clock));

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 100, error.Message);
        await AssertNothingImported(database);
    }

    [Fact]
    public async Task DuplicateChildren_AreRefused_AndNothingIsImported()
    {
        var text = await File.ReadAllTextAsync(rutland.File);
        var first = text[text.IndexOf("<Child>", StringComparison.Ordinal)..(text.IndexOf("</Child>", StringComparison.Ordinal) + "</Child>".Length)];
        var path = Write(text.Replace("</Children>", first + "\n</Children>", StringComparison.Ordinal));
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var error = await Assert.ThrowsAsync<CensusReadException>(() => CensusImport.ImportFileAsync(database.Connection, path, Clock));

        Assert.Contains("more than one child", error.Message, StringComparison.Ordinal);
        await AssertNothingImported(database);
    }

    [Fact]
    public async Task FileOverTheConfiguredSizeLimit_IsRefused_AndNothingIsImported()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var options = new CinReaderOptions { MaxCharacters = 20_000 };

        var error = await Assert.ThrowsAsync<CensusReadException>(() => CensusImport.ImportFileAsync(database.Connection, rutland.File, Clock, options));

        Assert.Contains("larger than the limit of 20,000", error.Message, StringComparison.Ordinal);
        await AssertNothingImported(database);
    }

    [Fact]
    public async Task HeaderWithoutAnLaCode_IsRefused_AndNothingIsImported()
    {
        var text = await File.ReadAllTextAsync(rutland.File);
        var path = Write(text.Replace("<LEA>857</LEA>", "<LEA></LEA>", StringComparison.Ordinal));
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var error = await Assert.ThrowsAsync<CensusReadException>(() => CensusImport.ImportFileAsync(database.Connection, path, Clock));

        Assert.Contains("LEA", error.Message, StringComparison.Ordinal);
        await AssertNothingImported(database);
    }

    private static async Task AssertNothingImported(TestDatabase database)
    {
        await using var db = database.Open();
        Assert.Equal(0, await db.Set<CensusSubmission>().CountAsync());
        Assert.Equal(0, await db.Set<NationalFigure>().CountAsync());
    }

    private static string Write(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"safeguard-hostile-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, content);
        return path;
    }
}

/// <summary>A clock stopped at one instant.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
