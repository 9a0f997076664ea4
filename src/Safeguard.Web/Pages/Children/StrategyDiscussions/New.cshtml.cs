using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Core.People;
using Safeguard.Core.Shared;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Pages.Children.Plans;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.StrategyDiscussions;

/// <summary>
/// Record a strategy discussion on the child's open referral. When it decides a section 47 enquiry is needed, the
/// enquiry starts the same day in the same save: the initial conference's 15 working days run from this discussion.
/// </summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class NewModel(RecordServices record) : ChildRecordPage(record)
{
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public List<string> Agencies { get; set; } = [];
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public string? Section47Needed { get; set; }

    public BackLinkModel Back => new($"/children/{Child.Id}", "Child's summary");
    public DateInputModel DateField => DateInput(nameof(Date), "When was the strategy discussion?", Date, "For example, 27 3 2026");
    public ChoicesModel AgenciesField => new("agencies", nameof(Agencies), "Which agencies took part?", ChildProtectionWords.Agencies, Agencies,
        "Select all that apply.", ErrorFor(nameof(Agencies)), Multiple: true);
    public TextareaModel SummaryField => new("summary", nameof(Summary), "What was discussed and decided", Summary,
        "What each agency knows, the risks to the child, and who does what next.", ErrorFor(nameof(Summary)), 10);
    public ChoicesModel Section47NeededField => new("section47-needed", nameof(Section47Needed), "Is a section 47 enquiry needed?",
        [new("yes", "Yes: start a section 47 enquiry on the date of the discussion"), new("no", "No")],
        Section47Needed is null ? [] : [Section47Needed], Error: ErrorFor(nameof(Section47Needed)));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Record a strategy discussion", cancellationToken)) return NotFound();
        Date = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken)) return NotFound();
        var date = ReadDate(Date, nameof(Date), "the date of the strategy discussion");
        var agencies = new List<Agency>();
        foreach (var value in Agencies)
        {
            if (Enum.TryParse<Agency>(value, out var agency) && Enum.IsDefined(agency) && !int.TryParse(value, out _)) agencies.Add(agency);
            else { ModelState.AddModelError(nameof(Agencies), "Select the agencies that took part"); break; }
        }
        if (Agencies.Count == 0) ModelState.AddModelError(nameof(Agencies), "Select the agencies that took part");
        if (string.IsNullOrWhiteSpace(Summary)) ModelState.AddModelError(nameof(Summary), "Enter what was discussed and decided");
        var needed = ChildProtectionWords.ReadYesNo(Section47Needed);
        if (needed is null) ModelState.AddModelError(nameof(Section47Needed), "Select whether a section 47 enquiry is needed");

        var what = needed is true ? "Recorded a strategy discussion and started a section 47 enquiry" : "Recorded a strategy discussion";
        var saved = await SaveAsync(child =>
        {
            var episode = child.OpenEpisode
                ?? throw new JourneyRuleException("The child has no open referral: record a referral before a strategy discussion");
            var discussion = episode.HoldStrategyDiscussion(date!.Value, agencies, needed!.Value, Summary!, Today);
            if (needed is true) episode.StartSection47(discussion.Id, date.Value, Today);
        }, what, cancellationToken);
        if (!saved) return Page();
        TempData["Success"] = needed is true ? "Strategy discussion recorded and section 47 enquiry started" : "Strategy discussion recorded";
        return Redirect($"/children/{id}");
    }

    // Rules about the referral or the enquiry are not one of this form's boxes: they go at the top of the summary.
    protected override string KeyFor(string domainField) => domainField switch
    {
        nameof(Date) or "StartDate" => nameof(Date),
        nameof(Summary) or nameof(Agencies) => domainField,
        _ => "",
    };
}
