using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Clock;
using Safeguard.Data;
using Safeguard.Data.Records;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;
using Safeguard.Web.Startup;

namespace Safeguard.Web.Pages.Children;

/// <summary>A child's summary: details, where they are in the journey, who holds the case, and the open statutory clocks.</summary>
public sealed class ChildSummaryModel(SafeguardDbContext db, RecordAccess access, Today today) : PageModel
{
    public BackLinkModel Back { get; } = new("/children", "All children");
    public string Name { get; private set; } = "";
    public string LaChildId { get; private set; } = "";
    public TagModel Status { get; private set; } = new("");
    public SummaryListModel Details { get; private set; } = new([]);
    public TableModel Clocks { get; private set; } = new("", [], []);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var child = await access.Children(User).WithWholeRecord().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (child is null) return NotFound();

        var authority = await db.Authorities.SingleAsync(a => a.Id == child.AuthorityId, cancellationToken);
        var worker = child.CurrentAllocation is { } allocation
            ? await db.Workers.Where(w => w.Id == allocation.WorkerId).Select(w => w.Name).FirstOrDefaultAsync(cancellationToken)
            : null;

        Name = child.FullName;
        LaChildId = child.LaChildId;
        Status = ChildStatus.For(child);
        var address = child.CurrentAddress;
        Details = new SummaryListModel(
        [
            new SummaryRow("Name", child.FullName),
            child.DateOfBirth is { } dob ? new SummaryRow("Date of birth", ChildStatus.Show(dob))
                : new SummaryRow("Expected date of birth", ChildStatus.Show(child.ExpectedDateOfBirth)),
            new SummaryRow("Sex", child.Sex.ToString()),
            new SummaryRow("Child ID", child.LaChildId),
            new SummaryRow("NHS number", child.NhsNumber?.Value ?? "Not recorded"),
            new SummaryRow("Address", address is null ? "Not recorded" : $"{address.Line1}, {address.Town}, {address.Postcode}"),
            new SummaryRow("Allocated worker", worker ?? "Not allocated"),
            new SummaryRow("Current status", Status.Text),
        ]);

        var clock = StatutoryClock.For(authority.RuleSet, authority.WorkingDays);
        var items = ChildClock.For(child, clock, today.Date).OrderBy(i => i.Due).ToList();
        Clocks = new TableModel("Open statutory deadlines", ["What", "Status", "Due"],
            items.Select(i => (IReadOnlyList<TableCell>)
            [
                new TableCell(i.What, Hint: i.Reason),
                new TableCell("", Tag: ChildStatus.For(i.Status)),
                new TableCell(i.Item.Describe()),
            ]).ToList(), TestId: "child-clocks");
        return Page();
    }
}
