using Safeguard.Core.Returns.Cin;
using Safeguard.Data.Records;
using Safeguard.Data.Returns;
using Safeguard.Generator;
using Safeguard.Tests;

namespace Safeguard.Data.Tests.Returns;

public sealed class CensusReviewTests
{
    private static readonly DateTime MadeAt = new(2026, 4, 20, 9, 0, 0, DateTimeKind.Unspecified);

    [Fact]
    public async Task Review_FindsWhatValidatingTheExportedFileFinds_AndCountsThemByRule()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var targets = BuiltInTargets.Rutland2025;
        AuthorityGenerator.Generate(AuthorityGenerator.AuthorityFor(targets), targets, 1, 3, new DateOnly(2026, 3, 31), new GeneratedAuthorityWriter(database.Connection));
        var authority = (await CensusExport.AuthoritiesAsync(database.Connection)).Single();
        var file = Path.Combine(Path.GetTempPath(), $"safeguard-review-{Guid.NewGuid():N}.xml");
        try
        {
            var export = CensusExport.WriteFile(database.Connection, authority, 2026, MadeAt, file);

            var review = CensusReview.Run(database.Connection, authority, 2026, MadeAt);

            var expected = CensusValidator.ValidateFile(file).AllFindings();
            Assert.Equal(export.Counts.Children, review.Children);
            Assert.Equal(expected, review.Findings);
            Assert.Equal(review.Findings.Count, review.ByRule.Sum(r => r.Count));
            Assert.Equal(review.ByRule.OrderByDescending(r => r.Count).Select(r => r.Count), review.ByRule.Select(r => r.Count));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Years_AreTheRulesetsLatestFirst_AndAnUnknownYearIsRefused()
    {
        Assert.Equal(2026, CensusReview.Years[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => CensusReview.RulesetFor(1999));
    }
}
