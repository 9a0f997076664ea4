using Safeguard.Core.People;

namespace Safeguard.Core.Recording;

/// <summary>
/// What happened, in the order a chronology lists events that fall on the same day (the journey's order:
/// a contact comes before the referral it became, a conference before the plan it started).
/// </summary>
public enum ChronologyKind
{
    Contact,
    Referral,
    Decision,
    Allocation,
    AddressChange,
    StrategyDiscussion,
    Section47Started,
    AssessmentStarted,
    Section47Outcome,
    AssessmentAuthorised,
    Conference,
    PlanStarted,
    CoreGroup,
    PlanReview,
    PlanEnded,
    ChildInNeedPlanStarted,
    ChildInNeedPlanEnded,
    BecameLookedAfter,
    PlacementChange,
    LegalStatusChange,
    Visit,
    LookedAfterReview,
    Missing,
    Returned,
    CeasedLookedAfter,
    SignificantEvent,
    CaseClosed,
    Died,
}

/// <summary>
/// One line of a child's chronology. <see cref="SourceId"/> is the record it came from (the episode, plan,
/// conference, note...), so a page can link to it; <see cref="Agency"/> is who acted, where the record says.
/// </summary>
public sealed record ChronologyEntry(DateOnly Date, ChronologyKind Kind, string Title, string? Detail, Agency? Agency, Guid SourceId);
