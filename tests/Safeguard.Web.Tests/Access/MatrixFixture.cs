using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Access;

/// <summary>How a made-up child stands to the demo users: the rows of the authorisation matrix.</summary>
public enum Relation
{
    /// <summary>Allocated to the demo social worker, whose team the demo team manager manages.</summary>
    Allocated,
    /// <summary>Allocated to a colleague in the social worker's team.</summary>
    SameTeam,
    /// <summary>Allocated to a worker in another team.</summary>
    OtherTeam,
    /// <summary>A contact waiting for a decision, not allocated: at the front door.</summary>
    AtFrontDoor,
    /// <summary>On a child protection plan from a conference the demo chair chaired; allocated in another team.</summary>
    ChairedConference,
    /// <summary>Looked after now; allocated in another team.</summary>
    LookedAfter,
    /// <summary>Referred by the demo partner through the service, now allocated in another team.</summary>
    PartnerContributed,
    /// <summary>Referred by another partner; allocated in another team.</summary>
    PartnerDidNotContribute,
    /// <summary>Restricted, allocated to the demo social worker, who is named on it.</summary>
    RestrictedNamed,
    /// <summary>Restricted, allocated to the demo social worker, who is not named on it.</summary>
    RestrictedUnnamed,
}

/// <summary>One made-up child per <see cref="Relation"/>, added to the shared test app's authority once.</summary>
public sealed class MatrixFixture
{
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static Dictionary<Relation, MatrixChild>? _children;

    public sealed record MatrixChild(Guid Id, string LaChildId, IReadOnlyDictionary<string, Guid> Parts);

    public static async Task<IReadOnlyDictionary<Relation, MatrixChild>> ChildrenAsync(SafeguardWebApp app)
    {
        await Once.WaitAsync();
        try { return _children ??= await SeedAsync(app); }
        finally { Once.Release(); }
    }

    private static async Task<Dictionary<Relation, MatrixChild>> SeedAsync(SafeguardWebApp app)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        var today = app.Services.GetRequiredService<Safeguard.Web.Startup.Today>().Date;
        var authorityId = await db.Authorities.Where(a => a.LaCode == "998").Select(a => a.Id).SingleAsync();
        async Task<Worker> Demo(WorkerRole role)
        {
            var email = SafeguardWebApp.UserFor(role);
            var workerId = await db.Users.Where(u => u.Email == email).Select(u => u.WorkerId).SingleAsync();
            return await db.Workers.SingleAsync(w => w.Id == workerId);
        }
        var socialWorker = await Demo(WorkerRole.SocialWorker);
        var manager = await Demo(WorkerRole.TeamManager);
        var chair = await Demo(WorkerRole.ConferenceChair);
        var partner = await Demo(WorkerRole.PartnerPractitioner);
        var team = await db.Teams.SingleAsync(t => t.Id == socialWorker.TeamId);
        team.SetManager(manager.Id);
        var colleague = await db.Workers.FirstAsync(w => w.TeamId == team.Id && w.Id != socialWorker.Id && w.Role == WorkerRole.SocialWorker);
        var otherTeam = new Team(authorityId, "Matrix other team", TeamKind.ChildInNeed);
        var stranger = new Worker(authorityId, otherTeam.Id, "Oli Otherteam", WorkerRole.SocialWorker, Agency.ChildrensSocialCare, today.AddYears(-3), 20);
        var otherPartner = new Worker(authorityId, null, "Pat Otherforce", WorkerRole.PartnerPractitioner, Agency.Police, null, null);
        db.AddRange(otherTeam, stranger, otherPartner);

        var result = new Dictionary<Relation, MatrixChild>();
        var n = 0;
        Child New(Relation relation) =>
            Child.Register(authorityId, $"MX{++n:000}", relation.ToString(), "Matrixchild", today.AddYears(-6), null, Sex.Female, "WBRI", today);
        EpisodeOfNeed Referred(Child child) => child.ReceiveReferral(today.AddDays(-40), "6", "N1", "Made-up concern for the matrix", null, null, today);
        void Allocated(Child child, Worker worker)
        {
            var episode = Referred(child);
            episode.Decide(ReferralDecision.Assessment, today.AddDays(-40), manager.Id, today);
            child.AllocateTo(worker.Id, today.AddDays(-39), today);
        }

        foreach (var relation in Enum.GetValues<Relation>())
        {
            var child = New(relation);
            var parts = new Dictionary<string, Guid>();
            switch (relation)
            {
                case Relation.Allocated: Allocated(child, socialWorker); break;
                case Relation.SameTeam: Allocated(child, colleague); break;
                case Relation.OtherTeam: Allocated(child, stranger); break;
                case Relation.AtFrontDoor:
                    parts["contactId"] = child.RecordContact(today.AddDays(-1), "2A", "School worried about attendance (made up)", null, today).Id;
                    break;
                case Relation.ChairedConference:
                {
                    var episode = Referred(child);
                    episode.Decide(ReferralDecision.StrategyDiscussion, today.AddDays(-40), manager.Id, today);
                    child.AllocateTo(stranger.Id, today.AddDays(-40), today);
                    var discussion = episode.HoldStrategyDiscussion(today.AddDays(-39), [Agency.Police], true, "Made-up strategy discussion", today);
                    var enquiry = episode.StartSection47(discussion.Id, today.AddDays(-39), today);
                    enquiry.RecordOutcome(Section47Outcome.ConferenceNeeded, today.AddDays(-30), today);
                    episode.HoldInitialConference(enquiry.Id, today.AddDays(-25), true, "NEG", chair.Id, today);
                    parts["episodeId"] = episode.Id;
                    parts["planId"] = episode.ChildProtectionPlans.Single().Id;
                    break;
                }
                case Relation.LookedAfter:
                    Allocated(child, stranger);
                    child.StartToBeLookedAfter(today.AddDays(-30), "V2", "N1", "U6", "PR1", null, false, today);
                    break;
                case Relation.PartnerContributed:
                case Relation.PartnerDidNotContribute:
                {
                    var by = relation == Relation.PartnerContributed ? partner : otherPartner;
                    var contact = child.RecordContact(today.AddDays(-41), "6", "Made-up police concern", null, today, by.Id);
                    parts["contactId"] = contact.Id;
                    var episode = child.ReceiveReferral(today.AddDays(-40), "6", "N1", "Made-up police referral", contact.Id, null, today);
                    episode.Decide(ReferralDecision.Assessment, today.AddDays(-40), manager.Id, today);
                    child.AllocateTo(stranger.Id, today.AddDays(-39), today);
                    parts["requestId"] = child.AskPartner(by.Id, "Any callouts to the address? (made up)", stranger.Id, today).Id;
                    break;
                }
                case Relation.RestrictedNamed:
                case Relation.RestrictedUnnamed:
                    Allocated(child, socialWorker);
                    child.Restrict(true);
                    if (relation == Relation.RestrictedNamed) child.OpenTo(socialWorker.Id, manager.Id, today);
                    break;
            }
            db.Add(child);
            result[relation] = new MatrixChild(child.Id, child.LaChildId, parts);
        }
        await db.SaveChangesAsync();
        return result;
    }
}
