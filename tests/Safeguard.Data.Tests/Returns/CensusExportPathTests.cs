using Safeguard.Core.Returns.Cin;
using Safeguard.Data.Records;
using Safeguard.Data.Returns;
using Safeguard.Generator;
using Safeguard.Tests;

namespace Safeguard.Data.Tests.Returns;

/// <summary>The fast export (flat rows) must write the very bytes the reference (whole child records) writes.</summary>
public sealed class CensusExportPathTests
{
    private static readonly DateTime MadeAt = new(2026, 4, 20, 9, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, 2026)]
    [InlineData(DatabaseProvider.Sqlite, 2025)]
    [InlineData(DatabaseProvider.PostgreSql, 2026)]
    public async Task RowsAndWholeRecords_WriteByteIdenticalCensusFiles(DatabaseProvider provider, int year)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var targets = BuiltInTargets.Rutland2025;
        AuthorityGenerator.Generate(AuthorityGenerator.AuthorityFor(targets), targets, 2, 11, new DateOnly(2026, 3, 31), new GeneratedAuthorityWriter(database.Connection));
        var authority = (await CensusExport.AuthoritiesAsync(database.Connection)).Single();

        using var fast = new MemoryStream();
        using var reference = new MemoryStream();
        var fastResult = CensusExport.Write(database.Connection, authority, year, MadeAt, fast, CensusSource.Rows);
        var referenceResult = CensusExport.Write(database.Connection, authority, year, MadeAt, reference, CensusSource.WholeRecords, pageSize: 41);

        Assert.True(fastResult.Counts.Children > 100, $"only {fastResult.Counts.Children} children");
        Assert.True(fastResult.Counts.ChildProtectionPlans > 0, "no child protection plans to compare");
        Assert.Equal(referenceResult.Counts, fastResult.Counts);
        var (a, b) = (reference.ToArray(), fast.ToArray());
        var firstDifference = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i], -1);
        Assert.True(a.Length == b.Length && firstDifference < 0,
            $"files differ (lengths {a.Length} and {b.Length}) at byte {firstDifference}: reference '{Around(a, firstDifference)}', fast '{Around(b, firstDifference)}'");
        fast.Position = 0;
        Assert.Equal(fastResult.Counts.Children, CinCensusReader.Read(fast).Children.Count);
    }

    private static string Around(byte[] bytes, int at) =>
        at < 0 ? "" : System.Text.Encoding.UTF8.GetString(bytes, Math.Max(0, at - 200), Math.Min(bytes.Length - Math.Max(0, at - 200), 300));
}

/// <summary>All authorities in one pass: each file is the one a single-authority export writes.</summary>
public sealed class CensusExportAllTests
{
    private static readonly DateTime MadeAt = new(2026, 4, 20, 9, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task WriteAll_WritesEachAuthorityTheFileItsOwnExportWrites(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        foreach (var targets in new[] { BuiltInTargets.Rutland2025, BuiltInTargets.Rutland2025 with { LaCode = "999", Name = "Testshire" } })
            AuthorityGenerator.Generate(AuthorityGenerator.AuthorityFor(targets), targets, 1, 5, new DateOnly(2026, 3, 31), new GeneratedAuthorityWriter(database.Connection));
        var authorities = await CensusExport.AuthoritiesAsync(database.Connection);
        var folder = Path.Combine(Path.GetTempPath(), $"safeguard-census-all-{Guid.NewGuid():N}");
        try
        {
            var files = CensusExport.WriteAll(database.Connection, authorities, 2026, MadeAt, folder);

            Assert.Equal(["857", "999"], files.Select(f => f.Result.LaCode));
            foreach (var (file, authority) in files.Zip(authorities))
            {
                using var alone = new MemoryStream();
                var result = CensusExport.Write(database.Connection, authority, 2026, MadeAt, alone);
                Assert.Equal(Path.Combine(folder, $"{authority.LaCode}.xml"), file.Path);
                Assert.Equal(result.Counts, file.Result.Counts);
                Assert.True(result.Counts.Children > 100);
                Assert.Equal(alone.ToArray(), await File.ReadAllBytesAsync(file.Path));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
