using Safeguard.Core.Clock;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Web.Startup;

namespace Safeguard.Web.Tests.Support;

/// <summary>
/// A tiny made-up authority for the web tests (the product's seeder is the synthetic generator): one team, a social
/// worker with two children allocated, each with an open referral (one overdue), a colleague's child, and 55 more children so the
/// list has a second page.
/// </summary>
public sealed class PlaceholderSeeder : IDemoAuthoritySeeder
{
    public const string AllocatedChild = "Ava Testwood";
    public const string OverdueChild = "Ben Testwood";
    public const string ColleaguesChild = "Cal Otherton";

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
        ben.ReceiveReferral(today.AddDays(-20), "1A", "N1", "An older made-up referral, now overdue", null, null, today);
        ben.AllocateTo(worker.Id, today.AddDays(-2), today);
        var colleague = new Worker(authority.Id, team.Id, "Kim Colleague", WorkerRole.SocialWorker, Agency.ChildrensSocialCare, today.AddYears(-2), 20);
        var cal = Child.Register(authority.Id, "T0003", "Cal", "Otherton", today.AddYears(-9), null, Sex.Male, "WBRI", today);
        cal.ReceiveReferral(today.AddDays(-1), "1A", "N1", "Someone else's made-up referral", null, null, today);
        cal.AllocateTo(colleague.Id, today.AddDays(-1), today);
        db.AddRange(ava, ben, colleague, cal);
        for (var i = 0; i < 55; i++)
            db.Add(Child.Register(authority.Id, $"T1{i:000}", $"Child{i:00}", "Zulu", today.AddYears(-10).AddDays(i), null, Sex.Unknown, "WBRI", today));
        await db.SaveChangesAsync(cancellationToken);
        return authority.Id;
    }
}
