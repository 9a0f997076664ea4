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
    public static CensusChild? Child(CensusChildRows rows, int year, StatutoryClock clock)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var end = new DateOnly(year, 3, 31);
        var start = end.AddYears(-1).AddDays(1);
        var episodes = rows.Episodes
            .Where(e => e.ReferralDate <= end && (e.ClosureDate is null || e.ClosureDate >= start))
            .OrderBy(e => e.ReferralDate).ThenBy(e => e.Id)
            .Select(e => Details(rows, e, start, end, clock))
            .ToList();
        if (episodes.Count == 0) return null;

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
                Disabilities = rows.Disabilities.Count == 0 ? ["NONE"] : [.. rows.Disabilities.Select(d => d.Code).Order(StringComparer.Ordinal)],
            },
            CinDetails = episodes,
        };
    }

    private static CinDetails Details(CensusChildRows rows, EpisodeRow e, DateOnly start, DateOnly end, StatutoryClock clock)
    {
        DateOnly? ByEnd(DateOnly? d) => d is { } v && v <= end ? v : null;
        var closed = ByEnd(e.ClosureDate);
        var conferences = rows.Conferences.Where(c => c.EpisodeId == e.Id && c.Date <= end).ToList();
        return new CinDetails
        {
            CinReferralDate = e.ReferralDate,
            ReferralSource = e.ReferralSource,
            PrimaryNeedCode = e.PrimaryNeed,
            CinClosureDate = closed,
            ReasonForClosure = closed is null ? null : e.ClosureReason,
            DateOfInitialCpc = conferences.Where(c => c.Kind == ConferenceKind.TransferIn).Select(c => (DateOnly?)c.Date).Min(),
            // EpisodeOfNeed.ReferralNfa: no further action or passed to early help.
            ReferralNfaText = YesNo.Format(e.DecisionDate <= end && e.Decision is ReferralDecision.NoFurtherAction or ReferralDecision.EarlyHelp),
            Assessments = [.. rows.Assessments
                .Where(a => a.EpisodeId == e.Id && a.StartDate <= end && (a.AuthorisationDate is null || a.AuthorisationDate >= start))
                .OrderBy(a => a.StartDate).ThenBy(a => a.Id)
                .Select(a => new Assessment
                {
                    ActualStartDate = a.StartDate,
                    AuthorisationDate = ByEnd(a.AuthorisationDate),
                    Factors = ByEnd(a.AuthorisationDate) is null ? []
                        : [.. rows.Factors.Where(f => f.OwnerId == a.Id).Select(f => f.Code).Order(StringComparer.Ordinal)],
                })],
            CinPlans = [.. rows.CinPlans
                .Where(p => p.EpisodeId == e.Id && p.StartDate <= end && (p.EndDate is null || p.EndDate >= start))
                .OrderBy(p => p.StartDate).ThenBy(p => p.Id)
                .Select(p => new CinPlan { StartDate = p.StartDate, EndDate = ByEnd(p.EndDate) })],
            Section47s = [.. rows.Section47s
                .Where(s => s.EpisodeId == e.Id && s.StartDate <= end && (Finished(s) is not { } f || f >= start))
                .OrderBy(s => s.StartDate).ThenBy(s => s.Id)
                .Select(s => new Section47Enquiry
                {
                    ActualStartDate = s.StartDate,
                    InitialCpcTarget = clock.Due(RuleIds.InitialChildProtectionConference, s.StrategyDiscussionDate).Due,
                    DateOfInitialCpc = ByEnd(s.ConferenceDate),
                    IcpcNotRequiredText = YesNo.Format(ConferenceNotRequired(s) && s.OutcomeDate <= end),
                })],
            ChildProtectionPlans = [.. rows.ProtectionPlans
                .Where(p => p.EpisodeId == e.Id && p.StartDate <= end && (p.EndDate is null || p.EndDate >= start))
                .OrderBy(p => p.StartDate).ThenBy(p => p.Id)
                .Select(p => new ChildProtectionPlan
                {
                    StartDate = p.StartDate,
                    EndDate = ByEnd(p.EndDate),
                    InitialCategoryOfAbuse = p.InitialCategory,
                    LatestCategoryOfAbuse = p.LatestCategory,
                    NumberOfPreviousCpp = p.PreviousPlans,
                    ReviewDates = [.. rows.Reviews.Where(r => r.PlanId == p.Id && r.Date >= start && r.Date <= end).Select(r => (DateOnly?)r.Date).Order()],
                })],
        };
    }

    // Section47Enquiry.ConferenceNotRequired: substantiated without a conference, or not substantiated.
    private static bool ConferenceNotRequired(Section47Row s) =>
        s.Outcome is Section47Outcome.ConcernsSubstantiatedNoConference or Section47Outcome.ConcernsNotSubstantiated;

    private static DateOnly? Finished(Section47Row s) => s.ConferenceDate ?? (ConferenceNotRequired(s) ? s.OutcomeDate : null);
}
