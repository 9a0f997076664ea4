using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.Care;

/// <summary>
/// A change of placement and/or legal status: the current episode ends (X1) and the next starts the same day. The form
/// opens with the current legal status and placement filled in, so the worker changes only what changed.
/// </summary>
[Authorize(Policy = Policies.CaseWork, Roles = CareRoles.CaseHolders)]
public sealed class ChangeModel(RecordServices record) : PlacementFormPage(record)
{
    [BindProperty] public DateParts StartDate { get; set; } = new();
    [BindProperty] public string? ReasonForNewEpisode { get; set; }
    [BindProperty] public string? ReasonPlacementChanged { get; set; }

    public DateInputModel StartDateField => DateInput(nameof(StartDate), "When did it change?", StartDate, "For example, 27 3 2026");
    public ChoicesModel ReasonForNewEpisodeField => new("reason-for-new-episode", nameof(ReasonForNewEpisode), "What changed?", CareCodes.ReasonsForChange,
        ReasonForNewEpisode is null ? [] : [ReasonForNewEpisode], Error: ErrorFor(nameof(ReasonForNewEpisode)));
    public SelectModel ReasonPlacementChangedField => new("reason-placement-changed", nameof(ReasonPlacementChanged), "Why did the placement change?",
        CareCodes.ReasonsPlacementChanged, ReasonPlacementChanged, "Leave it unselected when only the legal status changed", ErrorFor(nameof(ReasonPlacementChanged)));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Change of placement or legal status", cancellationToken)) return NotFound();
        StartDate = DateParts.From(Today);
        if (Period is { } period) FillFrom(period.CurrentEpisode);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken)) return NotFound();
        if (!RequireCare()) return Page();
        var date = ReadDate(StartDate, nameof(StartDate), "the date of the change");
        RequireChoice(ReasonForNewEpisode, nameof(ReasonForNewEpisode), "Select what changed");
        if (ReasonForNewEpisode != "L")
            RequireChoice(ReasonPlacementChanged, nameof(ReasonPlacementChanged), "Select why the placement changed");
        var longTerm = ReadPlacement();

        var saved = await SaveAsync(child => child.CurrentPeriodOfCare!.Change(date!.Value, ReasonForNewEpisode!, LegalStatus!, PlacementType!,
            PlacementProvider!, PlacementPostcode, longTerm, ReasonForNewEpisode == "L" ? null : ReasonPlacementChanged, Today),
            "Recorded a change of placement or legal status", cancellationToken);
        if (!saved) return Page();
        TempData["Success"] = ReasonForNewEpisode == "L" ? "Change of legal status recorded" : "Change of placement recorded";
        return Redirect($"/children/{id}/care");
    }
}
