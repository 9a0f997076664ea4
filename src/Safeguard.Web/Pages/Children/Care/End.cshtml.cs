using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.Care;

/// <summary>The child stops being looked after: the last episode ends with the reason care ended (REC).</summary>
[Authorize(Policy = Policies.CaseWork, Roles = CareRoles.CaseHolders)]
public sealed class EndModel(RecordServices record) : CareFormPage(record)
{
    [BindProperty] public DateParts EndDate { get; set; } = new();
    [BindProperty] public string? ReasonCeased { get; set; }

    public DateInputModel EndDateField => DateInput(nameof(EndDate), "When did care end?", EndDate, "For example, 27 3 2026");
    public SelectModel ReasonCeasedField => new("reason-ceased", nameof(ReasonCeased), "Why did care end?", CareCodes.ReasonsCeased, ReasonCeased,
        Error: ErrorFor(nameof(ReasonCeased)));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "End care", cancellationToken)) return NotFound();
        EndDate = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken)) return NotFound();
        if (!RequireCare()) return Page();
        var date = ReadDate(EndDate, nameof(EndDate), "the date care ended");
        RequireChoice(ReasonCeased, nameof(ReasonCeased), "Select why care ended");

        var saved = await SaveAsync(child => child.CurrentPeriodOfCare!.Cease(date!.Value, ReasonCeased!, Today), "Ended the period of care", cancellationToken);
        if (!saved) return Page();
        TempData["Success"] = "Period of care ended";
        return Redirect($"/children/{id}/care");
    }
}
