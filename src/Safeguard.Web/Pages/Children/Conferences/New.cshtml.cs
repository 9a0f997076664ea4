using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.Clock;
using Child = Safeguard.Core.People.Child;
using Safeguard.Core.Shared;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Pages.Children.Plans;
using Safeguard.Web.Records;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Pages.Children.Conferences;

/// <summary>
/// A chair records an initial child protection conference (after a section 47 enquiry that called for one) or a
/// transfer-in conference: date, chair, whether a plan is needed and under which category. Starting a plan is a
/// weighty decision, so the answers are shown back to check before anything is saved.
/// </summary>
[Authorize(Policy = Policies.Chair)]
public sealed class NewModel(RecordServices record) : ChildRecordPage(record)
{
    public const string TransferIn = "transfer-in";

    [BindProperty(SupportsGet = true)] public Guid? EnquiryId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? ChairId { get; set; }
    [BindProperty] public string? PlanRequired { get; set; }
    [BindProperty] public string? Category { get; set; }

    /// <summary>Which button was pressed: "check" (the form), "confirm" (check your answers) or "edit" (back to the form).</summary>
    [BindProperty] public string? Step { get; set; }

    public Section47Enquiry? Enquiry { get; private set; }
    public bool Checking { get; private set; }
    public IReadOnlyList<Choice> Chairs { get; private set; } = [];
    public string? ConferenceClock { get; private set; }
    public SummaryListModel Answers { get; private set; } = new([]);

    public string Heading => Enquiry is null ? "Record a transfer-in conference" : "Record the initial child protection conference";
    public string FormAction => $"/children/{Child.Id}/conferences/new";
    public BackLinkModel Back => new($"/children/{Child.Id}", "Child's summary");
    public DateInputModel DateField => DateInput(nameof(Date), "When was the conference held?", Date, "For example, 27 3 2026");
    public SelectModel ChairField => new("chair-id", nameof(ChairId), "Who chaired it?",
        [new Choice("", "Select the chair"), .. Chairs], ChairId, Error: ErrorFor(nameof(ChairId)));
    public ChoicesModel PlanRequiredField => new("plan-required", nameof(PlanRequired), "Did the conference decide the child needs a child protection plan?",
        ChildProtectionWords.YesNo, PlanRequired is null ? [] : [PlanRequired], Error: ErrorFor(nameof(PlanRequired)), Inline: true);
    public ChoicesModel CategoryField => new("category", nameof(Category), "Category of abuse", ChildProtectionWords.Categories,
        Category is null ? [] : [Category], "Only if the child needs a plan. Use 'Multiple' when more than one applies.", ErrorFor(nameof(Category)));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Record a child protection conference", cancellationToken) || !FindEnquiry()) return NotFound();
        await PrepareAsync(cancellationToken);
        Date = DateParts.From(Today);
        var me = User.Worker().ToString();
        if (Chairs.Any(c => c.Value == me)) ChairId = me;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken) || !FindEnquiry()) return NotFound();
        await PrepareAsync(cancellationToken);
        if (Step == "edit") return Page();

        var date = ReadDate(Date, nameof(Date), "the date of the conference");
        var chair = Guid.TryParse(ChairId, out var c) && Chairs.Any(x => x.Value == c.ToString()) ? c : (Guid?)null;
        if (chair is null) ModelState.AddModelError(nameof(ChairId), "Select who chaired the conference");
        var planRequired = ChildProtectionWords.ReadYesNo(PlanRequired);
        if (planRequired is null) ModelState.AddModelError(nameof(PlanRequired), "Select whether the child needs a child protection plan");
        if (planRequired is true && string.IsNullOrWhiteSpace(Category)) ModelState.AddModelError(nameof(Category), "Select the category of abuse");
        // No plan, no category: a category ticked before changing one's mind is not kept.
        var category = planRequired is true ? Category : null;
        if (planRequired is false) Category = null;

        void Hold(Child child)
        {
            var episode = child.OpenEpisode ?? throw new JourneyRuleException("The child has no open referral for a conference to follow");
            if (EnquiryId is { } enquiryId) episode.HoldInitialConference(enquiryId, date!.Value, planRequired!.Value, category, chair, Today);
            else episode.HoldTransferInConference(date!.Value, planRequired!.Value, category, chair, Today);
        }

        if (Step != "confirm")
        {
            // Try the journey's rules now, so a refusal shows on the form rather than after the check.
            if (ModelState.IsValid) TryRules(Hold);
            if (!ModelState.IsValid) return Page();
            Checking = true;
            var answers = new List<SummaryRow>
            {
                new("Conference", Enquiry is null ? "Transfer-in conference" : $"Initial child protection conference, after the section 47 enquiry started {ChildStatus.Show(Enquiry.StartDate)}"),
                new("Date", ChildStatus.Show(date)),
                new("Chair", Chairs.First(x => x.Value == chair!.Value.ToString()).Text),
                new("Child protection plan", planRequired is true ? "Needed: the plan starts on the date of the conference" : "Not needed"),
            };
            if (planRequired is true) answers.Add(new("Category of abuse", ChildProtectionWords.Category(category!)));
            Answers = new SummaryListModel(answers);
            return Page();
        }

        var kind = EnquiryId is null ? "transfer-in conference" : "initial child protection conference";
        var what = planRequired is true
            ? $"Held the {kind}: child protection plan started ({(category is null ? "" : ChildProtectionWords.Category(category))})"
            : $"Held the {kind}: no plan needed";
        if (!await SaveAsync(Hold, what, cancellationToken)) return Page();
        TempData["Success"] = planRequired is true ? "Conference recorded and child protection plan started" : "Conference recorded: no plan needed";
        return Redirect($"/children/{id}");
    }

    protected override string KeyFor(string domainField) => domainField switch
    {
        nameof(ChildProtectionConference.Date) => nameof(Date),
        nameof(ChildProtectionConference.PlanRequired) => nameof(PlanRequired),
        nameof(ChildProtectionPlan.InitialCategory) => nameof(Category),
        _ => "",
    };

    private void TryRules(Action<Child> change)
    {
        try { change(Child); }
        catch (JourneyRuleException refusal) { ModelState.AddModelError(refusal.Field is null ? "" : KeyFor(refusal.Field), refusal.Message); }
        finally { Record.Db.ChangeTracker.Clear(); }
    }

    // An initial conference follows a named enquiry; with none named, the one waiting for its conference, else a transfer-in.
    private bool FindEnquiry()
    {
        if (EnquiryId is { } enquiryId)
        {
            Enquiry = ChildProtectionWords.FindEnquiry(Child, enquiryId);
            return Enquiry is not null;
        }
        if (Kind != TransferIn)
        {
            Enquiry = Child.OpenEpisode?.Section47Enquiries.FirstOrDefault(s => s.Outcome == Section47Outcome.ConferenceNeeded && s.ConferenceDate is null);
            EnquiryId = Enquiry?.Id;
        }
        Kind = Enquiry is null ? TransferIn : null;
        return true;
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Chairs = await ChildProtectionWords.ChairsAsync(Record.Db, Child.AuthorityId, cancellationToken);
        if (Enquiry is null) return;
        var clock = await ChildProtectionWords.ClockAsync(Record.Db, Child.AuthorityId, cancellationToken);
        var item = clock.Item(RuleIds.InitialChildProtectionConference, Enquiry.StrategyDiscussionDate, Enquiry.ConferenceDate, Today);
        ConferenceClock = $"{item.Describe()}. {item.DueDate.Explain()}";
    }
}
