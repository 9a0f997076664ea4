using Safeguard.Core.Clock;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.People;

namespace Safeguard.Core.Returns.Cin;

/// <summary>
/// The census record of one child from flat rows, field for field what <see cref="CensusFromRecords"/> makes of the
/// whole aggregate (same year window, same ordering, same derived values). A test writes both for a generated
/// authority and compares the files byte for byte, so the two cannot drift apart unnoticed.
/// </summary>
public static class CensusFromRows
{
    // Every child of the census passes through here (≈590,000 for England), so it is plain loops rather than LINQ:
    // the lists are a few items long and the LINQ version spent more on iterators and sorts than on the work.

    public static CensusChild? Child(CensusChildRows rows, int year, StatutoryClock clock)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var end = new DateOnly(year, 3, 31);
        var start = end.AddYears(-1).AddDays(1);
        var inYear = new List<EpisodeRow>(rows.Episodes.Count);
        foreach (var e in rows.Episodes)
            if (e.ReferralDate <= end && (e.ClosureDate is null || e.ClosureDate >= start)) Insert(inYear, e, e.ReferralDate, e.Id, static x => (x.ReferralDate, x.Id));
        if (inYear.Count == 0) return null;
        var episodes = new CinDetails[inYear.Count];
        for (var i = 0; i < episodes.Length; i++) episodes[i] = Details(rows, inYear[i], start, end, clock);

