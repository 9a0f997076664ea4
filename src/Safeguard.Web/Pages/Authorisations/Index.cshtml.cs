using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Assessments;
using Safeguard.Core.Clock;
using Safeguard.Core.Codes;
using Safeguard.Core.FrontDoor;
using Safeguard.Data;
using Safeguard.Data.Audit;
using Safeguard.Web.Access;
using Safeguard.Web.Audit;
using Safeguard.Web.Components;
using Safeguard.Web.Pages.Children.Assessments;
using Safeguard.Web.Records;
using Safeguard.Web.SignIn;
using Safeguard.Web.Startup;

namespace Safeguard.Web.Pages.Authorisations;

/// <summary>
/// The team manager's queue: assessments submitted and closures requested for the children they can see, oldest
/// first, with the assessment's statutory clock. Each opens a sign-off page.
/// </summary>
[Authorize(Policy = Policies.Authorise)]
public sealed class IndexModel(SafeguardDbContext db, RecordAccess access, RecordAudit audit, Today today) : PageModel
{
    public const int PageSize = 25;

    public int PageNumber { get; private set; }
    public int PageCount { get; private set; }
    public int Total { get; private set; }
    public TableModel Table { get; private set; } = new("", [], []);

    public async Task OnGetAsync(int page = 1, CancellationToken cancellationToken = default)
    {
        var children = access.Children(User);
        // Joins, not correlated sub-queries: SQLite has no APPLY.
        var assessments =
            from c in children
            join e in db.Set<EpisodeOfNeed>() on c.Id equals e.ChildId
            join a in db.Set<Assessment>() on e.Id equals a.EpisodeId
            where a.AuthorisationDate == null && a.SubmittedDate != null
            select new { ChildId = c.Id, c.GivenName, c.FamilyName, c.LaChildId, a.Id, Since = a.SubmittedDate!.Value, By = a.SubmittedBy,
                Kind = (AssessmentKind?)a.Kind, Start = a.StartDate, e.ReferralDate, Reason = (string?)null };
        var closures =
            from c in children
            join e in db.Set<EpisodeOfNeed>() on c.Id equals e.ChildId
            from r in e.ClosureRequests
            where r.Status == ClosureRequestStatus.AwaitingAuthorisation
            select new { ChildId = c.Id, c.GivenName, c.FamilyName, c.LaChildId, r.Id, Since = r.RequestedOn, By = (Guid?)r.RequestedBy,
                Kind = (AssessmentKind?)null, Start = r.ClosureDate, e.ReferralDate, Reason = (string?)r.Reason };

        Total = await assessments.CountAsync(cancellationToken) + await closures.CountAsync(cancellationToken);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page, 1, PageCount);
        // Oldest first across both kinds: take enough of each, merge, then cut the page.
        var enough = PageNumber * PageSize;
        var rows = (await assessments.OrderBy(w => w.Since).ThenBy(w => w.Id).Take(enough).ToListAsync(cancellationToken))
            .Select(w => new Waiting(w.ChildId, w.GivenName + " " + w.FamilyName, w.LaChildId, w.Id, w.Since, w.By, w.Kind, w.Start, w.ReferralDate, w.Reason))
            .Concat((await closures.OrderBy(w => w.Since).ThenBy(w => w.Id).Take(enough).ToListAsync(cancellationToken))
                .Select(w => new Waiting(w.ChildId, w.GivenName + " " + w.FamilyName, w.LaChildId, w.Id, w.Since, w.By, w.Kind, w.Start, w.ReferralDate, w.Reason)))
            .OrderBy(w => w.Since).ThenBy(w => w.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();

        await audit.ListedAsync(rows.Select(r => r.ChildId), AuditAction.Searched, "Authorisations queue", cancellationToken);

        var people = rows.Select(r => r.By).OfType<Guid>().Distinct().ToList();
        var names = await db.Workers.AsNoTracking().Where(w => people.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, cancellationToken);
        var clock = await AssessmentForms.ClockAsync(db, User.Authority(), cancellationToken);

        Table = new TableModel("Waiting for your authorisation", ["Child", "What", "Waiting since", "Statutory timescale"],
            rows.Select(r => (IReadOnlyList<TableCell>)
            [
                new TableCell(r.ChildName, Hint: r.LaChildId),
                r.Kind is { } kind
                    ? new TableCell($"{Capital(kind.Describe())}", $"/authorisations/children/{r.ChildId}/assessments/{r.Id}",
                        Hint: $"Submitted by {Name(names, r.By)}")
                    : new TableCell("Closure", $"/authorisations/children/{r.ChildId}/closures/{r.Id}",
                        Hint: $"{CodeLists.ClosureReason.Describe(r.Reason!)}; requested by {Name(names, r.By)}"),
                new TableCell(ChildStatus.Show(r.Since)),
                new TableCell(r.Kind is { } k ? ClockText(clock, k, r.Start, r.ReferralDate) : "None"),
            ]).ToList(), TestId: "authorisations");
    }

    public string PageHref(int page) => $"/authorisations?page={page}";

    private string ClockText(StatutoryClock clock, AssessmentKind kind, DateOnly start, DateOnly referral)
    {
        var (rule, from) = AssessmentForms.ClockFor(kind, start, referral);
        return clock.TryItem(rule, from, null, today.Date)?.Describe() ?? "None under this authority's rules";
    }

    private static string Name(Dictionary<Guid, string> names, Guid? id) => id is { } i && names.TryGetValue(i, out var n) ? n : "the worker";

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>One row of the queue: an assessment (Kind set) or a closure request (Reason set).</summary>
    public sealed record Waiting(Guid ChildId, string ChildName, string LaChildId, Guid Id, DateOnly Since, Guid? By,
        AssessmentKind? Kind, DateOnly Start, DateOnly ReferralDate, string? Reason);
}
