using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Core.Workforce;
using Safeguard.Data.Audit;
using Safeguard.Web.Audit;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Clock;
using Safeguard.Data;
using Safeguard.Data.Records;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;
using Safeguard.Web.SignIn;
using Safeguard.Web.Startup;

namespace Safeguard.Web.Pages;

/// <summary>The work tray: the signed-in worker's allocated children's open statutory clocks, soonest first, each with why.</summary>
public sealed class WorkTrayModel(SafeguardDbContext db, RecordAccess access, RecordAudit audit, Today today, WorkTrayClocks clocks) : PageModel
{
    public TableModel Table { get; private set; } = new("", [], []);
    public string TodayText { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // Roles without case work start on their own area's page.
        if (!User.Allows(Policies.CaseWork)) return Redirect(HomeFor(User.Role()));
        var date = today.Date;
        TodayText = DueDate.Format(date);
        var workerId = User.Worker();
        var authority = await db.Authorities.AsNoTracking().SingleAsync(a => a.Id == User.Authority(), cancellationToken);

        // From the worker's open allocations (indexed by worker) to their children, each checked on its own: gathering
        // the team's whole caseload first read five times the children.
        var allocated = db.Set<Allocation>().Where(a => a.WorkerId == workerId && a.To == null).Select(a => a.ChildId);
        var visible = await access.Among(User, allocated).Select(c => new { c.Id, c.Version }).ToListAsync(cancellationToken);
        var children = await clocks.ForAsync(db, [.. visible.Select(c => (c.Id, c.Version))], authority.RuleSet, authority.WorkingDays, date, cancellationToken);

        var items = children
            .SelectMany(child => child.Clocks.Select(item => (child, item)))
            .Where(x => x.item.Status is ClockStatus.Due or ClockStatus.DueToday or ClockStatus.Overdue)
            .OrderBy(x => x.item.Due).ThenBy(x => x.child.FamilyName)
            .ToList();

        Table = new TableModel($"Deadlines for your {children.Count} allocated children", ["Child", "What", "Status", "Due"],
            items.Select(x => (IReadOnlyList<TableCell>)
            [
                new TableCell(x.child.FullName, $"/children/{x.child.Id}"),
                new TableCell(x.item.What, Hint: x.item.Reason),
                new TableCell("", Tag: ChildStatus.For(x.item.Status)),
                new TableCell(DueDate.Format(x.item.Due)),
            ]).ToList(), TestId: "work-tray");
        await audit.ListedAsync(items.Select(x => x.child.Id), AuditAction.Viewed, "Work tray", cancellationToken);
        return Page();
    }

    public static string HomeFor(WorkerRole role) => role switch
    {
        WorkerRole.PartnerPractitioner => "/my-referrals",
        WorkerRole.PerformanceAnalyst => "/performance",
        WorkerRole.Auditor => "/audit",
        WorkerRole.Administrator => "/administration",
        _ => "/",
    };
}
