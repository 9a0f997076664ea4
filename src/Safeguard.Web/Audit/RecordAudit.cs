using System.Security.Claims;
using Safeguard.Data;
using Safeguard.Data.Audit;

namespace Safeguard.Web.Audit;

/// <summary>
/// The one audit path of the web app. A view is written at once, in a transaction of its own; a change is only added here,
/// so it is written by the page's own SaveChanges — the same transaction as the change — or not at all.
/// </summary>
public sealed class RecordAudit(SafeguardDbContext db, IHttpContextAccessor http, TimeProvider time)
{
    /// <summary>The user read this child's record (one entry per route that showed it).</summary>
    public Task ViewedAsync(Guid childId, string what, CancellationToken cancellationToken = default) =>
        AuditChainInterceptor.AppendAsync(db, [Entry(childId, AuditAction.Viewed, what)], cancellationToken);

    /// <summary>A list showed these children (search results, a drill-down): one entry per child, in one save.</summary>
    public Task ListedAsync(IEnumerable<Guid> childIds, AuditAction action, string what, CancellationToken cancellationToken = default)
    {
        var entries = childIds.Distinct().Select(id => Entry(id, action, what)).ToList();
        return AuditChainInterceptor.AppendAsync(db, entries, cancellationToken);
    }

    /// <summary>A change to the child's record: saved by the caller's SaveChanges, together with the change.</summary>
    public void Changed(Guid childId, string what) => db.Add(Entry(childId, AuditAction.Changed, what));

    /// <summary>A new child's record: saved with it.</summary>
    public void Created(Guid childId, string what) => db.Add(Entry(childId, AuditAction.Created, what));

    private AuditEntry Entry(Guid? childId, AuditAction action, string what)
    {
        var user = http.HttpContext?.User ?? new ClaimsPrincipal();
        Guid? userId = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
        var role = user.FindFirstValue(ClaimTypes.Role) ?? "";
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        return new AuditEntry(time.GetUtcNow(), userId, user.Identity?.Name ?? "", role, childId, action, what, address);
    }
}
