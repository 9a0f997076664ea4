using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.Care;

/// <summary>The child starts to be looked after: the first episode of a period of care (RNE S), with its legal status and placement.</summary>
[Authorize(Policy = Policies.CaseWork, Roles = CareRoles.CaseHolders)]
public sealed class StartModel(RecordServices record) : PlacementFormPage(record)
{
    [BindProperty] public DateParts StartDate { get; set; } = new();
    [BindProperty] public string? CategoryOfNeed { get; set; }

    public DateInputModel StartDateField => DateInput(nameof(StartDate), "When did the child start to be looked after?", StartDate, "For example, 27 3 2026");
    public ChoicesModel CategoryOfNeedField => new("category-of-need", nameof(CategoryOfNeed), "Category of need", CareCodes.CategoriesOfNeed,
        CategoryOfNeed is null ? [] : [CategoryOfNeed], "The main reason the child needs to be looked after", ErrorFor(nameof(CategoryOfNeed)));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Start to be looked after", cancellationToken)) return NotFound();
        StartDate = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken)) return NotFound();
        var start = ReadDate(StartDate, nameof(StartDate), "the date the child became looked after");
        RequireChoice(CategoryOfNeed, nameof(CategoryOfNeed), "Select the category of need");
        var longTerm = ReadPlacement();

        var saved = await SaveAsync(child => child.StartToBeLookedAfter(start!.Value, LegalStatus!, CategoryOfNeed!, PlacementType!, PlacementProvider!,
            PlacementPostcode, longTerm, Today), "Started a period of care", cancellationToken);
        if (!saved) return Page();
        TempData["Success"] = "Period of care started";
        return Redirect($"/children/{id}/care");
    }
}
