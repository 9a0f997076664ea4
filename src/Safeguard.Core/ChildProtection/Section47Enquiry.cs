using Safeguard.Core.FrontDoor;
using Safeguard.Core.Shared;

namespace Safeguard.Core.ChildProtection;

public enum Section47Outcome
{
    /// <summary>Concerns substantiated and the child may be at continuing risk: an initial conference.</summary>
    ConferenceNeeded,

    /// <summary>Concerns substantiated but no conference: the census's ICPCnotRequired.</summary>
    ConcernsSubstantiatedNoConference,

    /// <summary>Concerns not substantiated: also no conference.</summary>
    ConcernsNotSubstantiated,
}

/// <summary>An enquiry under section 47 of the Children Act 1989, started by a strategy discussion.</summary>
public sealed class Section47Enquiry
{
    private Section47Enquiry() { }

    internal Section47Enquiry(EpisodeOfNeed episode, StrategyDiscussion discussion, DateOnly start)
    {
        Id = Ids.New();
        Episode = episode; EpisodeId = episode.Id; StrategyDiscussionId = discussion.Id;
        StrategyDiscussionDate = discussion.Date; StartDate = start;
    }

    public Guid Id { get; private set; }
    public Guid EpisodeId { get; private set; }
    public EpisodeOfNeed Episode { get; private set; } = null!;
    public Guid StrategyDiscussionId { get; private set; }

    /// <summary>The date of the strategy discussion that started the enquiry: the initial conference's clock runs from it.</summary>
    public DateOnly StrategyDiscussionDate { get; private set; }

    public DateOnly StartDate { get; private set; }
    public Section47Outcome? Outcome { get; private set; }
    public DateOnly? OutcomeDate { get; private set; }
    public DateOnly? ConferenceDate { get; private set; }

    /// <summary>The census's ICPCnotRequired flag.</summary>
    public bool ConferenceNotRequired => Outcome is Section47Outcome.ConcernsSubstantiatedNoConference or Section47Outcome.ConcernsNotSubstantiated;

    public void RecordOutcome(Section47Outcome outcome, DateOnly date, DateOnly today)
    {
        Episode.EnsureOpen("record the enquiry's outcome");
        if (Outcome is not null) throw new JourneyRuleException("The enquiry's outcome has already been recorded", nameof(Outcome));
        Guard.NotInFuture(date, today, "date of the outcome", nameof(OutcomeDate));
        Guard.NotBefore(date, StartDate, "date of the outcome", "start of the enquiry", nameof(OutcomeDate));
        Outcome = outcome;
        OutcomeDate = date;
        Episode.Touch();
    }

    internal void ConferenceHeld(DateOnly date) => ConferenceDate = date;
}
