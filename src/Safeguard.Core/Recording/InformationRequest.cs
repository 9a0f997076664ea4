using Safeguard.Core.Shared;

namespace Safeguard.Core.Recording;

/// <summary>
/// A question put to a partner practitioner (police, health, school) about a child — at the front door, for a strategy
/// discussion or an enquiry. The partner sees the question and their own answer, never the rest of the record.
/// </summary>
public sealed class InformationRequest
{
    private InformationRequest() { }

    internal InformationRequest(Guid childId, Guid partnerId, string question, Guid askedBy, DateOnly askedOn)
    {
        Id = Ids.New();
        ChildId = childId; PartnerId = partnerId; Question = question; AskedBy = askedBy; AskedOn = askedOn;
    }

    public Guid Id { get; private set; }
    public Guid ChildId { get; private set; }

    /// <summary>The partner practitioner (a worker with a partner role) who is asked.</summary>
    public Guid PartnerId { get; private set; }

    public string Question { get; private set; } = "";
    public Guid AskedBy { get; private set; }
    public DateOnly AskedOn { get; private set; }
    public string? Answer { get; private set; }
    public DateOnly? AnsweredOn { get; private set; }

    public bool IsAnswered => AnsweredOn is not null;

    internal void Respond(string answer, DateOnly today)
    {
        if (IsAnswered) throw new JourneyRuleException("This request has already been answered", nameof(Answer));
        Answer = Guard.Required(answer, "your answer", nameof(Answer), 8000);
        AnsweredOn = today;
    }
}
