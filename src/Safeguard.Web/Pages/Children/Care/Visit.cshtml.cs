using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Core.Clock;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.Care;

/// <summary>A statutory visit to a looked-after child (regulation 28), and whether the child was seen alone.</summary>
[Authorize(Policy = Policies.CaseWork, Roles = CareRoles.CaseHolders)]
public sealed class VisitModel(RecordServices record) : CareFormPage(record)
{
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? SeenAlone { get; set; }

    public ChildClockItem? VisitClock { get; private set; }

    public DateInputModel DateField => DateInput(nameof(Date), "When did you visit?", Date, "For example, 27 3 2026");
    public ChoicesModel SeenAloneField => new("seen-alone", nameof(SeenAlone), "Was the child seen alone?", CareCodes.YesNo,
        SeenAlone is null ? [] : [SeenAlone], Error: ErrorFor(nameof(SeenAlone)), Inline: true);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Record a statutory visit", cancellationToken)) return NotFound();
        Date = DateParts.From(Today);
        await LoadClockAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken)) return NotFound();
        if (!RequireCare()) return Page();
        var date = ReadDate(Date, nameof(Date), "the date of the visit");
        var alone = ReadYesNo(SeenAlone, nameof(SeenAlone), "Select whether the child was seen alone");

        var saved = await SaveAsync(child => child.CurrentPeriodOfCare!.RecordVisit(date!.Value, alone!.Value, Today),
            "Recorded a statutory visit", cancellationToken);
        if (!saved)
        {
            if (Period is not null) await LoadClockAsync(cancellationToken);
            return Page();
        }
        TempData["Success"] = "Statutory visit recorded";
        return Redirect($"/children/{id}/care");
    }

    private async Task LoadClockAsync(CancellationToken cancellationToken) =>
        VisitClock = (await CareClocksAsync(cancellationToken, "lac-visit")).FirstOrDefault();
}
