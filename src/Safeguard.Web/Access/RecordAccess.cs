using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Access;

/// <summary>
/// The one place that answers "may this user see this child's record?". Lists, downloads, drill-downs and search
/// start their queries from <see cref="Children"/>, a record's pages from <see cref="VersionIfVisibleAsync"/> and the
/// work tray from <see cref="Among"/>: the same rules (<see cref="AccessRules"/>), each in the form quickest for its
/// question. A record outside the user's scope is simply absent — the page answers 404, never 403, and its existence
/// does not leak.
/// <para>Who sees a record, within their own authority:</para>
/// <list type="bullet">
/// <item>social workers: children allocated to them now, and children allocated to someone in their team;</item>
/// <item>team managers: children allocated to anyone in the team they manage or belong to, and open cases waiting to be allocated;</item>
/// <item>front-door workers: children at the front door — a contact or referral waiting for a decision, or a new record with neither;</item>
/// <item>conference chairs: children whose conferences they chaired, children waiting for an initial conference, and children on a plan (reviews);</item>
/// <item>independent reviewing officers: children looked after now, and children whose conferences they chaired;</item>
/// <item>partners, analysts, administrators and auditors: no whole records. Partners see what they contributed or were
/// asked (<see cref="Contributions"/>, <see cref="RequestsTo"/>); analysts see aggregates; auditors see the trail.</item>
/// </list>
/// A restricted (sealed) record is open only to the users named on it, whatever their relation to the child.
/// </summary>
public sealed class RecordAccess(SafeguardDbContext db)
{
    public IQueryable<Child> Children(ClaimsPrincipal user)
    {
        var authorityId = user.Authority();
        var me = user.Worker();
        var inAuthority = db.Children.Where(c => c.AuthorityId == authorityId);
        var role = user.Role();
        if (AllocatedScope(role, me) is { } scope)
        {
            // Case workers' scope is a set of children found from the allocations (indexed by worker), so the database
            // looks up a team's few hundred children rather than testing every child of the authority.
            var named = db.Set<NamedAccess>().Where(n => n.WorkerId == me).Select(n => n.ChildId);
            var reachable = scope.Concat(named);
            return inAuthority.Where(c => reachable.Contains(c.Id)).Where(Bound(AccessRules.Sealed((_, _, c) => scope.Contains(c.Id)), me));
        }
        return inAuthority.Where(Bound(AccessRules.Opens(role), me));
    }

    /// <summary>
    /// The children a social worker or team manager reaches through allocations: their own and their team's (and, for
    /// a manager, the teams they manage and open cases no one holds yet). Null for roles whose scope is not allocation.
    /// </summary>
    private IQueryable<Guid>? AllocatedScope(WorkerRole role, Guid me)
    {
        var open = db.Set<Allocation>().Where(a => a.To == null);
        switch (role)
        {
            case WorkerRole.SocialWorker:
                var team = Bound(AccessRules.Team, me);
                return open.Where(a => team.Contains(a.WorkerId)).Select(a => a.ChildId);
            case WorkerRole.TeamManager:
                var teams = Bound(AccessRules.Teams, me);
                var waiting = db.Set<EpisodeOfNeed>()
                    .Where(e => e.ClosureDate == null && !open.Any(a => a.ChildId == e.ChildId))
                    .Select(e => e.ChildId);
                return open.Where(a => teams.Contains(a.WorkerId)).Select(a => a.ChildId).Concat(waiting);
            default:
                return null;
        }
    }

    /// <summary>
    /// The children among <paramref name="ids"/> the user may see: the same rules as <see cref="Children"/>, asked of
    /// each child in a short list (the work tray's allocations) instead of gathering the user's whole scope first.
    /// </summary>
    public IQueryable<Child> Among(ClaimsPrincipal user, IQueryable<Guid> ids)
    {
        var me = user.Worker();
        var authorityId = user.Authority();
        return db.Children.Where(c => c.AuthorityId == authorityId && ids.Contains(c.Id)).Where(Bound(AccessRules.Opens(user.Role()), me));
    }

