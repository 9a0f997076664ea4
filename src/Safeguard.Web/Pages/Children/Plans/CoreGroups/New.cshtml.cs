using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Core.ChildProtection;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.Plans.CoreGroups;

/// <summary>Record a core group meeting on an open child protection plan: the first is due within 10 working days of the conference.</summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class NewModel(RecordServices record) : ChildRecordPage(record)
{
    [BindProperty] public DateParts Date { get; set; } = new();

    public Guid PlanId { get; private set; }
    public BackLinkModel Back => new($"/children/{Child.Id}/plans/{PlanId}", "Child protection plan");
    public DateInputModel DateField => DateInput(nameof(Date), "When did the core group meet?", Date, "For example, 27 3 2026") with { LegendIsHeading = true };

    public async Task<IActionResult> OnGetAsync(Guid id, Guid planId, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Record a core group meeting", cancellationToken) || ChildProtectionWords.FindPlan(Child, planId) is null) return NotFound();
        PlanId = planId;
        Date = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid planId, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken) || ChildProtectionWords.FindPlan(Child, planId) is null) return NotFound();
        PlanId = planId;
        var date = ReadDate(Date, nameof(Date), "the date of the core group");
        var saved = await SaveAsync(child => ChildProtectionWords.FindPlan(child, planId)!.HoldCoreGroup(date!.Value, Today),
            "Recorded a core group meeting", cancellationToken);
        if (!saved) return Page();
        TempData["Success"] = "Core group meeting recorded";
        return Redirect($"/children/{id}/plans/{planId}");
    }

    protected override string KeyFor(string domainField) => domainField == nameof(CoreGroupMeeting.Date) ? nameof(Date) : "";
}
