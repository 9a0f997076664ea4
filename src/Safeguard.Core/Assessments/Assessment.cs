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

    /// <summary>Who submitted it, when the submission was recorded through the service.</summary>
    public Guid? SubmittedBy { get; private set; }

    /// <summary>The last time a manager sent it back: who, when and what they asked for.</summary>
    public Guid? ReturnedBy { get; private set; }
    public DateOnly? ReturnedDate { get; private set; }
    public string? ReturnComments { get; private set; }

    public IReadOnlyList<AssessmentFactor> Factors => _factors;

    public bool IsInProgress => AuthorisationDate is null;

    /// <summary>Submitted and waiting for a manager: the worker cannot change it until it is authorised or returned.</summary>
    public bool IsAwaitingAuthorisation => IsInProgress && SubmittedDate is not null;

    public void SaveAnalysis(string analysis)
    {
        EnsureInProgress();
        Analysis = Guard.Optional(analysis, "the analysis", nameof(Analysis), 50000);
        Episode.Touch();
    }

    /// <summary>
    /// The worker's draft, saved as often as they like: nothing is required yet, but what is there must be valid
    /// (real factor codes, no markup), so the draft can always be submitted once it is complete.
    /// </summary>
    public void SaveDraft(string? analysis, IEnumerable<string> factors, AssessmentOutcome? outcome)
    {
        EnsureDraft();
        var checkedAnalysis = Guard.Optional(analysis, "your analysis of the child's needs", nameof(Analysis), 50000);
        var codes = CheckFactors(factors);
        Analysis = checkedAnalysis;
        _factors.Clear();
        _factors.AddRange(codes.Select(c => new AssessmentFactor(c)));
        Outcome = outcome;
        Episode.Touch();
    }

    /// <summary>Submitted through the service: as <see cref="Submit(DateOnly, string, IEnumerable{string}, AssessmentOutcome, DateOnly)"/>, recording who.</summary>
    public void Submit(DateOnly date, string analysis, IEnumerable<string> factors, AssessmentOutcome outcome, Guid submittedBy, DateOnly today)
    {
        EnsureDraft();
        Submit(date, analysis, factors, outcome, today);
        SubmittedBy = submittedBy;
    }

    /// <summary>The worker's completion: analysis, factors and outcome, sent to a manager to authorise.</summary>
    public void Submit(DateOnly date, string analysis, IEnumerable<string> factors, AssessmentOutcome outcome, DateOnly today)
    {
        EnsureInProgress();
        Guard.NotInFuture(date, today, "date the assessment was completed", nameof(SubmittedDate));
        Guard.NotBefore(date, StartDate, "date the assessment was completed", "assessment start date", nameof(SubmittedDate));
        var codes = CheckFactors(factors);
        if (codes.Count == 0) throw new JourneyRuleException("Select the factors identified, or 'No factors identified'", nameof(Factors));
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
        if (SubmittedBy == managerId)
            throw new JourneyRuleException("You submitted this assessment: another manager must authorise it", nameof(AuthorisationDate));
        AuthorisationDate = date;
        AuthorisedBy = managerId;
        Episode.Touch();
    }

    /// <summary>A manager sends it back with what to change: the worker revises the draft and submits again.</summary>
    public void ReturnForRevision(Guid managerId, string comments, DateOnly today)
    {
        var checkedComments = Guard.Required(comments, "your comments for the worker", nameof(ReturnComments), 4000);
        if (SubmittedDate is { } submitted && today < submitted)
            throw new JourneyRuleException($"The assessment was submitted on {Guard.Show(submitted)}, after today", nameof(ReturnComments));
        ReturnForRevision();
        ReturnedBy = managerId;
        ReturnedDate = today;
        ReturnComments = checkedComments;
    }

    /// <summary>A manager sends it back: the worker revises and submits again.</summary>
    public void ReturnForRevision()
    {
        EnsureInProgress();
        if (SubmittedDate is null) throw new JourneyRuleException("The assessment has not been submitted for authorisation", nameof(AuthorisationDate));
        SubmittedDate = null;
        SubmittedBy = null;
        Episode.Touch();
    }

    private static List<string> CheckFactors(IEnumerable<string> factors)
    {
        var codes = factors.Select(f => CodeLists.AssessmentFactor.Require(f, nameof(Factors))).Distinct().ToList();
        if (codes.Contains("21") && codes.Count > 1)
            throw new JourneyRuleException("Select 'No factors identified' on its own, or the factors you identified", nameof(Factors));
        return codes;
    }

    private void EnsureDraft()
    {
        EnsureInProgress();
        if (SubmittedDate is { } submitted)
            throw new JourneyRuleException($"The assessment was submitted for authorisation on {Guard.Show(submitted)}: it can be changed if the manager returns it", nameof(SubmittedDate));
    }

    private void EnsureInProgress()
    {
        if (!IsInProgress) throw new JourneyRuleException($"The assessment was authorised on {Guard.Show(AuthorisationDate!.Value)} and cannot be changed", nameof(AuthorisationDate));
    }
}
