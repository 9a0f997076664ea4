using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Clock;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Tests;
using Safeguard.Web.Records;

namespace Safeguard.Web.Tests.Records;

/// <summary>Kept whole records: the same one while the child's version stands, read again once a save has moved it.</summary>
public sealed class KeptRecordsTests
{
    private static readonly DateOnly Today = new(2025, 11, 17);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task KeptRecord_IsReadAgainOnlyWhenASaveHasMovedItsVersion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var authority = new Authority("886", "Kent", "E10000016", "WT2023", WorkingDayConvention.ExcludeBankHolidays);
        var worker = new Worker(authority.Id, null, "Sam Example", WorkerRole.FrontDoorWorker, Agency.ChildrensSocialCare, new DateOnly(2019, 9, 1), 18);
        var child = Child.Register(authority.Id, "K0001", "Amara", "Okafor", new DateOnly(2016, 4, 2), null, Sex.Female, "BAFR", Today);
        child.ReceiveReferral(Today, "6", "N1", "Police found the children home alone overnight", null, null, Today);
        await using (var db = database.Open())
        {
            db.AddRange(authority, worker, child);
            await db.SaveChangesAsync();
        }
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
            tracked.OpenEpisode!.Decide(ReferralDecision.Assessment, Today, worker.Id, Today);
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
        return await kept.WholeRecordAsync(db, childId);
    }
}
