using Safeguard.Core.FrontDoor;
using Safeguard.Core.Shared;

namespace Safeguard.Core.ChildInNeed;

/// <summary>A child in need plan under section 17 (the census's CINPlanDates).</summary>
public sealed class ChildInNeedPlan
{
    private readonly List<ChildInNeedPlanReview> _reviews = [];

    private ChildInNeedPlan() { }

    internal ChildInNeedPlan(EpisodeOfNeed episode, DateOnly start)
    {
        Id = Ids.New();
        Episode = episode; EpisodeId = episode.Id; StartDate = start;
    }

    public Guid Id { get; private set; }
    public Guid EpisodeId { get; private set; }
    public EpisodeOfNeed Episode { get; private set; } = null!;
    public DateOnly StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }

    public bool IsOpen => EndDate is null;

    /// <summary>The plan's reviews with the family and professionals, oldest first.</summary>
    public IReadOnlyList<ChildInNeedPlanReview> Reviews => _reviews;

    /// <summary>The date of the last review, or the start when there has been none: the next review counts from it.</summary>
    public DateOnly LastReviewOrStart => _reviews.Count == 0 ? StartDate : _reviews.Max(r => r.Date);

    /// <summary>
    /// Records a review of the plan. No statutory timescale applies to child in need plans (unlike child protection
    /// plans), so the review records what was decided, in order, while the plan is open.
    /// </summary>
    public ChildInNeedPlanReview Review(DateOnly date, string summary, Guid recordedBy, DateOnly today)
    {
        if (!IsOpen) throw new JourneyRuleException($"The plan ended on {Guard.Show(EndDate!.Value)}", nameof(ChildInNeedPlanReview.Date));
        Guard.NotInFuture(date, today, "date of the review", nameof(ChildInNeedPlanReview.Date));
        Guard.NotBefore(date, StartDate, "date of the review", "start of the plan", nameof(ChildInNeedPlanReview.Date));
        if (_reviews.Count > 0)
            Guard.NotBefore(date, LastReviewOrStart, "date of the review", "last review", nameof(ChildInNeedPlanReview.Date));
        var review = new ChildInNeedPlanReview(date,
            Guard.Required(summary, "what the review found and decided", nameof(ChildInNeedPlanReview.Summary), 20000), recordedBy);
        _reviews.Add(review);
        Episode.Touch();
        return review;
    }

    public void End(DateOnly date, DateOnly today)
    {
        if (!IsOpen) throw new JourneyRuleException($"The plan ended on {Guard.Show(EndDate!.Value)}", nameof(EndDate));
        Guard.NotInFuture(date, today, "end date of the plan", nameof(EndDate));
        Guard.NotBefore(date, StartDate, "end date of the plan", "start of the plan", nameof(EndDate));
        if (_reviews.Count > 0) Guard.NotBefore(date, LastReviewOrStart, "end date of the plan", "last review", nameof(EndDate));
        EndDate = date;
        Episode.Touch();
    }
}

/// <summary>One review of a child in need plan: when, what it found and decided, and who recorded it.</summary>
public sealed class ChildInNeedPlanReview
{
    private ChildInNeedPlanReview() { }

    internal ChildInNeedPlanReview(DateOnly date, string summary, Guid recordedBy)
    {
        Id = Ids.New(); Date = date; Summary = summary; RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; }
    public DateOnly Date { get; private set; }
    public string Summary { get; private set; } = "";
    public Guid RecordedBy { get; private set; }
}