        var child = rows.Child;
        return new CensusChild
        {
            Identifiers = new ChildIdentifiers
            {
                LaChildId = child.LaChildId,
                Upn = child.Upn,
                UpnUnknown = child.Upn is null ? CensusFromRecords.UpnUnknown(child.DateOfBirth, episodes, end) : null,
                PersonBirthDate = child.DateOfBirth,
                ExpectedPersonBirthDate = child.DateOfBirth is null ? child.ExpectedDateOfBirth : null,
                Sex = child.Sex.ToCode(),
                PersonDeathDate = child.DateOfDeath is { } died && died <= end ? died : null,
            },
            Characteristics = new ChildCharacteristics
            {
                Ethnicity = child.Ethnicity,
                Disabilities = rows.Disabilities.Count == 0 ? None : Codes(rows.Disabilities, ownerId: null),
            },
            CinDetails = episodes,
        };
    }

    // Shared by every child without a disability; read-only so no caller can change it for the others.
    private static readonly IReadOnlyList<string> None = Array.AsReadOnly(["NONE"]);

    private static CinDetails Details(CensusChildRows rows, EpisodeRow e, DateOnly start, DateOnly end, StatutoryClock clock)
    {
        DateOnly? ByEnd(DateOnly? d) => d is { } v && v <= end ? v : null;
        var closed = ByEnd(e.ClosureDate);
        DateOnly? transferIn = null;
        foreach (var c in rows.Conferences)
            if (c.EpisodeId == e.Id && c.Date <= end && c.Kind == ConferenceKind.TransferIn && (transferIn is null || c.Date < transferIn))
                transferIn = c.Date;

        var assessments = new List<AssessmentRow>();
        foreach (var a in rows.Assessments)
            if (a.EpisodeId == e.Id && a.StartDate <= end && (a.AuthorisationDate is null || a.AuthorisationDate >= start))
                Insert(assessments, a, a.StartDate, a.Id, static x => (x.StartDate, x.Id));
        var cinPlans = new List<CinPlanRow>();
        foreach (var p in rows.CinPlans)
            if (p.EpisodeId == e.Id && p.StartDate <= end && (p.EndDate is null || p.EndDate >= start))
                Insert(cinPlans, p, p.StartDate, p.Id, static x => (x.StartDate, x.Id));
        var section47s = new List<Section47Row>();
        foreach (var s in rows.Section47s)
            if (s.EpisodeId == e.Id && s.StartDate <= end && (Finished(s) is not { } f || f >= start))
                Insert(section47s, s, s.StartDate, s.Id, static x => (x.StartDate, x.Id));
        var plans = new List<ProtectionPlanRow>();
        foreach (var p in rows.ProtectionPlans)
            if (p.EpisodeId == e.Id && p.StartDate <= end && (p.EndDate is null || p.EndDate >= start))
                Insert(plans, p, p.StartDate, p.Id, static x => (x.StartDate, x.Id));

        return new CinDetails
        {
            CinReferralDate = e.ReferralDate,
            ReferralSource = e.ReferralSource,
            PrimaryNeedCode = e.PrimaryNeed,
            CinClosureDate = closed,
            ReasonForClosure = closed is null ? null : e.ClosureReason,
            DateOfInitialCpc = transferIn,
            // EpisodeOfNeed.ReferralNfa: no further action or passed to early help.
            ReferralNfaText = YesNo.Format(e.DecisionDate <= end && e.Decision is ReferralDecision.NoFurtherAction or ReferralDecision.EarlyHelp),
            Assessments = Map(assessments, a => new Assessment
            {
                ActualStartDate = a.StartDate,
                AuthorisationDate = ByEnd(a.AuthorisationDate),
                Factors = ByEnd(a.AuthorisationDate) is null ? [] : Codes(rows.Factors, a.Id),
            }),
            CinPlans = Map(cinPlans, p => new CinPlan { StartDate = p.StartDate, EndDate = ByEnd(p.EndDate) }),
            Section47s = Map(section47s, s => new Section47Enquiry
            {
                ActualStartDate = s.StartDate,
                InitialCpcTarget = clock.DueOn(RuleIds.InitialChildProtectionConference, s.StrategyDiscussionDate),
                DateOfInitialCpc = ByEnd(s.ConferenceDate),
                IcpcNotRequiredText = YesNo.Format(ConferenceNotRequired(s) && s.OutcomeDate <= end),
            }),
            ChildProtectionPlans = Map(plans, p => new ChildProtectionPlan
            {
                StartDate = p.StartDate,
                EndDate = ByEnd(p.EndDate),
                InitialCategoryOfAbuse = p.InitialCategory,
                LatestCategoryOfAbuse = p.LatestCategory,
                NumberOfPreviousCpp = p.PreviousPlans,
                ReviewDates = Reviews(rows.Reviews, p.Id, start, end),
            }),
        };
    }

    /// <summary>
    /// Adds <paramref name="item"/> in (date, id) order: an insertion sort, stable like the OrderBy().ThenBy() it
    /// replaces (the reference path's order), and the cheapest sort for lists of a few items.
    /// </summary>
    private static void Insert<T>(List<T> list, T item, DateOnly date, Guid id, Func<T, (DateOnly Date, Guid Id)> key)
    {
        var i = list.Count;
        while (i > 0 && key(list[i - 1]) is var (d, k) && (d > date || (d == date && k.CompareTo(id) > 0))) i--;
        list.Insert(i, item);
    }

    private static IReadOnlyList<TOut> Map<TIn, TOut>(List<TIn> rows, Func<TIn, TOut> map)
    {
        if (rows.Count == 0) return [];
        var mapped = new TOut[rows.Count];
        for (var i = 0; i < mapped.Length; i++) mapped[i] = map(rows[i]);
        return mapped;
    }

    /// <summary>The codes owned by <paramref name="ownerId"/> (all of them when null), in ordinal order.</summary>
    private static IReadOnlyList<string> Codes(List<CodeRow> rows, Guid? ownerId)
    {
        List<string>? codes = null;
        foreach (var r in rows)
            if (ownerId is null || r.OwnerId == ownerId) (codes ??= new List<string>(rows.Count)).Add(r.Code);
        if (codes is null) return [];
        codes.Sort(StringComparer.Ordinal);
        return codes;
    }

    private static IReadOnlyList<DateOnly?> Reviews(List<PlanReviewRow> rows, Guid planId, DateOnly start, DateOnly end)
    {
        List<DateOnly?>? dates = null;
        foreach (var r in rows)
            if (r.PlanId == planId && r.Date >= start && r.Date <= end) (dates ??= new List<DateOnly?>(rows.Count)).Add(r.Date);
        if (dates is null) return [];
        dates.Sort();
        return dates;
    }

    // Section47Enquiry.ConferenceNotRequired: substantiated without a conference, or not substantiated.
    private static bool ConferenceNotRequired(Section47Row s) =>
        s.Outcome is Section47Outcome.ConcernsSubstantiatedNoConference or Section47Outcome.ConcernsNotSubstantiated;

    private static DateOnly? Finished(Section47Row s) => s.ConferenceDate ?? (ConferenceNotRequired(s) ? s.OutcomeDate : null);
}
