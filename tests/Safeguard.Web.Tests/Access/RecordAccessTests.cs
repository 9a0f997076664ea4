using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Data.Records;
using Safeguard.Generator;
using Safeguard.Tests;
using Safeguard.Web.Access;
using Safeguard.Web.SignIn;
using Safeguard.Web.Startup;

namespace Safeguard.Web.Tests.Access;

/// <summary>
/// The access check asked of one child (pages), of a short list (the work tray) and of a whole scope (lists, search)
/// is written differently for speed; all must answer alike for every case-work role and every child of a generated authority.
/// </summary>
public sealed class RecordAccessTests
{
    private static readonly DateOnly Today = new(2026, 3, 31);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task OneChildCheck_AgreesWithTheScope_ForEveryCaseWorkRole(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var targets = GeneratedDemoAuthority.Targets;
        var authority = AuthorityGenerator.AuthorityFor(targets);
        AuthorityGenerator.Generate(authority, targets, 1, 7, Today, new GeneratedAuthorityWriter(database.Connection));
        await AddEdgeCasesAsync(database, authority.Id);

        await using var db = database.Open();
        var access = new RecordAccess(db);
        var children = await db.Children.Where(c => c.AuthorityId == authority.Id).Select(c => c.Id).ToListAsync();
        WorkerRole[] roles = [WorkerRole.SocialWorker, WorkerRole.TeamManager, WorkerRole.FrontDoorWorker, WorkerRole.ConferenceChair, WorkerRole.IndependentReviewingOfficer];
        var mismatches = new List<string>();
        foreach (var role in roles)
        {
            var workers = await db.Workers.Where(w => w.AuthorityId == authority.Id && w.Role == role).OrderBy(w => w.Name).Take(3).ToListAsync();
            Assert.NotEmpty(workers);
            foreach (var worker in workers)
            {
                var user = UserOf(worker);
                var scope = (await access.Children(user).Select(c => c.Id).ToListAsync()).ToHashSet();
                Assert.True(scope.Count > 0, $"{role} {worker.Name} sees no child: the comparison would prove nothing");
                var among = await access.Among(user, db.Children.Select(c => c.Id)).Select(c => c.Id).ToListAsync();
                Assert.True(scope.SetEquals(among), $"{role} {worker.Name}: the scope has {scope.Count}, among all children {among.Count}");
                // Everyone in the scope, and as many outside it, so both answers are asked of the one-child check.
                var asked = scope.Concat(children.Where(id => !scope.Contains(id)).Take(scope.Count + 20));
                foreach (var id in asked)
                {
                    var visible = await access.VersionIfVisibleAsync(user, id) is not null;
                    if (visible != scope.Contains(id)) mismatches.Add($"{role} {worker.Name} × {id}: scope {scope.Contains(id)}, one child {visible}");
                }
            }
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(20)));
    }

    /// <summary>
    /// What a generated year lacks: a front-door worker (the generator's front door is social workers), a restricted
    /// child named to one worker and not to their team, and an open case no one holds.
    /// </summary>
    private static async Task AddEdgeCasesAsync(TestDatabase database, Guid authorityId)
    {
        await using var db = database.Open();
        var worker = await db.Workers.Where(w => w.AuthorityId == authorityId && w.Role == WorkerRole.SocialWorker && w.TeamId != null).OrderBy(w => w.Name).FirstAsync();
        var manager = await db.Workers.Where(w => w.AuthorityId == authorityId && w.Role == WorkerRole.TeamManager).OrderBy(w => w.Name).FirstAsync();
        var restricted = Child.Register(authorityId, "RA0001", "Rowan", "Sealed", Today.AddYears(-8), null, Sex.Male, "WBRI", Today);
        restricted.ReceiveReferral(Today.AddDays(-20), "6", "N1", "Made-up concern", null, null, Today);
        restricted.AllocateTo(worker.Id, Today.AddDays(-19), Today);
        restricted.Restrict(true);
        restricted.OpenTo(worker.Id, manager.Id, Today);
        var unheld = Child.Register(authorityId, "RA0002", "Ash", "Waiting", Today.AddYears(-5), null, Sex.Female, "WBRI", Today);
        unheld.ReceiveReferral(Today.AddDays(-3), "6", "N1", "Made-up concern", null, null, Today);
        var frontDoor = new Worker(authorityId, null, "Fran Frontdoor", WorkerRole.FrontDoorWorker, Agency.ChildrensSocialCare, Today.AddYears(-4), 18);
        db.AddRange(restricted, unheld, frontDoor);
        await db.SaveChangesAsync();
    }

    private static ClaimsPrincipal UserOf(Worker worker) => new(new ClaimsIdentity(
    [
        new Claim(SafeguardClaims.WorkerId, worker.Id.ToString()),
        new Claim(SafeguardClaims.AuthorityId, worker.AuthorityId.ToString()),
        new Claim(ClaimTypes.Role, worker.Role.ToString()),
    ], "test"));
}
