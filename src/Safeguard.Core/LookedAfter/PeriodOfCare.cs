using Safeguard.Core.Codes;
using Safeguard.Core.People;
using Safeguard.Core.Shared;

namespace Safeguard.Core.LookedAfter;

/// <summary>
/// A period during which the child is looked after by the authority: a chain of SSDA903 episodes with their
/// placements, the IRO's reviews, statutory visits and missing episodes.
/// </summary>
public sealed class PeriodOfCare
{
    private readonly List<CareEpisode> _episodes = [];
    private readonly List<LookedAfterReview> _reviews = [];
    private readonly List<StatutoryVisit> _visits = [];
    private readonly List<MissingEpisode> _missingEpisodes = [];

    private PeriodOfCare() { }

    internal PeriodOfCare(Child child, DateOnly start, string legalStatus, string categoryOfNeed, string placementType, string placementProvider,
        string? placementPostcode, bool longTermPlacement)
    {
        Id = Ids.New();
        Child = child; ChildId = child.Id; StartDate = start;
        _episodes.Add(NewEpisode(start, "S", legalStatus, categoryOfNeed, placementType, placementProvider, placementPostcode, longTermPlacement, null));
    }

    public Guid Id { get; private set; }
    public Guid ChildId { get; private set; }
    public Child Child { get; private set; } = null!;
    public DateOnly StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }
    public IReadOnlyList<CareEpisode> Episodes => _episodes;
    public IReadOnlyList<LookedAfterReview> Reviews => _reviews;
    public IReadOnlyList<StatutoryVisit> Visits => _visits;
    public IReadOnlyList<MissingEpisode> MissingEpisodes => _missingEpisodes;

    public bool IsOpen => EndDate is null;

    public CareEpisode CurrentEpisode => _episodes.OrderBy(e => e.StartDate).Last();

    /// <summary>The episode that started the current placement (a legal-status-only change keeps the placement).</summary>
    public CareEpisode CurrentPlacementStart => _episodes.OrderBy(e => e.StartDate).Last(e => e.StartsPlacement);

    /// <summary>
    /// A change of placement and/or legal status: the current episode ends with X1 and a new one starts the same day.
    /// <paramref name="reasonForNewEpisode"/> says which changed (L, P, T, U, B).
    /// </summary>
    public CareEpisode Change(DateOnly date, string reasonForNewEpisode, string legalStatus, string placementType, string placementProvider,
        string? placementPostcode, bool longTermPlacement, string? reasonPlacementChanged, DateOnly today)
    {
        EnsureOpen("record a change");
        var rne = CodeLists.ReasonForNewEpisode.Require(reasonForNewEpisode, "ReasonForNewEpisode");
        if (rne == "S") throw new JourneyRuleException("'Started to be looked after' begins a new period of care, not a change", "ReasonForNewEpisode");
        var current = CurrentEpisode;
        Guard.NotInFuture(date, today, "date of the change", "StartDate");
        if (date <= current.StartDate)
            throw new JourneyRuleException($"The change must be after the current episode's start ({Guard.Show(current.StartDate)})", "StartDate");
        string? reason = null;
        if (rne != "L") reason = CodeLists.ReasonPlacementChanged.Require(reasonPlacementChanged, "ReasonPlacementChanged");
        if (rne == "L" && placementType != current.PlacementType)
            throw new JourneyRuleException("A change of legal status only keeps the same placement", "PlacementType");
        // RNE goes on the SSDA903 return: it must say truly whether the legal status changed.
        var legal = CodeLists.LegalStatus.Require(legalStatus, "LegalStatus");
        if (rne is "P" or "T" && legal != current.LegalStatus)
            throw new JourneyRuleException("A change of placement only keeps the same legal status: choose a reason that includes the change of legal status", "LegalStatus");
        if (rne is "L" or "U" or "B" && legal == current.LegalStatus)
            throw new JourneyRuleException($"The legal status is the same as before ({CodeLists.LegalStatus.Describe(legal)}): choose a reason without a change of legal status", "LegalStatus");
        // Build the next episode first, so a refused code leaves the current episode open.
        var next = NewEpisode(date, rne, legal, current.CategoryOfNeed, placementType, placementProvider, placementPostcode, longTermPlacement, reason);
        current.End(date, "X1");
        _episodes.Add(next);
        Child.Touch();
        return next;
    }

    /// <summary>The child stops being looked after: the last episode ends with its reason (REC).</summary>
    public void Cease(DateOnly date, string reasonCeased, DateOnly today)
    {
        EnsureOpen("end it");
        var rec = CodeLists.ReasonEpisodeCeased.Require(reasonCeased, "ReasonCeased");
        if (rec == "X1") throw new JourneyRuleException("X1 continues care in a new episode; choose why the child stopped being looked after", "ReasonCeased");
        var current = CurrentEpisode;
        Guard.NotInFuture(date, today, "date care ended", nameof(EndDate));
        Guard.NotBefore(date, current.StartDate, "date care ended", "start of the current episode", nameof(EndDate));
        if (_missingEpisodes.Any(m => m.EndDate is null))
            throw new JourneyRuleException("Record the end of the open missing episode first", nameof(EndDate));
        if (_missingEpisodes.Count > 0)
            Guard.NotBefore(date, _missingEpisodes.Max(m => m.EndDate!.Value), "date care ended", "child's last return from missing", nameof(EndDate));
        current.End(date, rec);
        EndDate = date;
        Child.Touch();
    }

    public LookedAfterReview RecordReview(DateOnly date, string participation, DateOnly today)
    {
        Guard.NotInFuture(date, today, "date of the review", "Date");
        Guard.NotBefore(date, StartDate, "date of the review", "date the child became looked after", "Date");
        if (EndDate is { } end && date > end) throw new JourneyRuleException("The review must be on or before the date care ended", "Date");
        var review = new LookedAfterReview(Ids.New(), date, CodeLists.ReviewParticipation.Require(participation, "Participation"));
        _reviews.Add(review);
        Child.Touch();
        return review;
    }

    public StatutoryVisit RecordVisit(DateOnly date, bool seenAlone, DateOnly today)
    {
        Guard.NotInFuture(date, today, "date of the visit", "Date");
        Guard.NotBefore(date, StartDate, "date of the visit", "date the child became looked after", "Date");
        if (EndDate is { } end && date > end) throw new JourneyRuleException("The visit must be on or before the date care ended", "Date");
        var visit = new StatutoryVisit(Ids.New(), date, seenAlone);
        _visits.Add(visit);
        Child.Touch();
        return visit;
    }

    public MissingEpisode RecordMissing(MissingKind kind, DateOnly start, DateOnly today)
    {
        EnsureOpen("record a missing episode");
        Guard.NotInFuture(start, today, "date the child went missing", "StartDate");
        Guard.NotBefore(start, StartDate, "date the child went missing", "date the child became looked after", "StartDate");
        if (_missingEpisodes.Any(m => m.EndDate is null))
            throw new JourneyRuleException("The child is already recorded as missing: record their return first", "StartDate");
        var missing = new MissingEpisode(kind, start);
        _missingEpisodes.Add(missing);
        Child.Touch();
        return missing;
    }

    public void RecordReturn(Guid missingId, DateOnly date, DateOnly today)
    {
        var missing = _missingEpisodes.FirstOrDefault(m => m.Id == missingId && m.EndDate is null)
            ?? throw new JourneyRuleException("That missing episode is not open", "MissingId");
        Guard.NotInFuture(date, today, "date the child returned", "EndDate");
        Guard.NotBefore(date, missing.StartDate, "date the child returned", "date they went missing", "EndDate");
        missing.End(date);
        Child.Touch();
    }

    private CareEpisode NewEpisode(DateOnly start, string rne, string legalStatus, string categoryOfNeed, string placementType, string placementProvider,
        string? postcode, bool longTerm, string? reasonChanged) =>
        new(Id, start, rne, CodeLists.LegalStatus.Require(legalStatus, "LegalStatus"),
            CodeLists.PrimaryNeed.Require(categoryOfNeed, "CategoryOfNeed") is var need && need is "N9" or "N0"
                ? throw new JourneyRuleException("Choose a category of need from N1 to N8", "CategoryOfNeed") : need,
            CodeLists.PlacementType.Require(placementType, "PlacementType"), CodeLists.PlacementProvider.Require(placementProvider, "PlacementProvider"),
            Guard.Optional(postcode, "the placement postcode", "PlacementPostcode", 10)?.ToUpperInvariant(), longTerm, reasonChanged);

    private void EnsureOpen(string action)
    {
        if (!IsOpen) throw new JourneyRuleException($"Care ended on {Guard.Show(EndDate!.Value)}: you cannot {action}", nameof(EndDate));
    }
}
