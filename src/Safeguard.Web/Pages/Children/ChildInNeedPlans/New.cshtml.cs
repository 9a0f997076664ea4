using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Core.ChildInNeed;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.ChildInNeedPlans;

/// <summary>Start a child in need plan (section 17) on the child's open referral.</summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class NewModel(RecordServices record) : ChildRecordPage(record)
{
    [BindProperty] public DateParts StartDate { get; set; } = new();

    public BackLinkModel Back => new($"/children/{Child.Id}", "Child's summary");
    public DateInputModel StartDateField => DateInput(nameof(StartDate), "When did the plan start?", StartDate,
        "The date of the meeting that agreed the plan. For example, 27 3 2026");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Start a child in need plan", cancellationToken)) return NotFound();
        StartDate = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken)) return NotFound();
        var start = ReadDate(StartDate, nameof(StartDate), "the start date of the plan");
        if (Child.OpenEpisode is null) ModelState.AddModelError("", "The child has no open referral: record a referral before starting a plan");
        var saved = await SaveAsync(child => child.OpenEpisode!.StartChildInNeedPlan(start!.Value, Today), "Started a child in need plan", cancellationToken);
        if (!saved) return Page();
        TempData["Success"] = "Child in need plan started";
        return Redirect($"/children/{id}");
    }

    protected override string KeyFor(string domainField) => domainField == nameof(ChildInNeedPlan.StartDate) ? nameof(StartDate) : "";
}
