using Safeguard.Core.ChildInNeed;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.Codes;
using Safeguard.Core.People;
using Safeguard.Core.Shared;
using Safeguard.Core.Assessments;

namespace Safeguard.Core.FrontDoor;

/// <summary>
/// An episode of need: from the referral, through the decision, assessments, child protection or child-in-need
/// work, to closure. It is the census's CINdetails: everything the return says about a referral hangs off it.
/// </summary>
public sealed class EpisodeOfNeed
{
    private readonly List<Assessment> _assessments = [];
    private readonly List<StrategyDiscussion> _strategyDiscussions = [];
    private readonly List<Section47Enquiry> _section47Enquiries = [];
    private readonly List<ChildProtectionConference> _conferences = [];
    private readonly List<ChildProtectionPlan> _childProtectionPlans = [];
    private readonly List<ChildInNeedPlan> _childInNeedPlans = [];
    private readonly List<ClosureRequest> _closureRequests = [];

    private EpisodeOfNeed() { }

    internal EpisodeOfNeed(Child child, DateOnly referralDate, string source, string primaryNeed, string reason, Guid? contactId, Guid? referrerId)
    {
        Id = Ids.New();
        Child = child; ChildId = child.Id;
        ReferralDate = referralDate; ReferralSource = source; PrimaryNeed = primaryNeed; Reason = reason;
        ContactId = contactId; ReferrerId = referrerId;
    }

