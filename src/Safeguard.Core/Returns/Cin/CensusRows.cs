using Safeguard.Core.ChildProtection;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.People;

namespace Safeguard.Core.Returns.Cin;

// The census facts of one child as flat rows, one kind per table: what the fast export reads from the database
// (a handful of no-tracking projections ordered by child) instead of whole child aggregates. Only the columns the
// census needs are carried; CensusFromRows turns them into exactly what CensusFromRecords makes of the aggregate.

/// <summary>A row that belongs to one child: the key the export's streams are merged on.</summary>
public interface ICensusRow
{
    Guid ChildId { get; }
}

public sealed record ChildRow(Guid ChildId, Guid AuthorityId, string LaChildId, string? Upn, DateOnly? DateOfBirth, DateOnly? ExpectedDateOfBirth,
    Sex Sex, string Ethnicity, DateOnly? DateOfDeath) : ICensusRow;

/// <summary>A code owned by a child (a disability: <paramref name="OwnerId"/> is the child) or an assessment (a factor).</summary>
public sealed record CodeRow(Guid ChildId, Guid OwnerId, string Code) : ICensusRow;

public sealed record EpisodeRow(Guid ChildId, Guid Id, DateOnly ReferralDate, string ReferralSource, string PrimaryNeed,
    DateOnly? ClosureDate, string? ClosureReason, ReferralDecision? Decision, DateOnly? DecisionDate) : ICensusRow;

public sealed record AssessmentRow(Guid ChildId, Guid EpisodeId, Guid Id, DateOnly StartDate, DateOnly? AuthorisationDate) : ICensusRow;

public sealed record CinPlanRow(Guid ChildId, Guid EpisodeId, Guid Id, DateOnly StartDate, DateOnly? EndDate) : ICensusRow;

public sealed record Section47Row(Guid ChildId, Guid EpisodeId, Guid Id, DateOnly StartDate, DateOnly StrategyDiscussionDate,
    Section47Outcome? Outcome, DateOnly? OutcomeDate, DateOnly? ConferenceDate) : ICensusRow;

/// <summary>A conference: only transfer-in conferences reach the census (their date goes on the episode).</summary>
public sealed record ConferenceRow(Guid ChildId, Guid EpisodeId, ConferenceKind Kind, DateOnly Date) : ICensusRow;

public sealed record ProtectionPlanRow(Guid ChildId, Guid EpisodeId, Guid Id, DateOnly StartDate, DateOnly? EndDate,
    string InitialCategory, string LatestCategory, int PreviousPlans) : ICensusRow;

public sealed record PlanReviewRow(Guid ChildId, Guid PlanId, DateOnly Date) : ICensusRow;

/// <summary>Everything the census needs about one child, gathered from the row streams.</summary>
public sealed class CensusChildRows(ChildRow child)
{
    public ChildRow Child { get; } = child;
    public List<CodeRow> Disabilities { get; } = [];
    public List<EpisodeRow> Episodes { get; } = [];
    public List<AssessmentRow> Assessments { get; } = [];
    public List<CodeRow> Factors { get; } = [];
    public List<CinPlanRow> CinPlans { get; } = [];
    public List<Section47Row> Section47s { get; } = [];
    public List<ConferenceRow> Conferences { get; } = [];
    public List<ProtectionPlanRow> ProtectionPlans { get; } = [];
    public List<PlanReviewRow> Reviews { get; } = [];
}
