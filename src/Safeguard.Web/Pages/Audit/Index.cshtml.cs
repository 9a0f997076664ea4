using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Data.Audit;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Pages.Audit;

/// <summary>
/// The auditor's start: whether the hash chain verifies, the most recent entries about the authority's children, and
/// a way to open one child's trail by their child ID. Auditors see the trail, never the records.
/// </summary>
[Authorize(Policy = Policies.Audit)]
public sealed class IndexModel(SafeguardDbContext db) : PageModel
{
    public const int PageSize = 50;

    public AuditVerificationResult Chain { get; private set; } = new(0, []);
    public Paging Paging { get; private set; } = Paging.For(1, PageSize, 0, _ => "", "");
    public TableModel Table { get; private set; } = new("", [], []);
    public string? ChildId { get; private set; }
    public string? Error { get; private set; }
    public ErrorSummaryModel Errors => new(Error is null ? [] : [new FieldError("child-id", Error)]);
    public TextInputModel ChildIdField => new("child-id", "childId", "Child ID", ChildId, "The authority's child ID, like T0001", Error, Width: "10");

    public async Task<IActionResult> OnGetAsync(string? childId, [FromQuery(Name = "page")] int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        // An empty box arrives as null: whether the form was sent is told by the key being there.
        if (childId is not null || Request.Query.ContainsKey("childId"))
        {
            childId ??= "";
            ChildId = childId.Length > 100 ? childId[..100] : childId;
            var (child, error) = await ChildLookup.FindAsync(db, User, childId, cancellationToken);
            if (child is not null) return Redirect($"/audit/children/{child.Id}");
            Error = error;
        }

        Chain = await AuditVerification.VerifyAsync(db, cancellationToken);

        var authority = User.Authority();
        var entries = db.Set<AuditEntry>().AsNoTracking()
            .Where(a => db.Children.Any(c => c.Id == a.ChildId && c.AuthorityId == authority));
        Paging = Paging.For(pageNumber, PageSize, await entries.CountAsync(cancellationToken), p => $"/audit?page={p}", "Pages of audit entries");
        var rows = await entries.OrderByDescending(a => a.Sequence).Skip(Paging.Skip).Take(PageSize)
            .Select(a => new { a.Sequence, a.At, a.UserName, a.Role, a.Action, a.What, a.FromAddress, a.ChildId,
                LaChildId = db.Children.Where(c => c.Id == a.ChildId).Select(c => c.LaChildId).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        Table = new TableModel("Recent audit entries", ["Entry", "When", "Who", "Role", "What", "Child", "From"],
            rows.Select(a => (IReadOnlyList<TableCell>)
            [
                new TableCell(a.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new TableCell(AuditTime.Show(a.At)),
                new TableCell(a.UserName),
                new TableCell(RoleNames.For(a.Role)),
                new TableCell($"{a.Action}: {a.What}"),
                new TableCell(a.LaChildId ?? "", $"/audit/children/{a.ChildId}"),
                new TableCell(a.FromAddress ?? "Not recorded"),
            ]).ToList(), TestId: "recent-entries", CaptionIsHeading: true);
        return Page();
    }
}
