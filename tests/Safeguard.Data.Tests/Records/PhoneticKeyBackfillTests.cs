using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Clock;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data.Records;
using Safeguard.Tests;

namespace Safeguard.Data.Tests.Records;

/// <summary>Children saved before phonetic keys existed get them at start-up, without touching their version.</summary>
public sealed class PhoneticKeyBackfillTests
{
    private static readonly DateOnly Today = new(2025, 11, 20);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ChildrenWithoutKeys_GetThem_AndKeepTheirVersion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var authority = new Authority("886", "Kent", "E10000016", "WT2023", WorkingDayConvention.ExcludeBankHolidays);
        var children = Enumerable.Range(0, 7).Select(i =>
            Child.Register(authority.Id, $"K{i:0000}", i % 2 == 0 ? "Katherine" : "Mohammed", "Smyth", new DateOnly(2016, 4, 2), null, Sex.Female, "WBRI", Today)).ToList();
        await using (var db = database.Open())
        {
            db.Add(authority);
            db.AddRange(children);
            await db.SaveChangesAsync();
            // As a database written before migration 20261123150000 holds them.
            await db.Children.ExecuteUpdateAsync(s => s.SetProperty(c => c.GivenNameKey, "").SetProperty(c => c.FamilyNameKey, ""));
        }

        int keyed;
        await using (var db = database.Open()) keyed = await PhoneticKeyBackfill.RunAsync(db);

        await using var check = database.Open();
        var saved = await check.Children.AsNoTracking().OrderBy(c => c.LaChildId).ToListAsync();
        Assert.Equal(7, keyed);
        Assert.All(saved, c => Assert.Equal(PersonMatching.PhoneticKey("Smith"), c.FamilyNameKey));
        Assert.Equal(PersonMatching.PhoneticKey("Catherine"), saved[0].GivenNameKey);
        Assert.Equal(children.Select(c => c.Version), saved.Select(c => c.Version));
        await using (var again = database.Open()) Assert.Equal(0, await PhoneticKeyBackfill.RunAsync(again));
    }
}
