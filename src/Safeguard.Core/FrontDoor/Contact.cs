using Safeguard.Core.People;

namespace Safeguard.Core.FrontDoor;

public enum ContactOutcome { AwaitingDecision, ProgressedToReferral, AdviceAndInformation, EarlyHelp, NoFurtherAction }

/// <summary>A contact to the front door about a child: the first thing heard, before anyone decides it is a referral.</summary>
public sealed class Contact
{
    private Contact() { }

    internal Contact(Child child, DateOnly receivedOn, string source, string summary, Guid? fromProfessionalId, Guid? submittedBy)
    {
        Id = Shared.Ids.New();
        ChildId = child.Id; ReceivedOn = receivedOn; Source = source; Summary = summary; FromProfessionalId = fromProfessionalId;
        SubmittedBy = submittedBy;
        Outcome = ContactOutcome.AwaitingDecision;
    }

    public Guid Id { get; private set; }
    public Guid ChildId { get; private set; }
    public DateOnly ReceivedOn { get; private set; }

    /// <summary>Who made contact, as a CIN census referral source code.</summary>
    public string Source { get; private set; } = "";

    public string Summary { get; private set; } = "";
    public Guid? FromProfessionalId { get; private set; }

    /// <summary>The partner practitioner's user (worker) when they submitted the contact through the service themselves.</summary>
    public Guid? SubmittedBy { get; private set; }
    public ContactOutcome Outcome { get; private set; }
    public Guid? EpisodeId { get; private set; }

    internal void ProgressToReferral(Guid episodeId)
    {
        Outcome = ContactOutcome.ProgressedToReferral;
        EpisodeId = episodeId;
    }

    public void Conclude(ContactOutcome outcome, Child child)
    {
        if (child.Id != ChildId) throw new Shared.JourneyRuleException("That contact is not on this child's record", "ContactId");
        if (outcome is ContactOutcome.AwaitingDecision or ContactOutcome.ProgressedToReferral)
            throw new Shared.JourneyRuleException("Choose advice and information, early help or no further action; record a referral to progress it", nameof(Outcome));
        if (Outcome != ContactOutcome.AwaitingDecision)
            throw new Shared.JourneyRuleException("This contact already has an outcome", nameof(Outcome));
        Outcome = outcome;
        child.Touch();
    }
}
