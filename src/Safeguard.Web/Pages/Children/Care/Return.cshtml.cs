using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Core.LookedAfter;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.Care;

/// <summary>The child came back: closes the open missing (or away) episode.</summary>
[Authorize(Policy = Policies.CaseWork, Roles = CareRoles.CaseHolders)]
public sealed class ReturnModel(RecordServices record) : CareFormPage(record)
{
    [BindProperty] public DateParts EndDate { get; set; } = new();

    /// <summary>The missing episode the child is returning from; null when none is open.</summary>
    public MissingEpisode? Open => Period?.MissingEpisodes.FirstOrDefault(m => m.EndDate is null);

    public DateInputModel EndDateField => DateInput(nameof(EndDate), "When did the child come back?", EndDate, "For example, 27 3 2026");

    // The domain names the episode it could not find MissingId; the form has no such field, so the error goes to the top.
    protected override string KeyFor(string domainField) => domainField == "MissingId" ? "" : domainField;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Record the child's return", cancellationToken)) return NotFound();
        EndDate = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken)) return NotFound();
        if (!RequireCare()) return Page();
        if (Open is not { } open)
        {
            ModelState.AddModelError("", $"{Child.FullName} is not recorded as missing");
            return Page();
        }
        var date = ReadDate(EndDate, nameof(EndDate), "the date the child returned");

        var saved = await SaveAsync(child => child.CurrentPeriodOfCare!.RecordReturn(open.Id, date!.Value, Today),
            "Recorded the child's return", cancellationToken);
        if (!saved) return Page();
        TempData["Success"] = "Return recorded";
        return Redirect($"/children/{id}/care");
    }
}
