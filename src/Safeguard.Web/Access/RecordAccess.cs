using System.Security.Claims;
using Safeguard.Core.People;
using Safeguard.Data;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Access;

/// <summary>
/// The one place that answers "may this user see this record?". Pages start their queries here, and a record
/// outside the user's scope is simply absent — the page answers 404, never 403, so existence does not leak.
/// For now the scope is the user's authority; restricted records, teams and partner agencies come later.
/// </summary>
public sealed class RecordAccess(SafeguardDbContext db)
{
    public IQueryable<Child> Children(ClaimsPrincipal user)
    {
        var authorityId = user.Authority();
        return db.Children.Where(c => c.AuthorityId == authorityId);
    }
}
