using Microsoft.EntityFrameworkCore;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.People;
using Safeguard.Data;
using Safeguard.Tests;
using Safeguard.Web.Records;

namespace Safeguard.Web.Tests.Records;

/// <summary>Kept whole records: the same one while the child's version stands, read again once a save has moved it.</summary>
public sealed class KeptRecordsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task KeptRecord_IsReadAgainOnlyWhenASaveHasMovedItsVersion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var authority = await ReferredChildren.CreateAsync(database);
        var child = await authority.ReferAsync("K0001", "Amara", "Okafor", "Police found the children home alone overnight");
        using var kept = new KeptRecords();

        var first = await ReadAsync(database, kept, child.Id);
        Assert.Null(first!.OpenEpisode!.Decision);
        Assert.Null(await ReadAsync(database, kept, Guid.NewGuid()));

        // Behind the record's back (its version unchanged): the kept record stands, so nothing was read.
        await using (var db = database.Open())
            await db.Set<EpisodeOfNeed>().ExecuteUpdateAsync(s => s.SetProperty(e => e.Reason, "Changed behind the record's back"));
        Assert.Same(first, await ReadAsync(database, kept, child.Id));

        // A save through the record moves the version: read again, with both changes.
        await using (var db = database.Open())
        {
            var tracked = await db.Children.Include(c => c.Episodes).SingleAsync(c => c.Id == child.Id);
            tracked.OpenEpisode!.Decide(ReferralDecision.Assessment, ReferredChildren.Referred, authority.Worker.Id, ReferredChildren.Referred);
            await db.SaveChangesAsync();
        }
        var after = await ReadAsync(database, kept, child.Id);
        Assert.NotSame(first, after);
        Assert.Equal(ReferralDecision.Assessment, after!.OpenEpisode!.Decision);
        Assert.Equal("Changed behind the record's back", after.OpenEpisode.Reason);
        Assert.Null(first.OpenEpisode.Decision);
    }

    private static async Task<Child?> ReadAsync(TestDatabase database, KeptRecords kept, Guid childId)
    {
        await using var db = database.Open();
        var version = await db.Children.Where(c => c.Id == childId).Select(c => (int?)c.Version).FirstOrDefaultAsync();
        return version is { } v ? await kept.WholeRecordAsync(db, childId, v) : null;
    }
}
