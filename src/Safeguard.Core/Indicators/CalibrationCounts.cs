using Safeguard.Core.ChildProtection;
using Safeguard.Core.People;

namespace Safeguard.Core.Indicators;

/// <summary>
/// The headline counts DfE publishes for a year ending 31 March, computed from children's records: used to check a
/// synthetic authority against the published statistics. The reporting year runs from 1 April to 31 March inclusive.
/// </summary>
public sealed record YearCounts(
    DateOnly YearEnd,
    int Referrals,
    int ReReferrals,
    int Section47Enquiries,
    int InitialConferences,
    int PlanStarts,
    int PlansAt31March,
    int ChildrenInNeedAt31March,
    int LookedAfterAt31March,
    int LookedAfterStarts)
{
    /// <summary>Re-referrals as a percentage of referrals in the year (DfE C1 rereferral_percent); 0 when there were none.</summary>
    public double ReReferralPercent => Referrals == 0 ? 0 : 100.0 * ReReferrals / Referrals;
}

/// <summary>
/// Pure counting functions over children, one year at a time. Definitions follow the DfE "Children in need" and
/// "Children looked after" statistics (EES tables named on each member). "Open at 31 March" means started on or
/// before 31 March and not ended on or before it: a plan ending on 31 March is not open at 31 March; one starting
/// on 31 March is.
/// </summary>
public static class CalibrationCounts
{
    public static DateOnly YearStart(DateOnly yearEnd) => yearEnd.AddYears(-1).AddDays(1);

    public static bool InYear(DateOnly date, DateOnly yearEnd) => date >= YearStart(yearEnd) && date <= yearEnd;

    public static bool OpenOn(DateOnly start, DateOnly? end, DateOnly day) => start <= day && (end is null || end > day);

    /// <summary>
    /// Referrals in year (EES C1 referral_count): episodes of need whose referral date falls in the year; counted per
    /// referral, so a child referred twice counts twice.
    /// </summary>
    public static int Referrals(Child child, DateOnly yearEnd) => child.Episodes.Count(e => InYear(e.ReferralDate, yearEnd));

    /// <summary>
    /// Re-referrals (EES C1 rereferral_count): referrals in the year that came within 12 months of a previous referral of
    /// the same child. "Within 12 months": the previous referral is on or after the same calendar date a year earlier
    /// (1 April 2024 → 1 April 2025 counts; 31 March 2024 → 1 April 2025 does not). Denominator for the %: referrals in year.
    /// </summary>
    public static int ReReferrals(Child child, DateOnly yearEnd)
    {
        var dates = child.Episodes.Select(e => e.ReferralDate).Order().ToList();
        var count = 0;
        for (var i = 1; i < dates.Count; i++)
            if (InYear(dates[i], yearEnd) && dates[i - 1] >= dates[i].AddYears(-1)) count++;
        return count;
    }

    /// <summary>Section 47 enquiries started in the year (EES C4 Section47): counted per enquiry, by start date.</summary>
    public static int Section47Enquiries(Child child, DateOnly yearEnd) =>
        child.Episodes.SelectMany(e => e.Section47Enquiries).Count(s => InYear(s.StartDate, yearEnd));

    /// <summary>Initial child protection conferences held in the year (EES C4 ICPC): initial conferences only, not transfer-in or review.</summary>
    public static int InitialConferences(Child child, DateOnly yearEnd) =>
        child.Episodes.SelectMany(e => e.Conferences).Count(c => c.Kind == ConferenceKind.Initial && InYear(c.Date, yearEnd));

    /// <summary>Child protection plans starting in the year (EES D3 CPP_start), whichever conference started them.</summary>
    public static int PlanStarts(Child child, DateOnly yearEnd) =>
        child.Episodes.SelectMany(e => e.ChildProtectionPlans).Count(p => InYear(p.StartDate, yearEnd));

    /// <summary>Child protection plans open at 31 March (EES D5 CPP_At31): started on or before, not ended on or before, 31 March.</summary>
    public static int PlansAt31March(Child child, DateOnly yearEnd) =>
        child.Episodes.SelectMany(e => e.ChildProtectionPlans).Count(p => OpenOn(p.StartDate, p.EndDate, yearEnd));

    /// <summary>
    /// Children in need at 31 March (EES B1 At31_episodes): episodes of need open on 31 March — referred on or before it,
    /// and closure date empty or after it. Includes children on plans and looked-after children, as DfE counts them.
    /// </summary>
    public static int ChildrenInNeedAt31March(Child child, DateOnly yearEnd) =>
        child.Episodes.Count(e => OpenOn(e.ReferralDate, e.ClosureDate, yearEnd));

    /// <summary>
    /// Looked after at 31 March (EES CLA "children looked after on 31 March"): a period of care started on or before and not
    /// ended on or before 31 March, leaving out children whose episode on that day is a short break (V3, V4), as DfE does.
    /// </summary>
    public static int LookedAfterAt31March(Child child, DateOnly yearEnd) =>
        child.PeriodsOfCare.Count(p => OpenOn(p.StartDate, p.EndDate, yearEnd)
            && p.Episodes.LastOrDefault(e => e.StartDate <= yearEnd) is { LegalStatus: not ("V3" or "V4") });

    /// <summary>Children starting to be looked after in the year (EES CLA starts): periods of care starting in the year, short breaks left out.</summary>
    public static int LookedAfterStarts(Child child, DateOnly yearEnd) =>
        child.PeriodsOfCare.Count(p => InYear(p.StartDate, yearEnd) && p.Episodes[0].LegalStatus is not ("V3" or "V4"));

    /// <summary>All the counts for one year, in one pass over the children (which may be streamed).</summary>
    public static YearCounts ForYear(IEnumerable<Child> children, DateOnly yearEnd)
    {
        var acc = new Accumulator([yearEnd]);
        foreach (var child in children) acc.Add(child);
        return acc.Results[0];
    }

    /// <summary>Adds children one at a time (as a generator or a database reader streams them) for several years at once.</summary>
    public sealed class Accumulator(IReadOnlyList<DateOnly> yearEnds)
    {
        private readonly int[,] _n = new int[yearEnds.Count, 9];

        public void Add(Child child)
        {
            for (var y = 0; y < yearEnds.Count; y++)
            {
                var end = yearEnds[y];
                _n[y, 0] += Referrals(child, end);
                _n[y, 1] += ReReferrals(child, end);
                _n[y, 2] += Section47Enquiries(child, end);
                _n[y, 3] += InitialConferences(child, end);
                _n[y, 4] += PlanStarts(child, end);
                _n[y, 5] += PlansAt31March(child, end);
                _n[y, 6] += ChildrenInNeedAt31March(child, end);
                _n[y, 7] += LookedAfterAt31March(child, end);
                _n[y, 8] += LookedAfterStarts(child, end);
            }
        }

        public IReadOnlyList<YearCounts> Results =>
            [.. yearEnds.Select((end, y) => new YearCounts(end, _n[y, 0], _n[y, 1], _n[y, 2], _n[y, 3], _n[y, 4], _n[y, 5], _n[y, 6], _n[y, 7], _n[y, 8]))];
    }
}
