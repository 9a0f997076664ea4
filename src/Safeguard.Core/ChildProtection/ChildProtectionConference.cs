using Safeguard.Core.FrontDoor;

namespace Safeguard.Core.ChildProtection;

public enum ConferenceKind { Initial, TransferIn, Review }

/// <summary>A child protection conference: the initial one after a section 47 enquiry, a transfer-in, or a review of a plan.</summary>
public sealed class ChildProtectionConference
{
    private ChildProtectionConference() { }

    internal ChildProtectionConference(EpisodeOfNeed episode, ConferenceKind kind, DateOnly date, bool planRequired, Guid? section47Id, Guid? planId, Guid? chairId)
    {
        Id = Shared.Ids.New();
        EpisodeId = episode.Id; Kind = kind; Date = date; PlanRequired = planRequired;
        Section47Id = section47Id; PlanId = planId; ChairId = chairId;
    }

    public Guid Id { get; private set; }
    public Guid EpisodeId { get; private set; }
    public ConferenceKind Kind { get; private set; }
    public DateOnly Date { get; private set; }

    /// <summary>For an initial or transfer-in conference: whether it decided on a plan. For a review: whether the plan continues.</summary>
    public bool PlanRequired { get; private set; }

    public Guid? Section47Id { get; private set; }

    /// <summary>The plan this conference started or reviewed.</summary>
    public Guid? PlanId { get; private set; }

    public Guid? ChairId { get; private set; }

    internal void StartedPlan(Guid planId) => PlanId = planId;
}
