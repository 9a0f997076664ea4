using Safeguard.Core.Codes;
using Safeguard.Core.Shared;

namespace Safeguard.Core.FrontDoor;

public enum ClosureRequestStatus { AwaitingAuthorisation, Authorised, Returned }

/// <summary>
/// A social worker's request to close the case, which a team manager authorises (and the episode closes) or returns
/// with comments. Kept after the decision, so the record shows who asked, who signed it off and why.
/// </summary>
public sealed class ClosureRequest
{
    private ClosureRequest() { }

    internal ClosureRequest(Guid episodeId, string reason, DateOnly closureDate, string summary, Guid requestedBy, DateOnly requestedOn)
    {
        Id = Ids.New();
        EpisodeId = episodeId; Reason = reason; ClosureDate = closureDate; Summary = summary;
        RequestedBy = requestedBy; RequestedOn = requestedOn;
    }

    public Guid Id { get; private set; }
    public Guid EpisodeId { get; private set; }

    /// <summary>The census's reason for closure (RC1–RC9).</summary>
    public string Reason { get; private set; } = "";

    /// <summary>The date the case is to close: the census's CINclosureDate once authorised.</summary>
    public DateOnly ClosureDate { get; private set; }

    /// <summary>The worker's closing summary: what was done, what changed, what the family was told.</summary>
    public string Summary { get; private set; } = "";

    public Guid RequestedBy { get; private set; }
    public DateOnly RequestedOn { get; private set; }
    public ClosureRequestStatus Status { get; private set; }

    /// <summary>The manager who authorised or returned it, and when.</summary>
    public Guid? DecidedBy { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public string? ReturnComments { get; private set; }

    public bool IsAwaitingAuthorisation => Status == ClosureRequestStatus.AwaitingAuthorisation;

    public string ReasonText => CodeLists.ClosureReason.Describe(Reason);

    internal void Authorise(Guid managerId, DateOnly today)
    {
        EnsureAwaiting(managerId, today);
        Status = ClosureRequestStatus.Authorised;
        DecidedBy = managerId; DecidedOn = today;
    }

    internal void Return(Guid managerId, string comments, DateOnly today)
    {
        var checkedComments = Guard.Required(comments, "your comments for the worker", nameof(ReturnComments), 4000);
        EnsureAwaiting(managerId, today);
        Status = ClosureRequestStatus.Returned;
        DecidedBy = managerId; DecidedOn = today; ReturnComments = checkedComments;
    }

    internal void EnsureAwaiting(Guid managerId, DateOnly today)
    {
        if (!IsAwaitingAuthorisation)
            throw new JourneyRuleException($"The closure request was already {(Status == ClosureRequestStatus.Authorised ? "authorised" : "returned")} on {Guard.Show(DecidedOn!.Value)}", nameof(Status));
        if (managerId == RequestedBy)
            throw new JourneyRuleException("You asked for this closure: another manager must authorise it", nameof(Status));
        Guard.NotBefore(today, RequestedOn, "decision", "date closure was requested", nameof(DecidedOn));
    }
}
