using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Core.Assessments;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Pages.Children.Assessments;
using Safeguard.Web.Records;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Pages.Authorisations;

/// <summary>A manager signs off an assessment: reads the worker's analysis, factors and recommendation, then authorises it or returns it with comments.</summary>
[Authorize(Policy = Policies.Authorise)]
public sealed class AssessmentSignOffModel(RecordServices record) : SignOffPage(record)
{
    public Assessment Assessment { get; private set; } = null!;
    public SummaryListModel Summary { get; private set; } = new([]);
    public string Heading => "Sign off the " + Assessment.Kind.Describe();

    public async Task<IActionResult> OnGetAsync(Guid id, Guid assessmentId, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Assessment sign-off", cancellationToken) || !Find(assessmentId)) return NotFound();
        await DescribeAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid assessmentId, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken) || !Find(assessmentId)) return NotFound();
        var assessment = Assessment;
        var what = assessment.Kind.Describe();
        var saved = ReadDecision(out var authorise) && (authorise
            ? await SaveAsync(_ => assessment.Authorise(Today, User.Worker(), Today), $"Authorised the {what}", cancellationToken)
            : await SaveAsync(_ => assessment.ReturnForRevision(User.Worker(), Comments!, Today), $"Returned the {what} to the worker", cancellationToken));
        if (!saved)
        {
            await DescribeAsync(cancellationToken);
            return Page();
        }
        TempData["Success"] = authorise ? $"{Child.FullName}'s {what} is authorised" : $"{Child.FullName}'s {what} was returned to the worker";
        return Redirect("/authorisations");
    }

    private bool Find(Guid assessmentId)
    {
        var found = Child.Episodes.SelectMany(e => e.Assessments).FirstOrDefault(a => a.Id == assessmentId);
        if (found is null) return false;
        Assessment = found;
        return true;
    }

    private async Task DescribeAsync(CancellationToken cancellationToken)
    {
        var clock = await AssessmentForms.ClockAsync(Record.Db, Child.AuthorityId, cancellationToken);
        var names = await NamesAsync([Assessment.SubmittedBy, Assessment.AuthorisedBy], cancellationToken);
        string Name(Guid? worker) => worker is { } w && names.TryGetValue(w, out var n) ? n : "Not recorded";
        Summary = new SummaryListModel(
        [
            new SummaryRow("Child", $"{Child.FullName} ({Child.LaChildId})"),
            new SummaryRow("Started", ChildStatus.Show(Assessment.StartDate)),
            new SummaryRow("Submitted", Assessment.SubmittedDate is { } s ? $"{ChildStatus.Show(s)} by {Name(Assessment.SubmittedBy)}" : "Not submitted"),
            new SummaryRow("Statutory timescale", AssessmentForms.Describe(clock, Assessment, Today)),
            new SummaryRow("Factors identified", AssessmentForms.Describe(Assessment.Factors)),
            new SummaryRow("Recommendation", Assessment.Outcome?.Describe() ?? "Not recorded"),
            .. Assessment.AuthorisationDate is { } on ? [new SummaryRow("Authorised", $"{ChildStatus.Show(on)} by {Name(Assessment.AuthorisedBy)}")] : Array.Empty<SummaryRow>(),
        ]);
    }
}
