using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.Clock;
using Safeguard.Data;
using Safeguard.Data.Audit;
using Safeguard.Web.Access;
using Safeguard.Web.Audit;
using Safeguard.Web.Components;
using Safeguard.Web.Pages.Children.Plans;
using Safeguard.Web.Records;
using Safeguard.Web.SignIn;
using Safeguard.Web.Startup;

namespace Safeguard.Web.Pages.Conferences;

/// <summary>
/// A chair's list: children whose section 47 enquiry called for an initial conference not yet held, and open plans
/// with their next review conference, soonest due first — each within the chair's record access, and audited.
/// </summary>
[Authorize(Policy = Policies.Chair)]
public sealed class ChairsListModel(SafeguardDbContext db, RecordAccess access, RecordAudit audit, Today today) : PageModel
{
    public const int PageSize = 50;

    public string TodayText { get; private set; } = "";
    public TableModel Waiting { get; private set; } = new("", [], []);
    public TableModel Reviews { get; private set; } = new("", [], []);
    public int ReviewTotal { get; private set; }
    public int PageNumber { get; private set; }
    public int PageCount { get; private set; }
    public int First => ReviewTotal == 0 ? 0 : (PageNumber - 1) * PageSize + 1;
    public int Last => Math.Min(PageNumber * PageSize, ReviewTotal);

    public async Task OnGetAsync(int page = 1, CancellationToken cancellationToken = default)
    {
        var date = today.Date;
        TodayText = DueDate.Format(date);
        var clock = await ChildProtectionWords.ClockAsync(db, User.Authority(), cancellationToken);
        // Only the columns shown, for the children in the chair's scope: no child's whole record is loaded for a list.
        var inScope = access.Children(User).Select(c => c.Id);

        var waiting = await db.Set<Section47Enquiry>().AsNoTracking()
            .Where(s => s.Outcome == Section47Outcome.ConferenceNeeded && s.ConferenceDate == null && s.Episode.ClosureDate == null
                && inScope.Contains(s.Episode.ChildId))
            .Select(s => new
            {
                s.Episode.ChildId, s.Episode.Child.GivenName, s.Episode.Child.FamilyName, s.Episode.Child.LaChildId,
                EnquiryId = s.Id, s.StrategyDiscussionDate,
            })
            .ToListAsync(cancellationToken);
        var waitingRows = waiting
            .Select(w => (w, item: clock.Item(RuleIds.InitialChildProtectionConference, w.StrategyDiscussionDate, null, date)))
            .OrderBy(x => x.item.Due).ThenBy(x => x.w.FamilyName)
            .ToList();
        Waiting = new TableModel("Waiting for an initial conference", ["Child", "Strategy discussion", "Status", "Conference due"],
            waitingRows.Select(x => (IReadOnlyList<TableCell>)
            [
                new TableCell($"{x.w.GivenName} {x.w.FamilyName} ({x.w.LaChildId})", $"/children/{x.w.ChildId}/conferences/new?enquiryId={x.w.EnquiryId}"),
                new TableCell(ChildStatus.Show(x.w.StrategyDiscussionDate)),
                new TableCell("", Tag: ChildStatus.For(x.item.Status)),
                new TableCell(x.item.Describe(), Hint: x.item.DueDate.Explain()),
            ]).ToList(), TestId: "waiting");

        // Every open plan in scope, a few columns each: the next review's due date depends on the review count and
        // calendar months, so the rows are ordered and paged here rather than in SQL.
        var plans = await db.Set<ChildProtectionPlan>().AsNoTracking()
            .Where(p => p.EndDate == null && inScope.Contains(p.Episode.ChildId))
            .Select(p => new
            {
                p.Episode.ChildId, p.Episode.Child.GivenName, p.Episode.Child.FamilyName, p.Episode.Child.LaChildId, PlanId = p.Id, p.StartDate,
                Reviews = p.Reviews.Count(), LastReview = p.Reviews.Max(r => (DateOnly?)r.Date),
            })
            .ToListAsync(cancellationToken);
        var reviewRows = plans
            .Select(p => (p, item: clock.Item(p.Reviews == 0 ? RuleIds.FirstChildProtectionReview : RuleIds.LaterChildProtectionReview,
                p.LastReview ?? p.StartDate, null, date)))
            .OrderBy(x => x.item.Due).ThenBy(x => x.p.FamilyName)
            .ToList();
        ReviewTotal = reviewRows.Count;
        PageCount = Math.Max(1, (ReviewTotal + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page, 1, PageCount);
        var shown = reviewRows.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        Reviews = new TableModel("Review conferences", ["Child", "Plan started", "Status", "Review due"],
            shown.Select(x => (IReadOnlyList<TableCell>)
            [
                new TableCell($"{x.p.GivenName} {x.p.FamilyName} ({x.p.LaChildId})", $"/children/{x.p.ChildId}/plans/{x.p.PlanId}/reviews/new"),
                new TableCell(ChildStatus.Show(x.p.StartDate)),
                new TableCell("", Tag: ChildStatus.For(x.item.Status)),
                new TableCell(x.item.Describe(), Hint: x.item.DueDate.Explain()),
            ]).ToList(), TestId: "reviews");

        await audit.ListedAsync(waitingRows.Select(x => x.w.ChildId).Concat(shown.Select(x => x.p.ChildId)), AuditAction.Viewed,
            "Chair's list of conferences", cancellationToken);
    }
}
