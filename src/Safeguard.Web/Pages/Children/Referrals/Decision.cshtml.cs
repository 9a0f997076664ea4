using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Clock;
using Safeguard.Core.Codes;
using Safeguard.Core.FrontDoor;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Pages.FrontDoor;
using Safeguard.Web.Records;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Pages.Children.Referrals;

/// <summary>
/// The front door's decision on a referral, due within one working day (the statutory clock says by when, and whether
/// it is late). A decision for an assessment or a strategy discussion allocates the child to a social worker in the
/// same save, chosen with their current caseloads in view.
/// </summary>
[Authorize(Policy = Policies.FrontDoor)]
public sealed class DecisionModel(RecordServices record) : ChildRecordPage(record)
{
    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public DateParts DecisionDate { get; set; } = new();
    [BindProperty] public string? WorkerId { get; set; }

    public EpisodeOfNeed Episode { get; private set; } = null!;
    public ClockItem? Clock { get; private set; }
    public IReadOnlyList<FrontDoorLookups.Caseworker> SocialWorkers { get; private set; } = [];

    public static IReadOnlyList<Choice> Decisions { get; } =
    [
        new(nameof(ReferralDecision.Assessment), ReferralDecision.Assessment.Describe(), "The child may be in need: assess their needs"),
        new(nameof(ReferralDecision.StrategyDiscussion), ReferralDecision.StrategyDiscussion.Describe(), "Reasonable cause to suspect significant harm"),
        new(nameof(ReferralDecision.EarlyHelp), ReferralDecision.EarlyHelp.Describe(), "Closes the referral: passed to early help"),
        new(nameof(ReferralDecision.NoFurtherAction), ReferralDecision.NoFurtherAction.Describe(), "Closes the referral"),
    ];

    public BackLinkModel Back => new("/front-door", "Front door");
    public ChoicesModel DecisionField => new("decision", nameof(Decision), "What is the decision?", Decisions, Decision is null ? [] : [Decision],
        Error: ErrorFor(nameof(Decision)));
    public DateInputModel DecisionDateField => DateInput(nameof(DecisionDate), "Date of the decision", DecisionDate, "For example, 27 3 2026");
    public SelectModel WorkerField => new("worker-id", nameof(WorkerId), "Allocate to a social worker",
        FrontDoorLookups.Choices(SocialWorkers, Child.CurrentAllocation is null ? "Select a social worker" : "Keep the current allocation"), WorkerId,
        "Needed for an assessment or a strategy discussion. Each worker's current caseload is shown.", ErrorFor(nameof(WorkerId)));
    public SummaryListModel Referral => new(
    [
        new SummaryRow("Referral date", ChildStatus.Show(Episode.ReferralDate)),
        new SummaryRow("Referred by", CodeLists.ReferralSource.Describe(Episode.ReferralSource)),
        new SummaryRow("Primary need", CodeLists.PrimaryNeed.Describe(Episode.PrimaryNeed)),
        new SummaryRow("Reason", Episode.Reason),
    ]);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid episodeId, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Decide on a referral", cancellationToken) || !UseEpisode(episodeId)) return NotFound();
        await LookUpAsync(cancellationToken);
        DecisionDate = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid episodeId, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken) || !UseEpisode(episodeId)) return NotFound();
        await LookUpAsync(cancellationToken);
        var date = ReadDate(DecisionDate, nameof(DecisionDate), "the date of the decision");
        var decision = Enum.TryParse<ReferralDecision>(Decision, out var d) && Enum.IsDefined(d) && Decisions.Any(c => c.Value == Decision) ? d : (ReferralDecision?)null;
        if (decision is null) ModelState.AddModelError(nameof(Decision), "Select the decision");
        Guid? worker = null;
        if (!string.IsNullOrEmpty(WorkerId))
        {
            if (Guid.TryParse(WorkerId, out var w) && SocialWorkers.Any(s => s.Id == w)) worker = w;
            else ModelState.AddModelError(nameof(WorkerId), "Select a social worker from the list");
        }
        var furtherWork = decision is ReferralDecision.Assessment or ReferralDecision.StrategyDiscussion;
        if (furtherWork && worker is null && Child.CurrentAllocation is null && ModelState.GetFieldValidationState(nameof(WorkerId)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
            ModelState.AddModelError(nameof(WorkerId), "Select the social worker who will take the case");
        var allocate = furtherWork && worker is { } chosen && Child.CurrentAllocation?.WorkerId != chosen;

        var saved = await SaveAsync(child =>
        {
            Episode.Decide(decision!.Value, date!.Value, User.Worker(), Today);
            if (allocate) child.AllocateTo(worker!.Value, date!.Value, Today);
        }, allocate ? $"Decided on the referral: {decision!.Value.Describe()}; allocated" : $"Decided on the referral: {decision?.Describe()}", cancellationToken);
        if (!saved) return Page();
        TempData["Success"] = $"Decision recorded for {Child.FullName}: {decision!.Value.Describe()}";
        return await Record.Access.CanSeeAsync(User, id, cancellationToken) ? Redirect($"/children/{id}") : Redirect("/front-door");
    }

    protected override string KeyFor(string domainField) => domainField switch
    {
        "From" => nameof(DecisionDate),
        nameof(EpisodeOfNeed.ClosureDate) => "",
        _ => domainField,
    };

    private bool UseEpisode(Guid episodeId)
    {
        var episode = Child.Episodes.FirstOrDefault(e => e.Id == episodeId);
        if (episode is null) return false;
        Episode = episode;
        return true;
    }

    private async Task LookUpAsync(CancellationToken cancellationToken)
    {
        var authority = await Record.Db.Authorities.AsNoTracking().SingleAsync(a => a.Id == Child.AuthorityId, cancellationToken);
        var clock = StatutoryClock.For(authority.RuleSet, authority.WorkingDays);
        Clock = clock.TryItem(RuleIds.ReferralDecision, Episode.ReferralDate, Episode.DecisionDate, Today);
        SocialWorkers = await FrontDoorLookups.SocialWorkersAsync(Record.Db, Child.AuthorityId, cancellationToken);
    }
}
