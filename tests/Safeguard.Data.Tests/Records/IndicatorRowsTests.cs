using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Clock;
using Safeguard.Core.Indicators;
using Safeguard.Data.Records;
using Safeguard.Generator;
using Safeguard.Tests;
using C = Safeguard.Core.Indicators.IndicatorCatalogue;

namespace Safeguard.Data.Tests.Records;

/// <summary>The fast reader (flat rows) must give the very report the reference (whole child records) gives.</summary>
public sealed class IndicatorRowsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, false)]
    [InlineData(DatabaseProvider.Sqlite, true)]
    [InlineData(DatabaseProvider.PostgreSql, false)]
    [InlineData(DatabaseProvider.PostgreSql, true)]
    public async Task RowsAndWholeRecords_GiveTheSameIndicators(DatabaseProvider provider, bool anotherAuthority)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var targets = BuiltInTargets.Rutland2025;
        AuthorityGenerator.Generate(AuthorityGenerator.AuthorityFor(targets), targets, 3, 11, new DateOnly(2026, 3, 31), new GeneratedAuthorityWriter(database.Connection));
        // A second authority in the same database: its children must not count (alone, the reader skips that check).
        var other = targets with { LaCode = "999", Name = "Testshire" };
        if (anotherAuthority)
            AuthorityGenerator.Generate(AuthorityGenerator.AuthorityFor(other), other, 1, 5, new DateOnly(2026, 3, 31), new GeneratedAuthorityWriter(database.Connection));
        await using var db = database.Open();
        var authority = await db.Authorities.AsNoTracking().SingleAsync(a => a.LaCode == targets.LaCode);
        var workers = await db.Workers.AsNoTracking().Where(w => w.AuthorityId == authority.Id).ToListAsync();

        var year = new IndicatorContext(new DateOnly(2026, 3, 31)) { Calendar = WorkingDayCalendar.England(authority.WorkingDays), Population0To17 = 8_000, Workers = workers };
        var contexts = new[]
        {
            year,
            year with { YearEnd = new DateOnly(2025, 3, 31) },
            // A quarter, as the dashboard's shorter periods: snapshots on its last day.
            year with { YearEnd = new DateOnly(2025, 12, 31), From = new DateOnly(2025, 10, 1) },
        };
        foreach (var context in contexts)
        {
            var reference = await WholeRecordsAsync(database.Connection, authority.Id, context);
            var fast = await IndicatorRows.ComputeAsync(database.Connection, authority.Id, context);

            Assert.True(reference.ChildrenRead > 100, $"only {reference.ChildrenRead} children read");
            Assert.Equal(reference.ChildrenRead, fast.ChildrenRead);
            foreach (var id in new[] { C.Referrals, C.ReReferralPercent, C.Section47, C.CppAt31March, C.ClaAt31March, C.Caseload })
                Assert.True(reference[id].Numerator > 0, $"{id}: nothing to compare for the period ending {context.YearEnd}");
            foreach (var (expected, actual) in reference.Results.Zip(fast.Results))
                AssertSame(expected, actual, context);
        }
    }

    /// <summary>The reference: whole child records, a page at a time, as the dashboard read them before.</summary>
    private static async Task<IndicatorReport> WholeRecordsAsync(string database, Guid authorityId, IndicatorContext context)
    {
        await using var db = SafeguardDatabase.Open(database);
        var accumulator = new IndicatorEngine.Accumulator(context);
        var ids = await IndicatorRecords.ChildIdsAsync(db, authorityId, context.YearStart, context.YearEnd, context.WorkforceDay);
        await foreach (var child in IndicatorRecords.ReadAsync(db, ids, pageSize: 37)) accumulator.Add(child);
        return accumulator.Report();
    }

    /// <summary>
    /// Figures and breakdowns exactly; drill-down lists as the same items (the pages sort them, and a child's records
    /// of one kind come back from the database in no promised order).
    /// </summary>
    private static void AssertSame(IndicatorResult expected, IndicatorResult actual, IndicatorContext context)
    {
        var what = $"{expected.Id}, period ending {context.YearEnd}";
        Assert.Equal(expected.Id, actual.Id);
        Assert.True(expected.Numerator == actual.Numerator && expected.Denominator == actual.Denominator,
            $"{what}: {actual.Numerator} / {actual.Denominator}, expected {expected.Numerator} / {expected.Denominator}");
        Assert.Equal(expected.Value, actual.Value);
        Assert.Equal(expected.ByMonth, actual.ByMonth);
        Assert.Equal(expected.ByWorker.OrderBy(kv => kv.Key), actual.ByWorker.OrderBy(kv => kv.Key));
        Assert.Equal(expected.ByTeam.OrderBy(kv => kv.Key), actual.ByTeam.OrderBy(kv => kv.Key));
        Assert.Equal(expected.NumeratorIds.Order(), actual.NumeratorIds.Order());
        Assert.Equal(expected.DenominatorIds.Order(), actual.DenominatorIds.Order());
        Assert.Equal(Sorted(expected.Items), Sorted(actual.Items));
    }

    private static List<IndicatorItem> Sorted(IEnumerable<IndicatorItem> items) =>
        [.. items.OrderBy(i => i.ChildId).ThenBy(i => i.Date).ThenBy(i => i.WorkerId).ThenBy(i => i.InNumerator).ThenBy(i => i.InDenominator).ThenBy(i => i.Month)];
}
