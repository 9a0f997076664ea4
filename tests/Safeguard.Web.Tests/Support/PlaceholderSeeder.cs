using Safeguard.Core.Clock;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Web.Startup;

namespace Safeguard.Web.Tests.Support;

/// <summary>
/// A tiny made-up authority for the web tests (the product's seeder is the synthetic generator): one team, a social
/// worker with two children allocated (one with an open referral, so a clock is due), and 55 more children so the
/// list has a second page.
/// </summary>
public sealed class PlaceholderSeeder : IDemoAuthoritySeeder
{
    public const string AllocatedChild = "Ava Testwood";

    public async Task<Guid> SeedAsync(SafeguardDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var authority = new Authority("998", "Testshire County Council", null, "WT2023", WorkingDayConvention.ExcludeBankHolidays);
        var team = new Team(authority.Id, "Assessment team 1", TeamKind.Assessment);
        var worker = new Worker(authority.Id, team.Id, "Sam Placeholder", WorkerRole.SocialWorker, Agency.ChildrensSocialCare, today.AddYears(-5), 20);
        db.AddRange(authority, team, worker);

        var ava = Child.Register(authority.Id, "T0001", "Ava", "Testwood", today.AddYears(-7), null, Sex.Female, "WBRI", today);
        ava.ReceiveReferral(today.AddDays(-3), "1A", "N1", "A made-up referral for the tests", null, null, today);
        ava.AllocateTo(worker.Id, today.AddDays(-2), today);
        var ben = Child.Register(authority.Id, "T0002", "Ben", "Testwood", today.AddYears(-4), null, Sex.Male, "WBRI", today);
        ben.AllocateTo(worker.Id, today.AddDays(-2), today);
        db.AddRange(ava, ben);
        for (var i = 0; i < 55; i++)
            db.Add(Child.Register(authority.Id, $"T1{i:000}", $"Child{i:00}", "Zulu", today.AddYears(-10).AddDays(i), null, Sex.Unknown, "WBRI", today));
        await db.SaveChangesAsync(cancellationToken);
        return authority.Id;
    }
}
