using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.People;
using Safeguard.Data;
using Safeguard.Data.Audit;
using Safeguard.Web.Audit;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Pages.FrontDoor;
using Safeguard.Web.Records;
using ChildStatus = Safeguard.Web.Records.ChildStatus;

namespace Safeguard.Web.Pages.Children;

/// <summary>
/// The children in the user's scope, 50 a page: all of them by last then first name, or — with a search — those that
/// match by name (exactly, alike-sounding or with a typo), date of birth, NHS number or UPN, best match first.
/// </summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class ChildrenModel(SafeguardDbContext db, RecordAccess access, RecordAudit audit) : PageModel
{
    public const int PageSize = 50;

    public string? Query { get; private set; }
    public PersonQuery? Understood { get; private set; }
    public bool Capped { get; private set; }
    public int PageNumber { get; private set; }
    public int PageCount { get; private set; }
    public int Total { get; private set; }
    public int First => Total == 0 ? 0 : (PageNumber - 1) * PageSize + 1;
    public int Last => Math.Min(PageNumber * PageSize, Total);
    public TableModel Table { get; private set; } = new("", [], []);

    /// <summary>What the search looked for, in words ("name 'smyth', born 3 April 2019").</summary>
    public string? Described { get; private set; }

    public bool CanRegister => User.Allows(Policies.FrontDoor) || User.IsInRole(nameof(Core.Workforce.WorkerRole.SocialWorker));

    public string PageHref(int page) =>
        string.IsNullOrEmpty(Query) ? $"/children?page={page}" : $"/children?q={Uri.EscapeDataString(Query)}&page={page}";

    public async Task OnGetAsync(string? q, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default)
    {
        Query = q?.Trim();
        if (Query is { Length: > 200 }) Query = Query[..200];
        var children = access.Children(User);
        List<Child> rows;
        if (string.IsNullOrEmpty(Query))
        {
            Total = await children.CountAsync(cancellationToken);
            Paginate(page);
            var ids = await children.OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).ThenBy(c => c.Id)
                .Skip((PageNumber - 1) * PageSize).Take(PageSize).Select(c => c.Id).ToListAsync(cancellationToken);
            rows = await LoadInOrderAsync(ids, cancellationToken);
        }
        else
        {
            Understood = PersonMatching.Parse(Query);
            Described = Describe(Understood);
            var (matches, capped) = await PersonSearch.FindAsync(children, Understood, cancellationToken);
            Capped = capped;
            Total = matches.Count;
            Paginate(page);
            var ids = matches.Skip((PageNumber - 1) * PageSize).Take(PageSize).Select(m => m.Child.Id).ToList();
            rows = await LoadInOrderAsync(ids, cancellationToken);
        }

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

    private void Paginate(int page)
    {
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page, 1, PageCount);
    }

    /// <summary>
    /// The list's columns for children already found within the user's scope, by id, in the given order. (Not through
    /// the access filter again: each of the split queries would repeat it.)
    /// </summary>
    private async Task<List<Child>> LoadInOrderAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        var loaded = await WithListColumns(db.Children.AsNoTracking().Where(c => ids.Contains(c.Id))).ToListAsync(cancellationToken);
        return ids.Select(id => loaded.FirstOrDefault(c => c.Id == id)).OfType<Child>().ToList();
    }

    private static IQueryable<Child> WithListColumns(IQueryable<Child> children) => children
        .Include(c => c.Allocations)
        .Include(c => c.PeriodsOfCare)
        .Include(c => c.Episodes).ThenInclude(e => e.ChildProtectionPlans)
        .Include(c => c.Episodes).ThenInclude(e => e.ChildInNeedPlans)
        .AsSplitQuery();

    private static string Describe(PersonQuery query)
    {
        var parts = new List<string>();
        if (query.Names.Count > 0) parts.Add("name " + string.Join(" ", query.Names.Select(n => $"‘{n}’")));
        if (query.DateOfBirth is { } dob) parts.Add("born " + ChildStatus.Show(dob));
        if (query.NhsNumber is { } nhs) parts.Add("NHS number " + nhs);
        if (query.Upn is { } upn) parts.Add("UPN " + upn);
        return string.Join(", ", parts);
    }
}
