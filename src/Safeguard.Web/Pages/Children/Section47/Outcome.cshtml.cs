using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.Clock;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Pages.Children.Plans;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.Section47;

/// <summary>
/// Record what a section 47 enquiry found, with the initial conference's clock in view: 15 working days from the
/// strategy discussion, whatever the outcome date.
/// </summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class OutcomeModel(RecordServices record) : ChildRecordPage(record)
{
    private Section47Enquiry _enquiry = null!;

    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public DateParts Date { get; set; } = new();

    public BackLinkModel Back => new($"/children/{Child.Id}", "Child's summary");
    public SummaryListModel Enquiry { get; private set; } = new([]);
    public string ConferenceClock { get; private set; } = "";
    public string ConferenceReason { get; private set; } = "";

    public ChoicesModel OutcomeField => new("outcome", nameof(Outcome), "What did the enquiry find?", ChildProtectionWords.Outcomes,
        Outcome is null ? [] : [Outcome], Error: ErrorFor(nameof(Outcome)));
    public DateInputModel DateField => DateInput(nameof(Date), "When was the outcome decided?", Date, "For example, 27 3 2026");

    public async Task<IActionResult> OnGetAsync(Guid id, Guid enquiryId, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Record a section 47 outcome", cancellationToken) || !Found(enquiryId)) return NotFound();
        await DescribeAsync(cancellationToken);
        Date = DateParts.From(Today);
        Outcome = _enquiry.Outcome?.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid enquiryId, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken) || !Found(enquiryId)) return NotFound();
        await DescribeAsync(cancellationToken);
        var outcome = Enum.TryParse<Section47Outcome>(Outcome, out var o) && Enum.IsDefined(o) && !int.TryParse(Outcome, out _) ? o : (Section47Outcome?)null;
        if (outcome is null) ModelState.AddModelError(nameof(Outcome), "Select what the enquiry found");
        var date = ReadDate(Date, nameof(Date), "the date of the outcome");

        var saved = await SaveAsync(child => ChildProtectionWords.FindEnquiry(child, enquiryId)!.RecordOutcome(outcome!.Value, date!.Value, Today),
            $"Recorded the section 47 outcome: {ChildProtectionWords.Describe(outcome)}", cancellationToken);
        if (!saved) return Page();
        TempData["Success"] = outcome == Section47Outcome.ConferenceNeeded
            ? "Section 47 outcome recorded: the initial child protection conference is waiting for a chair"
            : "Section 47 outcome recorded";
        return Redirect($"/children/{id}");
    }

    protected override string KeyFor(string domainField) => domainField switch
    {
        nameof(Section47Enquiry.OutcomeDate) => nameof(Date),
        nameof(Section47Enquiry.Outcome) => nameof(Outcome),
        _ => "",
    };

    private bool Found(Guid enquiryId)
    {
        _enquiry = ChildProtectionWords.FindEnquiry(Child, enquiryId)!;
        return _enquiry is not null;
    }

    private async Task DescribeAsync(CancellationToken cancellationToken)
    {
        var clock = await ChildProtectionWords.ClockAsync(Record.Db, Child.AuthorityId, cancellationToken);
        var item = clock.Item(RuleIds.InitialChildProtectionConference, _enquiry.StrategyDiscussionDate, _enquiry.ConferenceDate, Today);
        ConferenceClock = $"Initial child protection conference: {item.Describe()}";
        ConferenceReason = item.DueDate.Explain();
        Enquiry = new SummaryListModel(
        [
            new SummaryRow("Strategy discussion", ChildStatus.Show(_enquiry.StrategyDiscussionDate)),
            new SummaryRow("Enquiry started", ChildStatus.Show(_enquiry.StartDate)),
            new SummaryRow("Outcome", ChildProtectionWords.Describe(_enquiry.Outcome)
                + (_enquiry.OutcomeDate is { } d ? $", on {ChildStatus.Show(d)}" : "")),
        ]);
    }
}
