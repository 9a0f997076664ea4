using Safeguard.Core.Clock;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using CaseEpisode = Safeguard.Core.FrontDoor.EpisodeOfNeed;

namespace Safeguard.Core.Returns.Cin;

/// <summary>
/// Writes the CIN census from the case records for a collection year (1 April to 31 March): every episode of need
/// open at any point in the year, with the activity in it up to 31 March. Nothing is re-keyed: each census field is
/// a recorded fact, and what happened after 31 March is left out (a closure in April is an open case in the return).
/// </summary>
public static class CensusFromRecords
{
    public static CinHeader Header(Authority authority, int year, DateTime madeAt, string serialNo = "001") => new()
    {
        Collection = "CIN",
        Year = year,
        ReferenceDate = new DateOnly(year, 3, 31),
        SourceLevel = "L",
        LaCode = authority.LaCode,
        SoftwareCode = "Safeguard",
        Release = "1",
        SerialNo = serialNo,
        DateTime = madeAt,
    };

    /// <summary>
    /// The child's census record for the year, or null when no episode of need was open during it. Ties (two episodes,
    /// assessments or plans starting the same day) go by record id and codes in ordinal order, so the file does not
    /// depend on the order the database happened to return rows in.
    /// </summary>
    public static CensusChild? Child(Child child, int year, StatutoryClock clock)
    {
        var end = new DateOnly(year, 3, 31);
        var start = end.AddYears(-1).AddDays(1);
        var episodes = child.Episodes
            .Where(e => e.ReferralDate <= end && (e.ClosureDate is null || e.ClosureDate >= start))
            .OrderBy(e => e.ReferralDate).ThenBy(e => e.Id)
            .Select(e => Details(e, start, end, clock))
            .ToList();
        if (episodes.Count == 0) return null;

        return new CensusChild
        {
            Identifiers = new ChildIdentifiers
            {
                LaChildId = child.LaChildId,
                Upn = child.Upn?.Value,
                UpnUnknown = child.Upn is null ? UpnUnknown(child.DateOfBirth, episodes, end) : null,
                PersonBirthDate = child.DateOfBirth,
                ExpectedPersonBirthDate = child.DateOfBirth is null ? child.ExpectedDateOfBirth : null,
                Sex = child.Sex.ToCode(),
                PersonDeathDate = child.DateOfDeath is { } died && died <= end ? died : null,
            },
            Characteristics = new ChildCharacteristics
            {
                Ethnicity = child.Ethnicity,
                Disabilities = child.Disabilities.Count == 0 ? ["NONE"] : [.. child.Disabilities.Select(d => d.Code).Order(StringComparer.Ordinal)],
            },
            CinDetails = episodes,
        };
    }

    private static CinDetails Details(CaseEpisode e, DateOnly start, DateOnly end, StatutoryClock clock)
    {
        DateOnly? ByEnd(DateOnly? d) => d is { } v && v <= end ? v : null;
        var closed = ByEnd(e.ClosureDate);
        var conferences = e.Conferences.Where(c => c.Date <= end).ToList();
        return new CinDetails
        {
            CinReferralDate = e.ReferralDate,
            ReferralSource = e.ReferralSource,
            PrimaryNeedCode = e.PrimaryNeed,
            CinClosureDate = closed,
            ReasonForClosure = closed is null ? null : e.ClosureReason,
            // A transfer-in conference has no s47 to sit under: its date goes on the episode.
            DateOfInitialCpc = conferences.Where(c => c.Kind == ChildProtection.ConferenceKind.TransferIn).Select(c => (DateOnly?)c.Date).Min(),
            ReferralNfaText = YesNo.Format(e.DecisionDate <= end && e.ReferralNfa),
            Assessments = [.. e.Assessments
                .Where(a => a.StartDate <= end && (a.AuthorisationDate is null || a.AuthorisationDate >= start))
                .OrderBy(a => a.StartDate).ThenBy(a => a.Id)
                .Select(a => new Assessment
                {
                    ActualStartDate = a.StartDate,
                    AuthorisationDate = ByEnd(a.AuthorisationDate),
                    Factors = ByEnd(a.AuthorisationDate) is null ? [] : [.. a.Factors.Select(f => f.Code).Order(StringComparer.Ordinal)],
                })],
            CinPlans = [.. e.ChildInNeedPlans
                .Where(p => p.StartDate <= end && (p.EndDate is null || p.EndDate >= start))
                .OrderBy(p => p.StartDate).ThenBy(p => p.Id)
                .Select(p => new CinPlan { StartDate = p.StartDate, EndDate = ByEnd(p.EndDate) })],
            Section47s = [.. e.Section47Enquiries
                .Where(s => s.StartDate <= end && (Finished(s) is not { } f || f >= start))
                .OrderBy(s => s.StartDate).ThenBy(s => s.Id)
                .Select(s => new Section47Enquiry
                {
                    ActualStartDate = s.StartDate,
                    InitialCpcTarget = clock.DueOn(RuleIds.InitialChildProtectionConference, s.StrategyDiscussionDate),
                    DateOfInitialCpc = ByEnd(s.ConferenceDate),
                    IcpcNotRequiredText = YesNo.Format(s.ConferenceNotRequired && s.OutcomeDate <= end),
                })],
            ChildProtectionPlans = [.. e.ChildProtectionPlans
                .Where(p => p.StartDate <= end && (p.EndDate is null || p.EndDate >= start))
                .OrderBy(p => p.StartDate).ThenBy(p => p.Id)
                .Select(p => new ChildProtectionPlan
                {
                    StartDate = p.StartDate,
                    EndDate = ByEnd(p.EndDate),
                    InitialCategoryOfAbuse = p.InitialCategory,
                    LatestCategoryOfAbuse = p.LatestCategory,
                    NumberOfPreviousCpp = p.PreviousPlans,
                    ReviewDates = [.. p.Reviews.Where(r => r.Date >= start && r.Date <= end).OrderBy(r => r.Date).Select(r => (DateOnly?)r.Date)],
                })],
        };
    }

    /// <summary>When the enquiry's part in the census is over: its conference, or its outcome when no conference was needed.</summary>
    private static DateOnly? Finished(ChildProtection.Section47Enquiry s) => s.ConferenceDate ?? (s.ConferenceNotRequired ? s.OutcomeDate : null);

    /// <summary>
    /// Why there is no UPN: UN1 not of school age (under 5 at 31 March, or unborn), UN7 every referral in the return was
    /// no further action, otherwise UN4 (not yet obtained).
    /// </summary>
    internal static string UpnUnknown(DateOnly? dateOfBirth, IReadOnlyList<CinDetails> episodes, DateOnly end)
    {
        if (dateOfBirth is null || dateOfBirth > end.AddYears(-5)) return "UN1";
        return episodes.All(e => e.ReferralNfa == true) ? "UN7" : "UN4";
    }
}
