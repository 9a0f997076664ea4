using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Core.Clock;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.Care;

/// <summary>
/// The independent reviewing officer records a looked-after child review and how the child took part (PN0–PN7). The
/// page shows the review clock: the first within 20 working days of care starting, the second within 3 months, then every 6 months.
/// </summary>
[Authorize(Policy = Policies.Chair, Roles = CareRoles.Reviewers)]
public sealed class ReviewModel(RecordServices record) : CareFormPage(record)
{
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? Participation { get; set; }

    public ChildClockItem? ReviewClock { get; private set; }

    public DateInputModel DateField => DateInput(nameof(Date), "When was the review held?", Date, "For example, 27 3 2026");
    public ChoicesModel ParticipationField => new("participation", nameof(Participation), "How did the child take part?", CareCodes.Participation,
        Participation is null ? [] : [Participation], Error: ErrorFor(nameof(Participation)));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Record a looked after review", cancellationToken)) return NotFound();
        Date = DateParts.From(Today);
        await LoadClockAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken)) return NotFound();
        if (!RequireCare()) return Page();
        var date = ReadDate(Date, nameof(Date), "the date of the review");
        RequireChoice(Participation, nameof(Participation), "Select how the child took part");

        var saved = await SaveAsync(child => child.CurrentPeriodOfCare!.RecordReview(date!.Value, Participation!, Today),
            "Recorded a looked after review", cancellationToken);
        if (!saved)
        {
            if (Period is not null) await LoadClockAsync(cancellationToken);
            return Page();
        }
        TempData["Success"] = "Looked after review recorded";
        return Redirect($"/children/{id}/care");
    }

    private async Task LoadClockAsync(CancellationToken cancellationToken) =>
        ReviewClock = (await CareClocksAsync(cancellationToken, "lac-review")).FirstOrDefault();
}
