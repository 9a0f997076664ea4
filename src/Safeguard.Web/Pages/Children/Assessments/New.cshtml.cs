using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Core.Assessments;
using Safeguard.Core.Shared;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.Assessments;

/// <summary>Start an assessment on the child's open referral: what kind, and when it started. The recording follows on the assessment's own page.</summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class NewModel(RecordServices record) : ChildRecordPage(record)
{
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public DateParts StartDate { get; set; } = new();

    public BackLinkModel Back => new($"/children/{Child.Id}", "Child's summary");
    public ChoicesModel KindField => new("kind", nameof(Kind), "What kind of assessment is it?", AssessmentForms.Kinds,
        Kind is null ? [] : [Kind], Error: ErrorFor(nameof(Kind)));
    public DateInputModel StartDateField => DateInput(nameof(StartDate), "When did the assessment start?", StartDate, "For example, 27 3 2026");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Start an assessment", cancellationToken)) return NotFound();
        Kind = nameof(AssessmentKind.Single);
        StartDate = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken)) return NotFound();
        var kind = Enum.TryParse<AssessmentKind>(Kind, out var k) && Enum.IsDefined(k) && !int.TryParse(Kind, out _) ? k : (AssessmentKind?)null;
        if (kind is null) ModelState.AddModelError(nameof(Kind), "Select what kind of assessment it is");
        var start = ReadDate(StartDate, nameof(StartDate), "the date the assessment started");
        if (Child.OpenEpisode is null) ModelState.AddModelError("", "The child has no open referral: record a referral before starting an assessment");

        Assessment? started = null;
        var saved = await SaveAsync(child => started = child.OpenEpisode!.StartAssessment(kind!.Value, start!.Value, Today),
            $"Started a {kind?.Describe()}", cancellationToken);
        if (!saved) return Page();
        TempData["Success"] = $"The {kind!.Value.Describe()} has started: record your analysis below";
        return Redirect($"/children/{id}/assessments/{started!.Id}");
    }

    protected override string KeyFor(string domainField) => domainField switch
    {
        nameof(Assessment.StartDate) => nameof(StartDate),
        nameof(Assessment.Kind) => nameof(Kind),
        _ => "",
    };
}
