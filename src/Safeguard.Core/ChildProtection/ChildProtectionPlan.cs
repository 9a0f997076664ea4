using Safeguard.Core.Codes;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.Shared;

namespace Safeguard.Core.ChildProtection;

/// <summary>A core group meeting: the professionals and family who carry the plan forward between conferences.</summary>
public sealed record CoreGroupMeeting(Guid Id, DateOnly Date);

/// <summary>A date on which the plan was reviewed at a review conference (the census's CPPreviewDate).</summary>
public sealed record PlanReview(Guid Id, DateOnly Date, Guid ConferenceId);

/// <summary>
/// A child protection plan. It exists only because a conference decided on it, starts on that conference's date,
/// and ends at a review conference or when the child moves away, is adopted or turns 18.
/// </summary>
public sealed class ChildProtectionPlan
{
    private readonly List<CoreGroupMeeting> _coreGroups = [];
    private readonly List<PlanReview> _reviews = [];

    private ChildProtectionPlan() { }

    internal ChildProtectionPlan(EpisodeOfNeed episode, ChildProtectionConference conference, DateOnly start, string category, int previousPlans)
    {
        Id = Ids.New();
        Episode = episode; EpisodeId = episode.Id; StartedAtConferenceId = conference.Id;
        StartDate = start; InitialCategory = category; LatestCategory = category; PreviousPlans = previousPlans;
    }

    public Guid Id { get; private set; }
    public Guid EpisodeId { get; private set; }
    public EpisodeOfNeed Episode { get; private set; } = null!;
    public Guid StartedAtConferenceId { get; private set; }
    public DateOnly StartDate { get; private set; }
    public string InitialCategory { get; private set; } = "";
    public string LatestCategory { get; private set; } = "";

    /// <summary>Plans the child had before this one, with this authority (the census's NumberOfPreviousCPP).</summary>
    public int PreviousPlans { get; private set; }

    public DateOnly? EndDate { get; private set; }
    public string? EndReason { get; private set; }
    public IReadOnlyList<CoreGroupMeeting> CoreGroups => _coreGroups;
    public IReadOnlyList<PlanReview> Reviews => _reviews;

    public bool IsOpen => EndDate is null;

    public DateOnly LastReviewOrStart => _reviews.Count == 0 ? StartDate : _reviews.Max(r => r.Date);

    public CoreGroupMeeting HoldCoreGroup(DateOnly date, DateOnly today)
    {
        EnsureOpen("record a core group");
        Guard.NotInFuture(date, today, "date of the core group", "Date");
        Guard.NotBefore(date, StartDate, "date of the core group", "start of the plan", "Date");
        var meeting = new CoreGroupMeeting(Ids.New(), date);
        _coreGroups.Add(meeting);
        Episode.Touch();
        return meeting;
    }

    /// <summary>A review conference: the plan continues (perhaps under a new category) or ends that day.</summary>
    public ChildProtectionConference HoldReview(DateOnly date, bool planContinues, string? latestCategory, Guid? chairId, DateOnly today)
    {
        EnsureOpen("record a review conference");
        Guard.NotInFuture(date, today, "date of the review conference", "Date");
        var last = LastReviewOrStart;
        if (date <= last)
            throw new JourneyRuleException($"The review conference must be after the {(_reviews.Count == 0 ? "start of the plan" : "last review")} ({Guard.Show(last)})", "Date");
        if (!planContinues) EnsureNotBeforeCoreGroups(date, "date of the review conference", "Date");
        if (planContinues && latestCategory is not null)
            LatestCategory = CodeLists.CategoryOfAbuse.Require(latestCategory, nameof(LatestCategory));
        var conference = new ChildProtectionConference(Episode, ConferenceKind.Review, date, planContinues, null, Id, chairId);
        Episode.RecordConference(conference);
        _reviews.Add(new PlanReview(Ids.New(), date, conference.Id));
        if (!planContinues) { EndDate = date; EndReason = "Review conference: plan no longer needed"; }
        Episode.Touch();
        return conference;
    }

    /// <summary>Ends the plan outside a review conference (the child moved away, was adopted, turned 18, died).</summary>
    public void End(DateOnly date, string reason, DateOnly today)
    {
        EnsureOpen("end it");
        Guard.NotInFuture(date, today, "end date of the plan", nameof(EndDate));
        Guard.NotBefore(date, StartDate, "end date of the plan", "start of the plan", nameof(EndDate));
        if (_reviews.Count > 0) Guard.NotBefore(date, LastReviewOrStart, "end date of the plan", "last review", nameof(EndDate));
        EnsureNotBeforeCoreGroups(date, "end date of the plan", nameof(EndDate));
        EndReason = Guard.Required(reason, "why the plan ended", nameof(EndReason), 500);
        EndDate = date;
        Episode.Touch();
    }

    // A plan cannot end before a core group it already held.
    private void EnsureNotBeforeCoreGroups(DateOnly end, string what, string field)
    {
        if (_coreGroups.Count > 0) Guard.NotBefore(end, _coreGroups.Max(c => c.Date), what, "last core group", field);
    }

    private void EnsureOpen(string action)
    {
        if (!IsOpen) throw new JourneyRuleException($"The plan ended on {Guard.Show(EndDate!.Value)}: you cannot {action}", nameof(EndDate));
    }
}
