using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Core.Recording;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.Chronology;

/// <summary>
/// A child's chronology as an MOJ timeline: everything the record holds that mattered, with filters by event type,
/// agency and dates, 100 entries a page, and a print view of the same filters.
/// </summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class IndexModel(RecordServices record) : ChronologyPage(record)
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ChronologyEntry> Shown { get; private set; } = [];
    public int Pages => Math.Max(1, (Entries.Count + PageSize - 1) / PageSize);

    public DateInputModel FromField => DateInput(nameof(From), "From", From, "For example, 27 3 2024");
    public DateInputModel ToField => DateInput(nameof(To), "To", To);

    public ChoicesModel KindField => new("kind", nameof(Kind), "Type of event",
        All.Select(e => e.Kind).Concat(Kinds).Distinct().Order().Select(k => new Choice(k.ToString(), KindName(k))).ToList(),
        Kinds.Select(k => k.ToString()).ToList(), Multiple: true);

    public ChoicesModel AgencyField => new("agency", nameof(Agency), "Agency",
        All.Select(e => e.Agency).OfType<Core.People.Agency>().Concat(Agencies).Distinct().Order().Select(a => new Choice(a.ToString(), AgencyName(a))).ToList(),
        Agencies.Select(a => a.ToString()).ToList(), Multiple: true);

    public ChoicesModel OrderField => new("order", nameof(Order), "Order",
        [new Choice("newest", "Newest first"), new Choice("oldest", "Oldest first")], [OldestFirst ? "oldest" : "newest"], Inline: true);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Chronology", cancellationToken)) return NotFound();
        Apply();
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Shown = Entries.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        return Page();
    }
}
