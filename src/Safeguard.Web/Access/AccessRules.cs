using System.Linq.Expressions;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data;

namespace Safeguard.Web.Access;

/// <summary>
/// The rules of <see cref="RecordAccess"/>, written once as (records, worker, child) → whether the worker's relation
/// to the child opens its record. They are expressions, so the database evaluates them; <see cref="RecordAccess"/>
/// binds them to a request's records and worker, and compiles each role's one-child check once for the process.
/// </summary>
internal static class AccessRules
{
    /// <summary>The role's relation rule: children of the authority who are not restricted.</summary>
    public static Expression<Func<SafeguardDbContext, Guid, Child, bool>> Relation(WorkerRole role) => role switch
    {
        WorkerRole.SocialWorker => SocialWorker,
        WorkerRole.TeamManager => TeamManager,
        WorkerRole.FrontDoorWorker => FrontDoorWorker,
        WorkerRole.ConferenceChair => ConferenceChair,
        WorkerRole.IndependentReviewingOfficer => IndependentReviewingOfficer,
        // Partners, analysts, administrators and auditors see no whole records (partners see their contributions).
        _ => Nobody,
    };

    /// <summary>A restricted (sealed) record is open only to the users named on it, whatever their relation.</summary>
    public static Expression<Func<Child, Guid, bool>> Named { get; } = (c, me) => c.NamedAccess.Any(n => n.WorkerId == me);

    // Allocated to the worker or anyone in their team ("TeamId = (my team)" as a scalar subquery: PostgreSQL then
    // expects a team's handful of workers and finds their allocations by index).
    private static readonly Expression<Func<SafeguardDbContext, Guid, Child, bool>> SocialWorker = (db, me, c) =>
        db.Set<Allocation>().Any(a => a.ChildId == c.Id && a.To == null
            && db.Workers.Where(w => w.Id == me || (w.TeamId != null && w.TeamId == db.Workers.Where(x => x.Id == me).Select(x => x.TeamId).FirstOrDefault()))
                .Select(w => w.Id).Contains(a.WorkerId));

    // Allocated to anyone in the team they belong to or the teams they manage, or an open case no one holds yet.
    private static readonly Expression<Func<SafeguardDbContext, Guid, Child, bool>> TeamManager = (db, me, c) =>
        db.Set<Allocation>().Any(a => a.ChildId == c.Id && a.To == null
            && db.Workers.Where(w => w.Id == me || (w.TeamId != null
                    && (w.TeamId == db.Workers.Where(x => x.Id == me).Select(x => x.TeamId).FirstOrDefault()
                        || db.Teams.Where(t => t.ManagerId == me).Select(t => (Guid?)t.Id).Contains(w.TeamId))))
                .Select(w => w.Id).Contains(a.WorkerId))
        || (c.Episodes.Any(e => e.ClosureDate == null) && !db.Set<Allocation>().Any(a => a.ChildId == c.Id && a.To == null));

    // At the front door: a contact or referral waiting for a decision, or a new record with neither.
    private static readonly Expression<Func<SafeguardDbContext, Guid, Child, bool>> FrontDoorWorker = (db, me, c) =>
        c.Contacts.Any(k => k.Outcome == ContactOutcome.AwaitingDecision)
        || c.Episodes.Any(e => e.ClosureDate == null && e.Decision == null)
        || (!c.Contacts.Any() && !c.Episodes.Any() && !c.PeriodsOfCare.Any());

    // Conferences they chaired, children waiting for an initial conference, and children on a plan (reviews).
    private static readonly Expression<Func<SafeguardDbContext, Guid, Child, bool>> ConferenceChair = (db, me, c) =>
        c.Episodes.Any(e => e.Conferences.Any(k => k.ChairId == me)
            || (e.ClosureDate == null && e.Section47Enquiries.Any(s => s.Outcome == Section47Outcome.ConferenceNeeded && s.ConferenceDate == null))
            || e.ChildProtectionPlans.Any(p => p.EndDate == null));

    // Children looked after now, and children whose conferences they chaired.
    private static readonly Expression<Func<SafeguardDbContext, Guid, Child, bool>> IndependentReviewingOfficer = (db, me, c) =>
        c.PeriodsOfCare.Any(p => p.EndDate == null) || c.Episodes.Any(e => e.Conferences.Any(k => k.ChairId == me));

    private static readonly Expression<Func<SafeguardDbContext, Guid, Child, bool>> Nobody = (db, me, c) => false;

    /// <summary>The expression's body with its parameters replaced by the given expressions, in order.</summary>
    public static Expression Apply(LambdaExpression rule, params Expression[] arguments) =>
        new Substitute(rule.Parameters.Zip(arguments).ToDictionary(p => p.First, p => p.Second)).Visit(rule.Body);

    private sealed class Substitute(Dictionary<ParameterExpression, Expression> with) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => with.TryGetValue(node, out var e) ? e : node;
    }
}
