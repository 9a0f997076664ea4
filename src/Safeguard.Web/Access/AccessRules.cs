using System.Linq.Expressions;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data;

namespace Safeguard.Web.Access;

/// <summary>
/// The rules of <see cref="RecordAccess"/>, written once as (records, worker, child) → whether the worker may open
/// the child's record. They are expressions, so the database evaluates them; <see cref="RecordAccess"/>
/// binds them to a request's records and worker, and compiles each role's one-child check once for the process.
/// </summary>
internal static class AccessRules
{
    /// <summary>Whether the role's user may open the child's record: their relation to it, or for a restricted record their name on it.</summary>
    public static Expression<Func<SafeguardDbContext, Guid, Child, bool>> Opens(WorkerRole role) => ByRole[role];

    /// <summary>A restricted (sealed) record is open only to the users named on it, whatever their relation; any other to those the relation lets in.</summary>
    public static Expression<Func<SafeguardDbContext, Guid, Child, bool>> Sealed(Expression<Func<SafeguardDbContext, Guid, Child, bool>> relation) =>
        Inline<Expression<Func<SafeguardDbContext, Guid, Child, bool>>>(
            (db, me, c) => c.IsRestricted ? c.NamedAccess.Any(n => n.WorkerId == me) : Rule(db, me, c), nameof(Rule), relation);

    // The relation rule: children of the authority who are not restricted.
    private static Expression<Func<SafeguardDbContext, Guid, Child, bool>> Relation(WorkerRole role) => role switch
    {
        WorkerRole.SocialWorker => SocialWorker,
        WorkerRole.TeamManager => TeamManager,
        WorkerRole.FrontDoorWorker => FrontDoorWorker,
        WorkerRole.ConferenceChair => ConferenceChair,
        WorkerRole.IndependentReviewingOfficer => IndependentReviewingOfficer,
        // Partners, analysts, administrators and auditors see no whole records (partners see their contributions).
        _ => Nobody,
    };

    /// <summary>The workers whose open allocations open a record to a social worker: themselves and everyone in their team.</summary>
    /// <remarks>"TeamId = (my team)" as a scalar subquery, not "TeamId in (my teams)": PostgreSQL then expects a
    /// team's handful of workers and finds their allocations by index instead of scanning them all.</remarks>
    public static Expression<Func<SafeguardDbContext, Guid, IQueryable<Guid>>> Team { get; } = (db, me) =>
        db.Workers.Where(w => w.Id == me || (w.TeamId != null && w.TeamId == db.Workers.Where(x => x.Id == me).Select(x => x.TeamId).FirstOrDefault()))
            .Select(w => w.Id);

    /// <summary>A team manager's: themselves, everyone in their own team and everyone in the teams they manage.</summary>
    public static Expression<Func<SafeguardDbContext, Guid, IQueryable<Guid>>> Teams { get; } = (db, me) =>
        db.Workers.Where(w => w.Id == me || (w.TeamId != null
                && (w.TeamId == db.Workers.Where(x => x.Id == me).Select(x => x.TeamId).FirstOrDefault()
                    || db.Teams.Where(t => t.ManagerId == me).Select(t => (Guid?)t.Id).Contains(w.TeamId))))
            .Select(w => w.Id);

    // An open allocation of the child to anyone in the worker's team.
    private static readonly Expression<Func<SafeguardDbContext, Guid, Child, bool>> SocialWorker = WithWorkers(Team, (db, me, c) =>
        db.Set<Allocation>().Any(a => a.ChildId == c.Id && a.To == null && Workers(db, me).Contains(a.WorkerId)));

    // An open allocation to anyone in the teams they belong to or manage, or an open case no one holds yet.
    private static readonly Expression<Func<SafeguardDbContext, Guid, Child, bool>> TeamManager = WithWorkers(Teams, (db, me, c) =>
        db.Set<Allocation>().Any(a => a.ChildId == c.Id && a.To == null && Workers(db, me).Contains(a.WorkerId))
        || (c.Episodes.Any(e => e.ClosureDate == null) && !db.Set<Allocation>().Any(a => a.ChildId == c.Id && a.To == null)));

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

    // After the rules it is built from: static fields are set in the order they are written.
    private static readonly Dictionary<WorkerRole, Expression<Func<SafeguardDbContext, Guid, Child, bool>>> ByRole =
        Enum.GetValues<WorkerRole>().ToDictionary(role => role, role => Sealed(Relation(role)));

    /// <summary>Stand-ins inside an expression, replaced by <see cref="Inline"/> before any query sees them: a role's workers, a rule.</summary>
    internal static IQueryable<Guid> Workers(SafeguardDbContext db, Guid me) => throw new InvalidOperationException("Replaced by the role's workers.");

    /// <inheritdoc cref="Workers"/>
    internal static bool Rule(SafeguardDbContext db, Guid me, Child child) => throw new InvalidOperationException("Replaced by a rule.");

    private static Expression<Func<SafeguardDbContext, Guid, Child, bool>> WithWorkers(
        Expression<Func<SafeguardDbContext, Guid, IQueryable<Guid>>> workers, Expression<Func<SafeguardDbContext, Guid, Child, bool>> rule) =>
        Inline(rule, nameof(Workers), workers);

    /// <summary>The expression with every call to the stand-in <paramref name="standIn"/> replaced by <paramref name="with"/> applied to the call's arguments.</summary>
    public static T Inline<T>(T expression, string standIn, LambdaExpression with) where T : Expression =>
        (T)new InlineStandIn(standIn, with).Visit(expression);

    private sealed class InlineStandIn(string name, LambdaExpression with) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method.DeclaringType == typeof(AccessRules) && node.Method.Name == name
                ? Apply(with, [.. node.Arguments.Select(Visit)!])
                : base.VisitMethodCall(node);
    }

    /// <summary>The expression's body with its parameters replaced by the given expressions, in order.</summary>
    public static Expression Apply(LambdaExpression rule, params Expression[] arguments) =>
        new Substitute(rule.Parameters.Zip(arguments).ToDictionary(p => p.First, p => p.Second)).Visit(rule.Body);

    private sealed class Substitute(Dictionary<ParameterExpression, Expression> with) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => with.TryGetValue(node, out var e) ? e : node;
    }
}
