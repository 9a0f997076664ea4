using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Core.ChildProtection;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.Plans;

/// <summary>End a child protection plan outside a review conference, with the date and the reason.</summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class EndModel(RecordServices record) : ChildRecordPage(record)
{
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }

    public Guid PlanId { get; private set; }
    public BackLinkModel Back => new($"/children/{Child.Id}/plans/{PlanId}", "Child protection plan");
    public DateInputModel DateField => DateInput(nameof(Date), "When did the plan end?", Date, "For example, 27 3 2026");
    public TextInputModel ReasonField => new("reason", nameof(Reason), "Why did the plan end?", Reason,
        "For example, the family moved to another authority's area on 3 March", ErrorFor(nameof(Reason)));

    public async Task<IActionResult> OnGetAsync(Guid id, Guid planId, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "End a child protection plan", cancellationToken) || ChildProtectionWords.FindPlan(Child, planId) is null) return NotFound();
        PlanId = planId;
        Date = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid planId, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken) || ChildProtectionWords.FindPlan(Child, planId) is null) return NotFound();
        PlanId = planId;
        var date = ReadDate(Date, nameof(Date), "the end date of the plan");
        if (string.IsNullOrWhiteSpace(Reason)) ModelState.AddModelError(nameof(Reason), "Enter why the plan ended");
        var saved = await SaveAsync(child => ChildProtectionWords.FindPlan(child, planId)!.End(date!.Value, Reason!, Today),
            "Ended the child protection plan", cancellationToken);
        if (!saved) return Page();
        TempData["Success"] = "Child protection plan ended";
        return Redirect($"/children/{id}/plans/{planId}");
    }

    protected override string KeyFor(string domainField) => domainField switch
    {
        nameof(ChildProtectionPlan.EndDate) => nameof(Date),
        nameof(ChildProtectionPlan.EndReason) => nameof(Reason),
        _ => "",
    };
}
