using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Clock;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children;

/// <summary>A child's summary: details, where they are in the journey, who holds the case, the open statutory clocks and what can be done next.</summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class ChildSummaryModel(RecordServices record) : ChildRecordPage(record)
{
    public BackLinkModel Back { get; } = new("/children", "All children");
    public SummaryListModel Details { get; private set; } = new([]);
    public TableModel Clocks { get; private set; } = new("", [], []);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Child's summary", cancellationToken)) return NotFound();
        var child = Child;
        var authority = await Record.Db.Authorities.AsNoTracking().SingleAsync(a => a.Id == child.AuthorityId, cancellationToken);
        var worker = child.CurrentAllocation is { } allocation
            ? await Record.Db.Workers.Where(w => w.Id == allocation.WorkerId).Select(w => w.Name).FirstOrDefaultAsync(cancellationToken)
            : null;

        var address = child.CurrentAddress;
        Details = new SummaryListModel(
        [
            new SummaryRow("Name", child.FullName),
            child.DateOfBirth is { } dob ? new SummaryRow("Date of birth", ChildStatus.Show(dob))
                : new SummaryRow("Expected date of birth", ChildStatus.Show(child.ExpectedDateOfBirth)),
            new SummaryRow("Sex", child.Sex.ToString()),
            new SummaryRow("Child ID", child.LaChildId),
            new SummaryRow("NHS number", child.NhsNumber?.Value ?? "Not recorded"),
            new SummaryRow("UPN", child.Upn?.Value ?? "Not recorded"),
            new SummaryRow("Address", address is null ? "Not recorded" : $"{address.Line1}, {address.Town}, {address.Postcode}"),
            new SummaryRow("Allocated worker", worker ?? "Not allocated"),
            new SummaryRow("Current status", Header.Status.Text),
        ]);

        var clock = StatutoryClock.For(authority.RuleSet, authority.WorkingDays);
        var items = ChildClock.For(child, clock, Today).OrderBy(i => i.Due).ToList();
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
