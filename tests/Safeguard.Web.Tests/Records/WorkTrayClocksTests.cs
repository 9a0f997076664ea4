using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Clock;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Tests;
using Safeguard.Web.Records;

namespace Safeguard.Web.Tests.Records;

/// <summary>
/// The work tray's kept clocks: read again when the child's version moves (a save), the day turns or the authority's
/// rules change, and otherwise not read at all (shown by a change made behind the record's back, which only a re-read
/// would see).
/// </summary>
public sealed class WorkTrayClocksTests
{
    private static readonly DateOnly Referred = ReferredChildren.Referred;
    private const string Decide = "Decide on the referral";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task KeptClocks_AreReadAgainOnlyWhenTheRecordTheDayOrTheRulesChange(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var authority = await ReferredChildren.CreateAsync(database);
        var child = await authority.ReferAsync("K0001", "Amara", "Okafor", "Police found the children home alone overnight");
        using var clocks = new WorkTrayClocks();

        // The decision is due the next working day (Tuesday): due on the Monday of referral, overdue on the Wednesday.
        Assert.Equal(ClockStatus.Due, (await TrayAsync(database, clocks, child.Id, Referred)).Single(c => c.What == Decide).Item.Status);
        Assert.Equal(ClockStatus.Overdue, (await TrayAsync(database, clocks, child.Id, Referred.AddDays(2))).Single(c => c.What == Decide).Item.Status);

        // Behind the record's back (no version change): the kept clocks stand, so nothing was read.
        await using (var db = database.Open())
            await db.Set<EpisodeOfNeed>().ExecuteUpdateAsync(s => s.SetProperty(e => e.DecisionDate, Referred));
        Assert.Contains(await TrayAsync(database, clocks, child.Id, Referred.AddDays(2)), c => c.What == Decide);

        // Another rule set is another set of clocks: read again (and the change above is now seen).
        Assert.DoesNotContain(await TrayAsync(database, clocks, child.Id, Referred.AddDays(2), "WT2010"), c => c.What == Decide);

        // A save through the record moves its version: read again.
        var fresh = await authority.ReferAsync("K0002", "Tom", "Reyes", "School raised concerns about bruising");
        Assert.Contains(await TrayAsync(database, clocks, fresh.Id, Referred.AddDays(2)), c => c.What == Decide);
        await using (var db = database.Open())
        {
            var tracked = await db.Children.Include(c => c.Episodes).SingleAsync(c => c.Id == fresh.Id);
            tracked.OpenEpisode!.Decide(ReferralDecision.Assessment, Referred.AddDays(1), authority.Worker.Id, Referred.AddDays(2));
            await db.SaveChangesAsync();
        }
        Assert.DoesNotContain(await TrayAsync(database, clocks, fresh.Id, Referred.AddDays(2)), c => c.What == Decide);
    }

    private static async Task<IReadOnlyList<ChildClockItem>> TrayAsync(TestDatabase database, WorkTrayClocks clocks, Guid childId, DateOnly today, string ruleSet = "WT2023")
    {
        await using var db = database.Open();
        var version = await db.Children.Where(c => c.Id == childId).Select(c => c.Version).SingleAsync();
        var tray = await clocks.ForAsync(db, [(childId, version)], ruleSet, WorkingDayConvention.ExcludeBankHolidays, today);
        return tray.Single().Clocks;
    }
}