    /// <summary>Whether the user may see this child's whole record.</summary>
    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, Guid childId, CancellationToken cancellationToken = default) =>
        await VersionIfVisibleAsync(user, childId, cancellationToken) is not null;

    /// <summary>
    /// The child's record version if the user may see it, else null: the access check and a kept record's key in one
    /// query. The same rules as <see cref="Children"/>, asked of the one child (a case worker's relation is tested
    /// against this child's own allocations, not by gathering the team's caseload), compiled once per role.
    /// </summary>
    public Task<int?> VersionIfVisibleAsync(ClaimsPrincipal user, Guid childId, CancellationToken cancellationToken = default) =>
        OneChild.GetOrAdd((db.Model, user.Role()), key => CompileOneChild(key.Role))(db, childId, user.Authority(), user.Worker());

    // A compiled query serves one model, and a process may hold two (SQLite and PostgreSQL, in the tests).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Microsoft.EntityFrameworkCore.Metadata.IModel Model, WorkerRole Role),
        Func<SafeguardDbContext, Guid, Guid, Guid, Task<int?>>> OneChild = new();

    private static Func<SafeguardDbContext, Guid, Guid, Guid, Task<int?>> CompileOneChild(WorkerRole role)
    {
        Expression<Func<SafeguardDbContext, Guid, Guid, Guid, int?>> query = (db, childId, authorityId, me) => db.Children
            .Where(c => c.Id == childId && c.AuthorityId == authorityId && AccessRules.Rule(db, me, c))
            .Select(c => (int?)c.Version).FirstOrDefault();
        return EF.CompileAsyncQuery(AccessRules.Inline(query, nameof(AccessRules.Rule), AccessRules.Opens(role)));
    }

    /// <summary>The contacts a partner practitioner made through the service: theirs to follow up, nothing more.</summary>
    public IQueryable<Contact> Contributions(ClaimsPrincipal user)
    {
        var me = user.Worker();
        var authorityId = user.Authority();
        return db.Set<Contact>().Where(c => c.SubmittedBy == me
            && db.Children.Any(child => child.Id == c.ChildId && child.AuthorityId == authorityId && !child.IsRestricted));
    }

    /// <summary>The questions put to a partner practitioner, answered or not.</summary>
    public IQueryable<Core.Recording.InformationRequest> RequestsTo(ClaimsPrincipal user)
    {
        var me = user.Worker();
        var authorityId = user.Authority();
        return db.Set<Core.Recording.InformationRequest>().Where(r => r.PartnerId == me
            && db.Children.Any(child => child.Id == r.ChildId && child.AuthorityId == authorityId && !child.IsRestricted));
    }

    /// <summary>The workers whose allocations open records to this worker, as a query of this request's records.</summary>
    private IQueryable<Guid> Bound(Expression<Func<SafeguardDbContext, Guid, IQueryable<Guid>>> workers, Guid me)
    {
        Expression<Func<SafeguardDbContext>> records = () => db;
        Expression<Func<Guid>> worker = () => me;
        return ((IQueryable)db.Workers).Provider.CreateQuery<Guid>(AccessRules.Apply(workers, records.Body, worker.Body));
    }

    /// <summary>A rule bound to this request's records and worker, as a query written here would capture them (so EF sends the worker as a parameter).</summary>
    private Expression<Func<Child, bool>> Bound(Expression<Func<SafeguardDbContext, Guid, Child, bool>> rule, Guid me)
    {
        Expression<Func<SafeguardDbContext>> records = () => db;
        Expression<Func<Guid>> worker = () => me;
        var child = Expression.Parameter(typeof(Child), "c");
        return Expression.Lambda<Func<Child, bool>>(AccessRules.Apply(rule, records.Body, worker.Body, child), child);
    }
}
