using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Data.Audit;
using Safeguard.Web.Access;
using Safeguard.Web.Audit;
using Safeguard.Web.Components;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Pages.Audit;

/// <summary>
/// "Who has viewed this record": every audit entry about one child, newest first — who, their role, when, what and from
/// where — with a CSV download. The auditor sees the child's name and ID only, never the record; opening the trail is
/// itself written to the trail.
/// </summary>
[Authorize(Policy = Policies.Audit)]
public sealed class ChildModel(SafeguardDbContext db, RecordAudit audit) : PageModel
{
    public const int PageSize = 50;
    public const string What = "Audit trail";

    public ChildLookup.Found Child { get; private set; } = null!;
    public Paging Paging { get; private set; } = Paging.For(1, PageSize, 0, _ => "", "");
    public TableModel Table { get; private set; } = new("", [], []);
    public BackLinkModel Back { get; } = new("/audit", "Audit trail");

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "page")] int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        if (await ChildLookup.ByIdAsync(db, User, id, cancellationToken) is not { } child) return NotFound();
        Child = child;
        // Written first, so the auditor's own look is the newest line of what they see.
        await audit.ViewedAsync(id, What, cancellationToken);

        var entries = Entries(id);
        Paging = Paging.For(pageNumber, PageSize, await entries.CountAsync(cancellationToken), p => $"/audit/children/{id}?page={p}", "Pages of the trail");
        var rows = await entries.OrderByDescending(a => a.Sequence).Skip(Paging.Skip).Take(PageSize).ToListAsync(cancellationToken);
        Table = new TableModel($"Audit trail for {child.Name}", ["When", "Who", "Role", "What", "From"],
            rows.Select(a => (IReadOnlyList<TableCell>)
            [
                new TableCell(AuditTime.Show(a.At)),
                new TableCell(a.UserName),
                new TableCell(RoleNames.For(a.Role)),
                new TableCell($"{a.Action}: {a.What}"),
                new TableCell(a.FromAddress ?? "Not recorded"),
            ]).ToList(), TestId: "trail");
        return Page();
    }

    /// <summary>The whole trail as CSV, oldest first (UTC times), for a subject access request or an investigation.</summary>
    public async Task<IActionResult> OnGetCsvAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await ChildLookup.ByIdAsync(db, User, id, cancellationToken) is not { } child) return NotFound();
        await audit.ListedAsync([id], AuditAction.Exported, What + " (CSV)", cancellationToken);
        var csv = new StringBuilder("Entry,When (UTC),Who,Role,Action,What,From\r\n");
        await foreach (var a in Entries(id).OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            csv.AppendJoin(',', a.Sequence.ToString(CultureInfo.InvariantCulture), a.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                Csv.Field(a.UserName), Csv.Field(a.Role), a.Action.ToString(), Csv.Field(a.What), Csv.Field(a.FromAddress ?? ""));
            csv.Append("\r\n");
        }
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"audit-trail-{child.LaChildId}.csv");
    }

    private IQueryable<AuditEntry> Entries(Guid childId) => db.Set<AuditEntry>().AsNoTracking().Where(a => a.ChildId == childId);
}

/// <summary>CSV fields that a spreadsheet opens safely: quoted when needed, and never read as a formula.</summary>
public static class Csv
{
    public static string Field(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal)) value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
