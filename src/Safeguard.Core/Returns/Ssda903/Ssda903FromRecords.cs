using Safeguard.Core.LookedAfter;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;

namespace Safeguard.Core.Returns.Ssda903;

/// <summary>
/// Writes the SSDA903 return for the year ending 31 March of <c>collectionYear</c> from the case records: every episode
/// of care open at any time in the year, the reviews and missing episodes in it, and the child's allocated social
/// workers. What happened after 31 March is left out (an episode ending in April is open in the return). Tables and
/// fields Safeguard does not record (UASC, OC2, OC3, AD1, PlacedAdoption, PrevPerm, MOTHER, MC_DOB, HOME_POST, URN,
/// SW_REASON) are written empty: docs/returns-ssda903.md says which and why.
/// </summary>
public static class Ssda903FromRecords
{
    /// <param name="socialWorkerId">
    /// SW_ID for a worker: their Social Work England registration number. Safeguard does not hold it, so by default the
    /// ID is "XX" and the last twelve hex digits of the worker's record ID (the random part: record IDs are time-ordered) (stable across exports, never a real number).
    /// </param>
    public static Ssda903Return Build(Authority authority, IEnumerable<Child> children, int collectionYear, Func<Guid, string>? socialWorkerId = null)
    {
        ArgumentNullException.ThrowIfNull(authority);
        ArgumentNullException.ThrowIfNull(children);
        var year = Ssda903Year.Ending(collectionYear);
        socialWorkerId ??= DefaultSocialWorkerId;
        var header = new List<HeaderRow>();
        var episodes = new List<EpisodeRow>();
        var reviews = new List<ReviewRow>();
        var missing = new List<MissingRow>();
        var sw = new List<SwEpisodeRow>();
        foreach (var child in children.OrderBy(c => c.LaChildId, StringComparer.Ordinal))
        {
            var part = Child(child, year, socialWorkerId);
            if (part is null) continue;
            header.Add(part.Value.Header);
            episodes.AddRange(part.Value.Episodes);
            reviews.AddRange(part.Value.Reviews);
            missing.AddRange(part.Value.Missing);
            sw.AddRange(part.Value.SwEpisodes);
        }
        return new Ssda903Return { Header = header, Episodes = episodes, Reviews = reviews, Missing = missing, SwEpisodes = sw };
    }

    public static string DefaultSocialWorkerId(Guid workerId) => "XX" + workerId.ToString("N")[20..].ToUpperInvariant();

    /// <summary>The child's rows for the year, or null when no episode of care was open in it.</summary>
    public static (HeaderRow Header, List<EpisodeRow> Episodes, List<ReviewRow> Reviews, List<MissingRow> Missing, List<SwEpisodeRow> SwEpisodes)?
        Child(Child child, Ssda903Year year, Func<Guid, string> socialWorkerId)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(socialWorkerId);
        DateOnly? ByEnd(DateOnly? d) => d is { } v && v <= year.End ? v : null;
        var id = child.LaChildId;
        var dob = child.DateOfBirth;
        var periods = child.PeriodsOfCare.Where(p => p.StartDate <= year.End && (p.EndDate is null || p.EndDate >= year.Start))
            .OrderBy(p => p.StartDate).ToList();
        var episodes = new List<EpisodeRow>();
        foreach (var period in periods)
        {
            var chain = period.Episodes.OrderBy(e => e.StartDate).ToList();
            for (var i = 0; i < chain.Count; i++)
            {
                var e = chain[i];
                if (e.StartDate > year.End || e.EndDate < year.Start) continue;
                var dec = ByEnd(e.EndDate);
                episodes.Add(new EpisodeRow(id, e.StartDate, e.ReasonForNewEpisode, e.LegalStatus, e.CategoryOfNeed, e.PlacementType,
                    e.PlacementProvider, dec, dec is null ? null : e.ReasonCeased,
                    dec is null ? null : ReasonPlaceChange(e, i + 1 < chain.Count ? chain[i + 1] : null),
                    HomePost: null, e.PlacementPostcode, Urn: null));
            }
        }
        if (episodes.Count == 0) return null;

        var header = new HeaderRow(id, child.Sex.ToCode(), dob, child.Ethnicity,
            child.Upn?.Value ?? UpnUnknown(dob, periods, year), Mother: null, McDob: null);
        var reviews = periods.SelectMany(p => p.Reviews).Where(r => year.Contains(r.Date)).OrderBy(r => r.Date)
            .Select(r => new ReviewRow(id, dob, r.Date, r.Participation)).ToList();
        var missing = periods.SelectMany(p => p.MissingEpisodes)
            .Where(m => m.StartDate <= year.End && (m.EndDate is null || m.EndDate >= year.Start)).OrderBy(m => m.StartDate)
            .Select(m => new MissingRow(id, dob, m.Kind == MissingKind.Missing ? "M" : "A", m.StartDate, ByEnd(m.EndDate))).ToList();
        // A reallocation on the day an allocation began leaves one that starts and ends that day: it goes before the
        // allocation that starts the same day and runs on, else the next row would start before the end of the one
        // before it (SW10STG2) although nothing overlapped. Ties go by end date, open last, as the DfE validator sorts.
        var sw = child.Allocations.Where(a => a.From <= year.End && (a.To is null || a.To >= year.Start))
            .OrderBy(a => a.From).ThenBy(a => a.To ?? DateOnly.MaxValue)
            .Select(a => new SwEpisodeRow(id, dob, socialWorkerId(a.WorkerId), a.From, ByEnd(a.To), SwReason: null)).ToList();
        return (header, episodes, reviews, missing, sw);
    }

    /// <summary>
    /// The 903 records why a placement ended on the episode that ended: Safeguard keeps it on the episode that began, so it
    /// moves back one. A change of legal status only (L) keeps the placement, and temporary placements need no reason (226).
    /// </summary>
    private static string? ReasonPlaceChange(CareEpisode ended, CareEpisode? next) =>
        ended.ReasonCeased == "X1" && next is { ReasonForNewEpisode: not "L" } && !Ssda903Codes.IsTemporary(ended.PlacementType)
            ? next.ReasonPlacementChanged
            : null;

    /// <summary>
    /// Why there is no UPN: UN1 not of school age; UN4 not yet obtained, only for a child who was not looked after for more
    /// than a week at 31 March (rule 210); otherwise UN5, the sources collating UPNs do not know it.
    /// </summary>
    private static string UpnUnknown(DateOnly? dob, IReadOnlyList<PeriodOfCare> periods, Ssda903Year year)
    {
        if (!Ssda903Codes.IsSchoolAge(dob, year)) return "UN1";
        var lookedAfterAtEnd = periods.FirstOrDefault(p => p.EndDate is null || p.EndDate > year.End);
        return lookedAfterAtEnd is null || lookedAfterAtEnd.StartDate > year.End.AddDays(-7) ? "UN4" : "UN5";
    }
}
