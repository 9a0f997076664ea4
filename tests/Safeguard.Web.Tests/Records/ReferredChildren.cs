using Safeguard.Core.Clock;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Tests;

namespace Safeguard.Web.Tests.Records;

/// <summary>A Kent-like authority with a front-door worker, and children referred on a Monday, saved to a test database.</summary>
internal sealed class ReferredChildren(TestDatabase database, Authority authority, Worker worker)
{
    public static readonly DateOnly Referred = new(2025, 11, 17);

    public Worker Worker => worker;

    public static async Task<ReferredChildren> CreateAsync(TestDatabase database)
    {
        var authority = new Authority("886", "Kent", "E10000016", "WT2023", WorkingDayConvention.ExcludeBankHolidays);
        var worker = new Worker(authority.Id, null, "Sam Example", WorkerRole.FrontDoorWorker, Agency.ChildrensSocialCare, new DateOnly(2019, 9, 1), 18);
        await using var db = database.Open();
        db.AddRange(authority, worker);
        await db.SaveChangesAsync();
        return new ReferredChildren(database, authority, worker);
    }

    /// <summary>A new child with an open referral awaiting the front door's decision.</summary>
    public async Task<Child> ReferAsync(string laChildId, string givenName, string familyName, string reason)
    {
        var child = Child.Register(authority.Id, laChildId, givenName, familyName, new DateOnly(2016, 4, 2), null, Sex.Female, "WBRI", Referred);
        child.ReceiveReferral(Referred, "6", "N1", reason, null, null, Referred);
        await using var db = database.Open();
        db.Add(child);
        await db.SaveChangesAsync();
        return child;
    }
}
