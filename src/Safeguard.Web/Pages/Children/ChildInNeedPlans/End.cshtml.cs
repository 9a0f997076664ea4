using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.ChildInNeedPlans;

/// <summary>End a child in need plan (the census's CINPlanEndDate).</summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class EndModel(RecordServices record) : PlanPage(record)
{
    [BindProperty] public DateParts Date { get; set; } = new();

    public DateInputModel DateField => DateInput(nameof(Date), "When did the plan end?", Date, "For example, 27 3 2026");

    public async Task<IActionResult> OnGetAsync(Guid id, Guid planId, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "End a child in need plan", cancellationToken) || !Find(planId)) return NotFound();
        Date = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid planId, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken) || !Find(planId)) return NotFound();
        var date = ReadDate(Date, nameof(Date), "the end date of the plan");
        var plan = Plan;
        var saved = await SaveAsync(_ => plan.End(date!.Value, Today), "Ended the child in need plan", cancellationToken);
        if (!saved) return Page();
        TempData["Success"] = "Child in need plan ended";
        return Redirect($"/children/{id}");
    }
}
