using Safeguard.Core.People;
using Safeguard.Core.Workforce;

namespace Safeguard.Generator;

/// <summary>The authority's teams and workers, sized from its social worker FTE (teams of about seven with a manager).</summary>
internal sealed class Workforce
{
    public List<Team> Teams { get; } = [];
    public List<Worker> Workers { get; } = [];
    public Dictionary<TeamKind, List<Worker>> SocialWorkers { get; } = [];
    public Dictionary<TeamKind, List<Worker>> Managers { get; } = [];
    public List<Worker> Chairs { get; } = [];
    public List<Worker> ReviewingOfficers { get; } = [];

    public static Workforce Build(Authority authority, AuthorityTargets targets, DateOnly endDate, Random rng)
    {
        var w = new Workforce();
        var total = Math.Max(4, (int)Math.Round(targets.SocialWorkerFte));
        (TeamKind Kind, string Name, double Share)[] kinds =
        [
            (TeamKind.FrontDoor, "Front Door", 0.12), (TeamKind.Assessment, "Assessment", 0.30),
            (TeamKind.ChildProtection, "Child in Need and Protection", 0.33), (TeamKind.LookedAfter, "Children in Care", 0.25),
        ];
        foreach (var (kind, name, share) in kinds)
        {
            var count = Math.Max(1, (int)Math.Round(total * share));
            var teams = (count + 6) / 7;
            w.SocialWorkers[kind] = [];
            w.Managers[kind] = [];
            for (var t = 0; t < teams; t++)
            {
                var team = new Team(authority.Id, teams == 1 ? $"{name} Team" : $"{name} Team {t + 1}", kind);
                w.Teams.Add(team);
                var manager = new Worker(authority.Id, team.Id, PersonName(rng), WorkerRole.TeamManager, Agency.ChildrensSocialCare,
                    endDate.AddDays(-rng.Between(8 * 365, 25 * 365)), null);
                team.SetManager(manager.Id);
                w.Workers.Add(manager);
                w.Managers[kind].Add(manager);
                var inTeam = count / teams + (t < count % teams ? 1 : 0);
                for (var i = 0; i < inTeam; i++)
                {
                    var newlyQualified = rng.Chance(0.12);
                    var qualified = endDate.AddDays(newlyQualified ? -rng.Between(30, 360) : -rng.Between(400, 30 * 365));
                    var worker = new Worker(authority.Id, team.Id, PersonName(rng), WorkerRole.SocialWorker, Agency.ChildrensSocialCare, qualified,
                        newlyQualified ? 12 : 22);
                    w.Workers.Add(worker);
                    w.SocialWorkers[kind].Add(worker);
                }
            }
        }
        var review = new Team(authority.Id, "Conference and Review Service", TeamKind.ConferenceAndReview);
        w.Teams.Add(review);
        var head = new Worker(authority.Id, review.Id, PersonName(rng), WorkerRole.TeamManager, Agency.ChildrensSocialCare, endDate.AddYears(-15), null);
        review.SetManager(head.Id);
        w.Workers.Add(head);
        for (var i = 0; i < Math.Max(1, targets.PlansAt31March / 60); i++)
        {
            var chair = new Worker(authority.Id, review.Id, PersonName(rng), WorkerRole.ConferenceChair, Agency.ChildrensSocialCare, endDate.AddYears(-12), null);
            w.Workers.Add(chair);
            w.Chairs.Add(chair);
        }
        for (var i = 0; i < Math.Max(1, targets.LookedAfterAt31March / 65); i++)
        {
            var iro = new Worker(authority.Id, review.Id, PersonName(rng), WorkerRole.IndependentReviewingOfficer, Agency.ChildrensSocialCare,
                endDate.AddYears(-12), 70);
            w.Workers.Add(iro);
            w.ReviewingOfficers.Add(iro);
        }
        return w;
    }

    public static string PersonName(Random rng) =>
        $"{rng.Pick(rng.Chance(0.8) ? Names.Girls : Names.Boys)} {rng.Pick(Names.Surnames)}";
}