    public Guid Id { get; private set; }
    public Guid ChildId { get; private set; }
    public Child Child { get; private set; } = null!;
    public DateOnly ReferralDate { get; private set; }
    public string ReferralSource { get; private set; } = "";
    public string PrimaryNeed { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public Guid? ContactId { get; private set; }

    /// <summary>The professional who referred, when a partner agency did.</summary>
    public Guid? ReferrerId { get; private set; }

    public ReferralDecision? Decision { get; private set; }
    public DateOnly? DecisionDate { get; private set; }
    public Guid? DecidedBy { get; private set; }

    /// <summary>No further action by children's social care at the referral stage (the census's ReferralNFA).</summary>
    public bool ReferralNfa => Decision is ReferralDecision.NoFurtherAction or ReferralDecision.EarlyHelp;

    public DateOnly? ClosureDate { get; private set; }
    public string? ClosureReason { get; private set; }

    public bool IsOpen => ClosureDate is null;

    public IReadOnlyList<Assessment> Assessments => _assessments;
    public IReadOnlyList<StrategyDiscussion> StrategyDiscussions => _strategyDiscussions;
    public IReadOnlyList<Section47Enquiry> Section47Enquiries => _section47Enquiries;
    public IReadOnlyList<ChildProtectionConference> Conferences => _conferences;
    public IReadOnlyList<ChildProtectionPlan> ChildProtectionPlans => _childProtectionPlans;
    public IReadOnlyList<ChildInNeedPlan> ChildInNeedPlans => _childInNeedPlans;
    public IReadOnlyList<ClosureRequest> ClosureRequests => _closureRequests;

    /// <summary>The closure request waiting for a manager, if there is one.</summary>
    public ClosureRequest? PendingClosureRequest => _closureRequests.FirstOrDefault(r => r.IsAwaitingAuthorisation);

    /// <summary>
    /// Records the front door's decision. No further action and early help close the episode the same day, with
    /// RC7 as the census expects for a referral that went no further.
    /// </summary>
    public void Decide(ReferralDecision decision, DateOnly date, Guid decidedBy, DateOnly today)
    {
        EnsureOpen("record a decision");
        if (Decision is not null) throw new JourneyRuleException("A decision has already been recorded for this referral", nameof(Decision));
        Guard.NotInFuture(date, today, "decision date", nameof(DecisionDate));
        Guard.NotBefore(date, ReferralDate, "decision date", "referral date", nameof(DecisionDate));
        Decision = decision; DecisionDate = date; DecidedBy = decidedBy;
        if (ReferralNfa) { ClosureDate = date; ClosureReason = "RC7"; }
        Child.Touch();
    }

    public Assessment StartAssessment(AssessmentKind kind, DateOnly start, DateOnly today)
    {
        EnsureActive("start an assessment");
        Guard.NotInFuture(start, today, "assessment start date", nameof(Assessment.StartDate));
        Guard.NotBefore(start, ReferralDate, "assessment start date", "referral date", nameof(Assessment.StartDate));
        if (kind == AssessmentKind.Core && !_assessments.Any(a => a.Kind == AssessmentKind.Initial) && !_section47Enquiries.Any())
            throw new JourneyRuleException("A core assessment follows an initial assessment or a section 47 enquiry", nameof(Assessment.Kind));
        if (_assessments.FirstOrDefault(a => a.Kind == kind && a.IsInProgress) is { } open)
            throw new JourneyRuleException($"An assessment started on {Guard.Show(open.StartDate)} is still in progress", nameof(Assessment.StartDate));
        var assessment = new Assessment(this, kind, start);
        _assessments.Add(assessment);
        Child.Touch();
        return assessment;
    }

    public StrategyDiscussion HoldStrategyDiscussion(DateOnly date, IEnumerable<People.Agency> agencies, bool section47Needed, string summary, DateOnly today)
    {
        EnsureActive("record a strategy discussion");
        Guard.NotInFuture(date, today, "date of the strategy discussion", nameof(StrategyDiscussion.Date));
        Guard.NotBefore(date, ReferralDate, "date of the strategy discussion", "referral date", nameof(StrategyDiscussion.Date));
        var discussion = new StrategyDiscussion(this, date, agencies, section47Needed,
            Guard.Required(summary, "what was discussed and decided", nameof(StrategyDiscussion.Summary), 20000));
        _strategyDiscussions.Add(discussion);
        Child.Touch();
        return discussion;
    }

    public Section47Enquiry StartSection47(Guid strategyDiscussionId, DateOnly start, DateOnly today)
    {
        EnsureActive("start a section 47 enquiry");
        var discussion = _strategyDiscussions.FirstOrDefault(d => d.Id == strategyDiscussionId)
            ?? throw new JourneyRuleException("Choose the strategy discussion that decided on the enquiry", nameof(Section47Enquiry.StrategyDiscussionId));
        if (!discussion.Section47Needed)
            throw new JourneyRuleException("That strategy discussion decided no section 47 enquiry was needed", nameof(Section47Enquiry.StrategyDiscussionId));
        if (_section47Enquiries.Any(s => s.StrategyDiscussionId == strategyDiscussionId))
            throw new JourneyRuleException("A section 47 enquiry has already started from that strategy discussion", nameof(Section47Enquiry.StrategyDiscussionId));
        Guard.NotInFuture(start, today, "start of the section 47 enquiry", nameof(Section47Enquiry.StartDate));
        Guard.NotBefore(start, discussion.Date, "start of the section 47 enquiry", "strategy discussion", nameof(Section47Enquiry.StartDate));
        var enquiry = new Section47Enquiry(this, discussion, start);
        _section47Enquiries.Add(enquiry);
        Child.Touch();
        return enquiry;
    }

    /// <summary>
    /// The initial child protection conference on a section 47 enquiry whose outcome called for one. When it decides
    /// on a plan, the plan starts that day; a child can have one open plan.
    /// </summary>
    public ChildProtectionConference HoldInitialConference(Guid section47Id, DateOnly date, bool planRequired, string? category, Guid? chairId, DateOnly today)
    {
        EnsureActive("record an initial child protection conference");
        var enquiry = _section47Enquiries.FirstOrDefault(s => s.Id == section47Id)
            ?? throw new JourneyRuleException("Choose the section 47 enquiry the conference follows", nameof(ChildProtectionConference.Section47Id));
        if (enquiry.Outcome != Section47Outcome.ConferenceNeeded)
            throw new JourneyRuleException("Record the section 47 outcome as 'initial conference needed' before the conference", nameof(ChildProtectionConference.Section47Id));
        if (_conferences.Any(c => c.Section47Id == section47Id))
            throw new JourneyRuleException("An initial conference has already been held for that enquiry", nameof(ChildProtectionConference.Section47Id));
        Guard.NotInFuture(date, today, "date of the conference", nameof(ChildProtectionConference.Date));
        Guard.NotBefore(date, enquiry.StartDate, "date of the conference", "start of the section 47 enquiry", nameof(ChildProtectionConference.Date));
        Guard.NotBefore(date, enquiry.OutcomeDate!.Value, "date of the conference", "section 47 outcome", nameof(ChildProtectionConference.Date));
        return AddConference(ConferenceKind.Initial, date, planRequired, category, chairId, enquiry);
    }

    /// <summary>A conference for a child who moved in while on another authority's plan.</summary>
    public ChildProtectionConference HoldTransferInConference(DateOnly date, bool planRequired, string? category, Guid? chairId, DateOnly today)
    {
        EnsureActive("record a transfer-in conference");
        Guard.NotInFuture(date, today, "date of the conference", nameof(ChildProtectionConference.Date));
        Guard.NotBefore(date, ReferralDate, "date of the conference", "referral date", nameof(ChildProtectionConference.Date));
        return AddConference(ConferenceKind.TransferIn, date, planRequired, category, chairId, null);
    }

    private ChildProtectionConference AddConference(ConferenceKind kind, DateOnly date, bool planRequired, string? category, Guid? chairId, Section47Enquiry? enquiry)
    {
        string? checkedCategory = null;
        if (planRequired)
        {
            checkedCategory = CodeLists.CategoryOfAbuse.Require(category, nameof(ChildProtectionPlan.InitialCategory));
            if (Child.OpenChildProtectionPlan is { } open)
                throw new JourneyRuleException($"The child is already on a child protection plan from {Guard.Show(open.StartDate)}", nameof(ChildProtectionConference.PlanRequired));
        }
        var conference = new ChildProtectionConference(this, kind, date, planRequired, enquiry?.Id, null, chairId);
        _conferences.Add(conference);
        enquiry?.ConferenceHeld(date);
        if (planRequired)
        {
            var previousPlans = Child.Episodes.SelectMany(e => e.ChildProtectionPlans).Count();
            var plan = new ChildProtectionPlan(this, conference, date, checkedCategory!, previousPlans);
            _childProtectionPlans.Add(plan);
            conference.StartedPlan(plan.Id);
        }
        Child.Touch();
        return conference;
    }

    public ChildInNeedPlan StartChildInNeedPlan(DateOnly start, DateOnly today)
    {
        EnsureActive("start a child in need plan");
        Guard.NotInFuture(start, today, "start of the child in need plan", nameof(ChildInNeedPlan.StartDate));
        Guard.NotBefore(start, ReferralDate, "start of the child in need plan", "referral date", nameof(ChildInNeedPlan.StartDate));
        if (_childInNeedPlans.Any(p => p.IsOpen)) throw new JourneyRuleException("A child in need plan is already open", nameof(ChildInNeedPlan.StartDate));
        var plan = new ChildInNeedPlan(this, start);
        _childInNeedPlans.Add(plan);
        Child.Touch();
        return plan;
    }

    /// <summary>What is still open on the episode, in words, so a closure can be refused with a list to act on.</summary>
    public IReadOnlyList<string> OpenWork()
    {
        var open = new List<string>();
        if (Decision is null) open.Add("the referral has no decision");
        open.AddRange(_assessments.Where(a => a.IsInProgress).Select(a => $"the {a.Kind.Describe()} started {Guard.Show(a.StartDate)} is not authorised"));
        open.AddRange(_section47Enquiries.Where(s => s.Outcome is null).Select(s => $"the section 47 enquiry started {Guard.Show(s.StartDate)} has no outcome"));
        open.AddRange(_section47Enquiries.Where(s => s.Outcome == Section47Outcome.ConferenceNeeded && s.ConferenceDate is null)
            .Select(s => $"the section 47 enquiry started {Guard.Show(s.StartDate)} is waiting for its initial conference"));
        open.AddRange(_childProtectionPlans.Where(p => p.IsOpen).Select(p => $"the child protection plan started {Guard.Show(p.StartDate)} is open"));
        open.AddRange(_childInNeedPlans.Where(p => p.IsOpen).Select(p => $"the child in need plan started {Guard.Show(p.StartDate)} is open"));
        return open;
    }

    /// <summary>
    /// A worker asks for the case to close; it closes only when a manager authorises it. The request is checked as
    /// the closure itself would be, so the manager is not asked to sign off something the rules will refuse.
    /// </summary>
    public ClosureRequest RequestClosure(DateOnly date, string reason, string summary, Guid requestedBy, DateOnly today)
    {
        if (PendingClosureRequest is { } pending)
            throw new JourneyRuleException($"Closure was requested on {Guard.Show(pending.RequestedOn)} and is waiting for a manager's authorisation", nameof(ClosureDate));
        var checkedReason = CheckClosure(date, reason, today);
        var request = new ClosureRequest(Id, checkedReason, date,
            Guard.Required(summary, "a closing summary", nameof(ClosureRequest.Summary), 20000), requestedBy, today);
        _closureRequests.Add(request);
        Child.Touch();
        return request;
    }

    /// <summary>The manager's sign-off: the request is authorised and the episode closes on the date asked for.</summary>
    public void AuthoriseClosure(Guid requestId, Guid managerId, DateOnly today)
    {
        var request = FindClosureRequest(requestId);
        request.EnsureAwaiting(managerId, today);
        // Close first: if something was opened since the request, it is refused and the request still waits.
        Close(request.ClosureDate, request.Reason, today);
        request.Authorise(managerId, today);
    }

    /// <summary>The manager sends the request back with comments; the case stays open.</summary>
    public void ReturnClosure(Guid requestId, Guid managerId, string comments, DateOnly today)
    {
        FindClosureRequest(requestId).Return(managerId, comments, today);
        Child.Touch();
    }

    private ClosureRequest FindClosureRequest(Guid requestId) =>
        _closureRequests.FirstOrDefault(r => r.Id == requestId)
            ?? throw new JourneyRuleException("That closure request is not on this referral", nameof(ClosureRequests));

    public void Close(DateOnly date, string reason, DateOnly today)
    {
        var checkedReason = CheckClosure(date, reason, today);
        ClosureDate = date; ClosureReason = checkedReason;
        Child.Touch();
    }

    private string CheckClosure(DateOnly date, string reason, DateOnly today)
    {
        EnsureOpen("close it");
        var checkedReason = CodeLists.ClosureReason.Require(reason, nameof(ClosureReason));
        Guard.NotInFuture(date, today, "closure date", nameof(ClosureDate));
        Guard.NotBefore(date, LatestActivity(), "closure date", "latest recorded activity", nameof(ClosureDate));
        var open = OpenWork();
        if (open.Count > 0)
            throw new JourneyRuleException("The case cannot be closed yet: " + string.Join("; ", open), nameof(ClosureDate));
        if (checkedReason is "RC8" or "RC9" && _assessments.Count == 0)
            throw new JourneyRuleException("Closed after assessment (RC8 or RC9) needs an assessment on the episode", nameof(ClosureReason));
        if (checkedReason == "RC2" && Child.DateOfDeath is null)
            throw new JourneyRuleException("Record the child's date of death before closing the case as 'died'", nameof(ClosureReason));
        return checkedReason;
    }

    /// <summary>The last date anything happened on the episode; a closure cannot precede it.</summary>
    public DateOnly LatestActivity()
    {
        var dates = new List<DateOnly> { ReferralDate };
        if (DecisionDate is { } d) dates.Add(d);
        dates.AddRange(_assessments.Select(a => a.AuthorisationDate ?? a.StartDate));
        dates.AddRange(_strategyDiscussions.Select(s => s.Date));
        dates.AddRange(_section47Enquiries.Select(s => s.OutcomeDate ?? s.StartDate));
        dates.AddRange(_conferences.Select(c => c.Date));
        dates.AddRange(_childProtectionPlans.Select(p => p.EndDate ?? p.StartDate));
        dates.AddRange(_childProtectionPlans.SelectMany(p => p.CoreGroups).Select(c => c.Date));
        dates.AddRange(_childInNeedPlans.Select(p => p.EndDate ?? p.StartDate));
        dates.AddRange(_assessments.Select(a => a.SubmittedDate).OfType<DateOnly>());
        return dates.Max();
    }

    internal void EnsureOpen(string action)
    {
        if (!IsOpen) throw new JourneyRuleException($"The referral was closed on {Guard.Show(ClosureDate!.Value)}: you cannot {action}", nameof(ClosureDate));
    }

    /// <summary>Open and decided on for further work (not no further action).</summary>
    internal void EnsureActive(string action)
    {
        EnsureOpen(action);
        if (Decision is null) throw new JourneyRuleException($"Record the front door's decision on the referral before you {action}", nameof(Decision));
    }

    internal void Touch() => Child.Touch();

    internal void RecordConference(ChildProtectionConference conference) => _conferences.Add(conference);
}
