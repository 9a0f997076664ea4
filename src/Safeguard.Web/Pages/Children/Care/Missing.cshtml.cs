using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Core.LookedAfter;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.Care;

/// <summary>The child went missing, or away from placement without authorisation: opened here, closed by recording their return.</summary>
[Authorize(Policy = Policies.CaseWork, Roles = CareRoles.CaseHolders)]
public sealed class MissingModel(RecordServices record) : CareFormPage(record)
{
    [BindProperty] public DateParts StartDate { get; set; } = new();
    [BindProperty] public string? Kind { get; set; }

    public static IReadOnlyList<Choice> Kinds { get; } =
    [
        new(nameof(MissingKind.Missing), "Missing", "Nobody knows where the child is"),
        new(nameof(MissingKind.Away), "Away from placement without authorisation", "Where the child is, is known"),
    ];

    public DateInputModel StartDateField => DateInput(nameof(StartDate), "When did the child go missing?", StartDate, "For example, 27 3 2026");
    public ChoicesModel KindField => new("kind", nameof(Kind), "Is the child missing or away?", Kinds, Kind is null ? [] : [Kind], Error: ErrorFor(nameof(Kind)));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Record the child missing", cancellationToken)) return NotFound();
        StartDate = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken)) return NotFound();
        if (!RequireCare()) return Page();
        var start = ReadDate(StartDate, nameof(StartDate), "the date the child went missing");
        var kind = Enum.TryParse<MissingKind>(Kind, out var k) && Enum.IsDefined(k) && Kind == k.ToString() ? k : (MissingKind?)null;
        if (kind is null) ModelState.AddModelError(nameof(Kind), "Select whether the child is missing or away from placement");

        var saved = await SaveAsync(child => child.CurrentPeriodOfCare!.RecordMissing(kind!.Value, start!.Value, Today),
            kind == MissingKind.Away ? "Recorded the child away from placement" : "Recorded the child missing", cancellationToken);
        if (!saved) return Page();
        TempData["Success"] = kind == MissingKind.Away ? "Recorded as away from placement" : "Recorded as missing";
        return Redirect($"/children/{id}/care");
    }
}
