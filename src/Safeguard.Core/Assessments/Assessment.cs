using Safeguard.Core.Codes;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.Shared;

namespace Safeguard.Core.Assessments;

/// <summary>One factor identified at the end of an assessment (CIN census N00181).</summary>
public sealed record AssessmentFactor(string Code);

/// <summary>
/// An assessment of a child's needs. Recording is narrative first: the worker writes the analysis; the statutory
/// items (factors, outcome) are what the census needs and no more. A team manager's authorisation completes it.
/// </summary>
public sealed class Assessment
{
    private readonly List<AssessmentFactor> _factors = [];

    private Assessment() { }

    internal Assessment(EpisodeOfNeed episode, AssessmentKind kind, DateOnly start)
    {
        Id = Ids.New();
        Episode = episode; EpisodeId = episode.Id; Kind = kind; StartDate = start;
    }

    public Guid Id { get; private set; }
    public Guid EpisodeId { get; private set; }
    public EpisodeOfNeed Episode { get; private set; } = null!;
    public AssessmentKind Kind { get; private set; }
    public DateOnly StartDate { get; private set; }
    public string? Analysis { get; private set; }
    public AssessmentOutcome? Outcome { get; private set; }

    /// <summary>When the worker submitted it for a manager's authorisation.</summary>
    public DateOnly? SubmittedDate { get; private set; }

    /// <summary>The census's AssessmentAuthorisationDate: the assessment is complete from this day.</summary>
    public DateOnly? AuthorisationDate { get; private set; }

    public Guid? AuthorisedBy { get; private set; }
    public IReadOnlyList<AssessmentFactor> Factors => _factors;

    public bool IsInProgress => AuthorisationDate is null;

    public void SaveAnalysis(string analysis)
    {
        EnsureInProgress();
        Analysis = Guard.Optional(analysis, "the analysis", nameof(Analysis), 50000);
        Episode.Touch();
    }

    /// <summary>The worker's completion: analysis, factors and outcome, sent to a manager to authorise.</summary>
    public void Submit(DateOnly date, string analysis, IEnumerable<string> factors, AssessmentOutcome outcome, DateOnly today)
    {
        EnsureInProgress();
        Guard.NotInFuture(date, today, "date the assessment was completed", nameof(SubmittedDate));
        Guard.NotBefore(date, StartDate, "date the assessment was completed", "assessment start date", nameof(SubmittedDate));
        var codes = factors.Select(f => CodeLists.AssessmentFactor.Require(f, nameof(Factors))).Distinct().ToList();
        if (codes.Count == 0) throw new JourneyRuleException("Select the factors identified, or 'No factors identified'", nameof(Factors));
        if (codes.Contains("21") && codes.Count > 1)
            throw new JourneyRuleException("Select 'No factors identified' on its own, or the factors you identified", nameof(Factors));
        Analysis = Guard.Required(analysis, "your analysis of the child's needs", nameof(Analysis), 50000);
        _factors.Clear();
        _factors.AddRange(codes.Select(c => new AssessmentFactor(c)));
        Outcome = outcome;
        SubmittedDate = date;
        Episode.Touch();
    }

    public void Authorise(DateOnly date, Guid managerId, DateOnly today)
    {
        EnsureInProgress();
        if (SubmittedDate is not { } submitted) throw new JourneyRuleException("The assessment has not been submitted for authorisation", nameof(AuthorisationDate));
        Guard.NotInFuture(date, today, "authorisation date", nameof(AuthorisationDate));
        Guard.NotBefore(date, submitted, "authorisation date", "date it was submitted", nameof(AuthorisationDate));
        AuthorisationDate = date;
        AuthorisedBy = managerId;
        Episode.Touch();
    }

    /// <summary>A manager sends it back: the worker revises and submits again.</summary>
    public void ReturnForRevision()
    {
        EnsureInProgress();
        if (SubmittedDate is null) throw new JourneyRuleException("The assessment has not been submitted for authorisation", nameof(AuthorisationDate));
        SubmittedDate = null;
        Episode.Touch();
    }

    private void EnsureInProgress()
    {
        if (!IsInProgress) throw new JourneyRuleException($"The assessment was authorised on {Guard.Show(AuthorisationDate!.Value)} and cannot be changed", nameof(AuthorisationDate));
    }
}
