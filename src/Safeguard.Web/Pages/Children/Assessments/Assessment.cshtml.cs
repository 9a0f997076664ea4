using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Assessments;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Pages.Children.Assessments;

/// <summary>
/// An assessment, narrative first: one large box for the worker's analysis, then only what the census needs (factors
/// identified, outcome). A draft is saved as often as the worker likes; submitting sends it to a manager. Once
/// submitted or authorised the page shows it read-only.
/// </summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class AssessmentPageModel(RecordServices record) : ChildRecordPage(record)
{
    public const string SaveDraft = "draft";
    public const string Submit = "submit";

    [BindProperty] public string? Analysis { get; set; }
    [BindProperty] public List<string> Factors { get; set; } = [];
    [BindProperty] public string? Outcome { get; set; }

    /// <summary>Which button was pressed: save the draft or submit for authorisation.</summary>
    [BindProperty] public string? Intent { get; set; }

    public Assessment Assessment { get; private set; } = null!;
    public string Clock { get; private set; } = "";
    public string? ReturnedBy { get; private set; }
    public string? AuthorisedBy { get; private set; }

    public bool IsDraft => Assessment.IsInProgress && !Assessment.IsAwaitingAuthorisation;
    public string Title => char.ToUpperInvariant(Assessment.Kind.Describe()[0]) + Assessment.Kind.Describe()[1..];

    public BackLinkModel Back => new($"/children/{Child.Id}", "Child's summary");
    public TextareaModel AnalysisField => new("analysis", nameof(Analysis), "Your analysis", Analysis,
        "The child's needs and what the child says; the parents' capacity to meet them; the family and environment. " +
        "What you found, what it means for the child, and what should happen next.", ErrorFor(nameof(Analysis)), 25);
    public IReadOnlyList<ChoicesModel> FactorFields => AssessmentForms.FactorFields(Factors, ErrorFor(nameof(Factors)));
    public ChoicesModel OutcomeField => new("outcome", nameof(Outcome), "What do you recommend?", AssessmentForms.Outcomes,
        Outcome is null ? [] : [Outcome], Error: ErrorFor(nameof(Outcome)));

    public SummaryListModel Summary => new(
    [
        new SummaryRow("Started", ChildStatus.Show(Assessment.StartDate)),
        new SummaryRow("Statutory timescale", Clock),
        new SummaryRow("Status", Status),
        new SummaryRow("Factors identified", AssessmentForms.Describe(Assessment.Factors)),
        new SummaryRow("Recommendation", Assessment.Outcome?.Describe() ?? "Not recorded"),
    ]);

    public string Status => Assessment switch
    {
        { AuthorisationDate: { } on } => $"Authorised by {AuthorisedBy ?? "a manager"} on {ChildStatus.Show(on)}",
        { SubmittedDate: { } on } => $"Submitted on {ChildStatus.Show(on)}: waiting for a manager's authorisation",
        _ => "Draft",
    };

    public async Task<IActionResult> OnGetAsync(Guid id, Guid assessmentId, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Assessment", cancellationToken) || !Find(assessmentId)) return NotFound();
        Analysis = Assessment.Analysis;
        Factors = Assessment.Factors.Select(f => f.Code).ToList();
        Outcome = Assessment.Outcome?.ToString();
        await DescribeAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid assessmentId, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken) || !Find(assessmentId)) return NotFound();
        var submitting = Intent == Submit;
        AssessmentOutcome? outcome = null;
        if (!string.IsNullOrEmpty(Outcome))
        {
            if (Enum.TryParse<AssessmentOutcome>(Outcome, out var o) && Enum.IsDefined(o) && !int.TryParse(Outcome, out _)) outcome = o;
            else ModelState.AddModelError(nameof(Outcome), "Select what you recommend");
        }
        else if (submitting) ModelState.AddModelError(nameof(Outcome), "Select what you recommend");
        if (submitting && string.IsNullOrWhiteSpace(Analysis)) ModelState.AddModelError(nameof(Analysis), "Enter your analysis of the child's needs");

        var assessment = Assessment;
        var saved = submitting
            ? await SaveAsync(_ => assessment.Submit(Today, Analysis ?? "", Factors, outcome!.Value, User.Worker(), Today),
                $"Submitted the {assessment.Kind.Describe()} for authorisation", cancellationToken)
            : await SaveAsync(_ => assessment.SaveDraft(Analysis, Factors, outcome),
                $"Saved the draft {assessment.Kind.Describe()}", cancellationToken);
        if (!saved)
        {
            await DescribeAsync(cancellationToken);
            return Page();
        }
        TempData["Success"] = submitting ? "Assessment submitted for authorisation" : "Draft saved";
        return Redirect(submitting ? $"/children/{id}" : $"/children/{id}/assessments/{assessmentId}");
    }

    protected override string KeyFor(string domainField) => domainField switch
    {
        nameof(Assessment.Analysis) => nameof(Analysis),
        nameof(Assessment.Factors) => nameof(Factors),
        _ => "",
    };

    private bool Find(Guid assessmentId)
    {
        var found = Child.Episodes.SelectMany(e => e.Assessments).FirstOrDefault(a => a.Id == assessmentId);
        if (found is null) return false;
        Assessment = found;
        return true;
    }

    private async Task DescribeAsync(CancellationToken cancellationToken)
    {
        // After a refused save the tracker was cleared: read the assessment as it is stored for the read-only parts.
        Clock = AssessmentForms.Describe(await AssessmentForms.ClockAsync(Record.Db, Child.AuthorityId, cancellationToken), Assessment, Today);
        var people = new[] { Assessment.ReturnedBy, Assessment.AuthorisedBy }.OfType<Guid>().ToList();
        var names = await Record.Db.Workers.AsNoTracking().Where(w => people.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, cancellationToken);
        ReturnedBy = Assessment.ReturnedBy is { } r ? names.GetValueOrDefault(r) : null;
        AuthorisedBy = Assessment.AuthorisedBy is { } a ? names.GetValueOrDefault(a) : null;
    }
}
