using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Pages.Children.ChildInNeedPlans;

/// <summary>Record a review of a child in need plan: when, and what it found and decided.</summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class ReviewModel(RecordServices record) : PlanPage(record)
{
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? Summary { get; set; }

    public DateInputModel DateField => DateInput(nameof(Date), "When was the review?", Date, "For example, 27 3 2026");
    public TextareaModel SummaryField => new("summary", nameof(Summary), "What the review found and decided", Summary,
        "Progress against the plan, what the child and family said, what changes, and whether the plan continues.", ErrorFor(nameof(Summary)), 10);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid planId, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Review a child in need plan", cancellationToken) || !Find(planId)) return NotFound();
        Date = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid planId, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken) || !Find(planId)) return NotFound();
        var date = ReadDate(Date, nameof(Date), "the date of the review");
        if (string.IsNullOrWhiteSpace(Summary)) ModelState.AddModelError(nameof(Summary), "Enter what the review found and decided");
        var plan = Plan;
        var saved = await SaveAsync(_ => plan.Review(date!.Value, Summary!, User.Worker(), Today), "Reviewed the child in need plan", cancellationToken);
        if (!saved) return Page();
        TempData["Success"] = "Review recorded";
        return Redirect($"/children/{id}");
    }
}
