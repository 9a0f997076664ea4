using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Data.Identity;
using Safeguard.Web.Components;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Pages.Account;

/// <summary>The signed-in user's own account: who they are, their role, whether two-factor is on, and their password.</summary>
public sealed class IndexModel(UserManager<SafeguardUser> users, SafeguardDbContext db) : PageModel
{
    public SummaryListModel Details { get; private set; } = new([]);
    public bool TwoFactorOn { get; private set; }
    public bool TwoFactorRequired { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Redirect("/sign-in");
        var worker = await db.Workers.AsNoTracking().Where(w => w.Id == user.WorkerId)
            .Select(w => new { w.Name, w.Role, Team = db.Teams.Where(t => t.Id == w.TeamId).Select(t => t.Name).FirstOrDefault() })
            .FirstAsync(cancellationToken);
        TwoFactorOn = user.TwoFactorEnabled;
        TwoFactorRequired = TwoFactorSignIn.IsRequiredFor(worker.Role);
        Details = new SummaryListModel(
        [
            new("Name", worker.Name),
            new("Email address", user.Email ?? ""),
            new("Role", RoleNames.For(worker.Role)),
            new("Team", worker.Team ?? "No team"),
            new("Two-factor sign-in", TwoFactorOn ? "On: you sign in with a code from your authenticator app"
                : TwoFactorRequired ? "Off: your role needs it, so you will be asked to set it up" : "Off"),
        ]);
        return Page();
    }
}
