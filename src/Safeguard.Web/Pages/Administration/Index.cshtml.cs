using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Pages.Audit;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Pages.Administration;

/// <summary>The authority's users: who they are, their role and team, whether they use two-factor and whether they are locked out.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(SafeguardDbContext db, TimeProvider time) : PageModel
{
    public const int PageSize = 50;

    public Paging Paging { get; private set; } = Paging.For(1, PageSize, 0, _ => "", "");
    public TableModel Table { get; private set; } = new("", [], []);

    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        var authority = User.Authority();
        var users = from u in db.Users.AsNoTracking()
                    join w in db.Workers on u.WorkerId equals w.Id
                    where w.AuthorityId == authority
                    select new { w.Name, u.Email, w.Role, Team = db.Teams.Where(t => t.Id == w.TeamId).Select(t => t.Name).FirstOrDefault(),
                        u.TwoFactorEnabled, u.LockoutEnd };
        Paging = Paging.For(pageNumber, PageSize, await users.CountAsync(cancellationToken), p => $"/administration?page={p}", "Pages of users");
        var rows = await users.OrderBy(u => u.Name).ThenBy(u => u.Email).Skip(Paging.Skip).Take(PageSize).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        Table = new TableModel("Users", ["Name", "Email address", "Role", "Team", "Two-factor", "Locked out"],
            rows.Select(u => (IReadOnlyList<TableCell>)
            [
                new TableCell(u.Name),
                new TableCell(u.Email ?? ""),
                new TableCell(RoleNames.For(u.Role)),
                new TableCell(u.Team ?? "No team"),
                new TableCell("", Tag: u.TwoFactorEnabled ? new TagModel("On", "green") : new TagModel("Off", "grey")),
                new TableCell("", Tag: u.LockoutEnd is { } end && end > now
                    ? new TagModel($"Locked until {AuditTime.Show(end)}", "red") : new TagModel("No", "grey")),
            ]).ToList(), TestId: "users");
    }
}
