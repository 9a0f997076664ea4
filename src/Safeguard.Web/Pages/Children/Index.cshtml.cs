using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Data.Audit;
using Safeguard.Web.Audit;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children;

/// <summary>The authority's children, 50 a page, by last then first name, with a name search.</summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class ChildrenModel(SafeguardDbContext db, RecordAccess access, RecordAudit audit) : PageModel
{
    public const int PageSize = 50;

    public string? Query { get; private set; }
    public int PageNumber { get; private set; }
    public int PageCount { get; private set; }
    public int Total { get; private set; }
    public int First => Total == 0 ? 0 : (PageNumber - 1) * PageSize + 1;
    public int Last => Math.Min(PageNumber * PageSize, Total);
    public TableModel Table { get; private set; } = new("", [], []);

    public string PageHref(int page) =>
        string.IsNullOrEmpty(Query) ? $"/children?page={page}" : $"/children?q={Uri.EscapeDataString(Query)}&page={page}";

    public async Task OnGetAsync(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        Query = q?.Trim();
        var children = access.Children(User);
        // Lower-cased on both sides: the same case-insensitive match on SQLite and PostgreSQL.
        foreach (var term in (Query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4))
        {
            var t = term.ToLowerInvariant();
            children = children.Where(c => c.GivenName.ToLower().Contains(t) || c.FamilyName.ToLower().Contains(t));
        }

        Total = await children.CountAsync(cancellationToken);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page, 1, PageCount);

        var rows = await children
            .OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).ThenBy(c => c.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Include(c => c.Allocations)
            .Include(c => c.PeriodsOfCare)
            .Include(c => c.Episodes).ThenInclude(e => e.ChildProtectionPlans)
            .Include(c => c.Episodes).ThenInclude(e => e.ChildInNeedPlans)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        await audit.ListedAsync(rows.Select(c => c.Id), AuditAction.Searched,
            string.IsNullOrEmpty(Query) ? "Children list" : $"Search: {Query}", cancellationToken);

        var workerIds = rows.Select(c => c.CurrentAllocation?.WorkerId).OfType<Guid>().Distinct().ToList();
        var workers = await db.Workers.Where(w => workerIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, cancellationToken);

        Table = new TableModel("Children", ["Name", "Date of birth", "Child ID", "Status", "Allocated worker"],
            rows.Select(c => (IReadOnlyList<TableCell>)
            [
                new TableCell(c.FullName, $"/children/{c.Id}"),
                new TableCell(c.DateOfBirth is { } dob ? ChildStatus.Show(dob) : $"Unborn (due {ChildStatus.Show(c.ExpectedDateOfBirth)})"),
                new TableCell(c.LaChildId),
                new TableCell("", Tag: ChildStatus.For(c)),
                new TableCell(c.CurrentAllocation is { } a && workers.TryGetValue(a.WorkerId, out var name) ? name : "Not allocated"),
            ]).ToList(), TestId: "children");
    }
}
