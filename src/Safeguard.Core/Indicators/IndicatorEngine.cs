using System.Runtime.InteropServices;
using Safeguard.Core.Assessments;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.Clock;
using Safeguard.Core.LookedAfter;
using Safeguard.Core.People;
using C = Safeguard.Core.Indicators.IndicatorCatalogue;

namespace Safeguard.Core.Indicators;

/// <summary>
/// Computes every indicator in <see cref="IndicatorCatalogue"/> for one year in a single pass over the children:
/// each child's journey is walked once and every indicator's tally updated as it goes, so the cost is linear in the
/// size of the records. Children may be streamed (a database page at a time, or as the generator makes them) through
/// an <see cref="Accumulator"/>. Pure: the same children and context give the same figures.
/// </summary>
public static class IndicatorEngine
{
    public static IndicatorReport Compute(IEnumerable<Child> children, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(children);
        var acc = new Accumulator(context);
        foreach (var child in children) acc.Add(child);
        return acc.Report();
    }

    /// <summary>Rates per 10,000 reuse the tally of the count they divide.</summary>
    private static readonly Dictionary<string, string> RateOf = new(StringComparer.Ordinal)
    {
        [C.ReferralRate] = C.Referrals, [C.Section47Rate] = C.Section47, [C.IcpcRate] = C.Icpc,
        [C.CppRate] = C.CppAt31March, [C.ClaRate] = C.ClaAt31March,
    };

    public sealed class Accumulator
    {
        private readonly IndicatorContext _ctx;
        private readonly WorkingDayCalendar _cal;
        private readonly DateOnly _start, _end, _workforceDay, _threeMonthsBefore, _thirtyMonthsBefore, _twoYearsBefore;
        private readonly Dictionary<string, IndicatorTally> _tallies = new(StringComparer.Ordinal);
        private readonly HashSet<Guid>? _knownWorkers;
        private readonly Dictionary<Guid, int> _casesByWorker = [];
        private readonly List<DateOnly> _reviewDates = [];
        private int _children;

        private readonly IndicatorTally _referrals, _reReferrals, _decisions, _toAssessment, _ni59, _ni60, _assess45, _s47, _icpc, _icpc15,
            _cppStarts, _cppSubsequent, _cppAt31, _cppEnding2, _cpp2At31, _cppReviews, _claAt31, _claReviews, _cla3Plus, _claStable, _caseload;

        public Accumulator(IndicatorContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            _ctx = context;
            _cal = context.Calendar;
            _end = context.YearEnd;
            _start = context.YearStart;
            _workforceDay = context.WorkforceDay;
            _threeMonthsBefore = _end.AddMonths(-3);
            _thirtyMonthsBefore = _end.AddMonths(-30);
            _twoYearsBefore = _end.AddYears(-2);
            _knownWorkers = context.Workers.Count == 0 ? null : [.. context.Workers.Select(w => w.Id)];
            foreach (var d in C.All)
                if (!RateOf.ContainsKey(d.Id)) _tallies[d.Id] = new IndicatorTally(context.DrillDown);
            _referrals = _tallies[C.Referrals]; _reReferrals = _tallies[C.ReReferralPercent];
            _decisions = _tallies[C.ReferralDecisionWithin1WorkingDayPercent]; _toAssessment = _tallies[C.ReferralsToAssessmentPercent];
            _ni59 = _tallies[C.InitialAssessmentsWithin7WorkingDaysPercent]; _ni60 = _tallies[C.CoreAssessmentsWithin35WorkingDaysPercent];
            _assess45 = _tallies[C.AssessmentsWithin45WorkingDaysPercent]; _s47 = _tallies[C.Section47]; _icpc = _tallies[C.Icpc];
            _icpc15 = _tallies[C.IcpcWithin15WorkingDaysPercent]; _cppStarts = _tallies[C.CppStarts]; _cppSubsequent = _tallies[C.CppSubsequentPercent];
            _cppAt31 = _tallies[C.CppAt31March]; _cppEnding2 = _tallies[C.CppEnding2YearsPercent]; _cpp2At31 = _tallies[C.Cpp2YearsAt31MarchPercent];
            _cppReviews = _tallies[C.CppReviewsOnTimePercent]; _claAt31 = _tallies[C.ClaAt31March]; _claReviews = _tallies[C.ClaReviewsOnTimePercent];
            _cla3Plus = _tallies[C.Cla3PlusPlacementsPercent]; _claStable = _tallies[C.ClaLongTermStabilityPercent]; _caseload = _tallies[C.Caseload];
        }

        public void Add(Child child) => Add(IndicatorJourney.From(child));

        /// <summary>Counts one child: every indicator's tally is updated from the parts of the record it reads.</summary>
        public void Add(IndicatorJourney child)
        {
            ArgumentNullException.ThrowIfNull(child);
            _children++;
            var episodes = child.Episodes;
            for (var i = 0; i < episodes.Count; i++) AddEpisode(child, episodes, i);
            var periods = child.PeriodsOfCare;
            for (var i = 0; i < periods.Count; i++) AddPeriodOfCare(child, periods[i]);
            AddAllocations(child);
        }

        private bool InYear(DateOnly d) => d >= _start && d <= _end;

        /// <summary>Month of the period: 0 for the month it starts in (April for a collection year) … 11.</summary>
        private int MonthOf(DateOnly date) => Math.Clamp((date.Year - _start.Year) * 12 + date.Month - _start.Month, 0, 11);

        private void AddEpisode(IndicatorJourney child, List<IndicatorEpisode> episodes, int index)
        {
            var id = child.ChildId;
            var episode = episodes[index];
            var referral = episode.ReferralDate;
            if (InYear(referral))
            {
                var month = MonthOf(referral);
                var worker = WorkerOn(child, referral);
                _referrals.Add(id, true, false, month, worker, referral);
                _reReferrals.Add(id, IsReReferral(episodes, index), true, month, worker, referral);
                if (episode.DecisionDate is { } decided)
                    _decisions.Add(id, _cal.WorkingDaysBetween(referral, decided) <= 1, true, month, worker, referral);
                else if (_cal.AddWorkingDays(referral, 1) < _end)
                    _decisions.Add(id, false, true, month, worker, referral);
                _toAssessment.Add(id, episode.Assessments.Count > 0, true, month, worker, referral);
            }

            foreach (var assessment in episode.Assessments)
            {
                if (assessment.AuthorisationDate is not { } done || !InYear(done)) continue;
                var month = MonthOf(done);
                var worker = WorkerOn(child, done);
                var days = _cal.WorkingDaysBetween(assessment.StartDate, done);
                _assess45.Add(id, days <= 45, true, month, worker, done);
                if (assessment.Kind == AssessmentKind.Initial)
                    _ni59.Add(id, _cal.WorkingDaysBetween(referral, done) <= 7, true, month, worker, done);
                else if (assessment.Kind == AssessmentKind.Core)
                    _ni60.Add(id, days <= 35, true, month, worker, done);
            }

            foreach (var enquiry in episode.Enquiries)
                if (InYear(enquiry.StartDate))
                    _s47.Add(id, true, false, MonthOf(enquiry.StartDate), WorkerOn(child, enquiry.StartDate), enquiry.StartDate);

            foreach (var conference in episode.Conferences)
            {
                if (conference.Kind != ConferenceKind.Initial || !InYear(conference.Date)) continue;
                var month = MonthOf(conference.Date);
                var worker = WorkerOn(child, conference.Date);
                _icpc.Add(id, true, false, month, worker, conference.Date);
                if (EnquiryFor(episode, conference) is { } enquiry)
                {
                    var days = _cal.WorkingDaysBetween(enquiry.StrategyDiscussionDate, conference.Date);
                    _icpc15.Add(id, days is >= 0 and <= 15, true, month, worker, conference.Date);
                }
            }

            foreach (var plan in episode.Plans) AddPlan(child, plan);
        }

        /// <summary>
        /// Same rule as <see cref="CalibrationCounts.ReReferrals"/>: another referral on or after the same date a year
        /// earlier and before this one (of two on the same day, the later-recorded is the re-referral).
        /// </summary>
        private static bool IsReReferral(List<IndicatorEpisode> episodes, int index)
        {
            var date = episodes[index].ReferralDate;
            var yearBefore = date.AddYears(-1);
            for (var j = 0; j < episodes.Count; j++)
            {
                if (j == index) continue;
                var other = episodes[j].ReferralDate;
                if ((other < date || (other == date && j < index)) && other >= yearBefore) return true;
            }
            return false;
        }

        private static IndicatorEnquiry? EnquiryFor(IndicatorEpisode episode, IndicatorConference conference)
        {
            if (conference.Section47Id is not { } sid) return null;
            foreach (var enquiry in episode.Enquiries)
                if (enquiry.Id == sid) return enquiry;
            return null;
        }

        /// <summary>Plans lasting 730 days or more (more than 729) count as lasting 2 years: DfE's day threshold, the same in leap years.</summary>
        private static bool TwoYearsOrMore(DateOnly start, DateOnly end) => end.DayNumber - start.DayNumber > 729;

        private void AddPlan(IndicatorJourney child, IndicatorPlan plan)
        {
            var id = child.ChildId;
            if (InYear(plan.StartDate))
            {
                var month = MonthOf(plan.StartDate);
                var worker = WorkerOn(child, plan.StartDate);
                _cppStarts.Add(id, true, false, month, worker, plan.StartDate);
                _cppSubsequent.Add(id, plan.PreviousPlans > 0 || HadEarlierPlan(child, plan), true, month, worker, plan.StartDate);
            }
            if (CalibrationCounts.OpenOn(plan.StartDate, plan.EndDate, _end))
            {
                var worker = WorkerOn(child, _end);
                _cppAt31.Add(id, true, false, -1, worker, _end);
                _cpp2At31.Add(id, TwoYearsOrMore(plan.StartDate, _end), true, -1, worker, _end);
                if (plan.StartDate <= _threeMonthsBefore)
                    _cppReviews.Add(id, PlanReviewsOnTime(plan), true, -1, worker, _end);
            }
            if (plan.EndDate is { } ended && InYear(ended))
                _cppEnding2.Add(id, TwoYearsOrMore(plan.StartDate, ended), true, MonthOf(ended), WorkerOn(child, ended), ended);
        }

        private static bool HadEarlierPlan(IndicatorJourney child, IndicatorPlan plan)
        {
            foreach (var episode in child.Episodes)
                foreach (var other in episode.Plans)
                    if (!ReferenceEquals(other, plan) && other.StartDate < plan.StartDate) return true;
            return false;
        }

        /// <summary>First review within 3 months of the plan's start, then each within 6 months of the last; one due before 31 March and not held is late.</summary>
        private bool PlanReviewsOnTime(IndicatorPlan plan)
        {
            var dates = SortedDates(plan.ReviewDates);
            var due = plan.StartDate.AddMonths(3);
            foreach (var date in dates)
            {
                if (date > _end) break;
                if (date > due) return false;
                due = date.AddMonths(6);
            }
            return due >= _end;
        }

        private List<DateOnly> SortedDates(List<DateOnly> dates)
        {
            _reviewDates.Clear();
            _reviewDates.AddRange(dates);
            _reviewDates.Sort();
            return _reviewDates;
        }

        private static bool IsShortBreak(string legalStatus) => legalStatus is "V3" or "V4";

        private void AddPeriodOfCare(IndicatorJourney child, IndicatorPeriodOfCare period)
        {
            var id = child.ChildId;
            var (first, atEnd, currentPlacement, previousPlacement) = EpisodesOf(period);
            if (first is null) return;
            if (!IsShortBreak(first.LegalStatus) && ReviewsDueInYear(period) is { } onTime)
                _claReviews.Add(id, onTime, true, -1, WorkerOn(child, _end), _end);

            if (!CalibrationCounts.OpenOn(period.StartDate, period.EndDate, _end) || atEnd is null || IsShortBreak(atEnd.LegalStatus)) return;
            var worker = WorkerOn(child, _end);
            _claAt31.Add(id, true, false, -1, worker, _end);
            _cla3Plus.Add(id, PlacementsInYear(child) >= 3, true, -1, worker, _end);
            if (child.DateOfBirth is { } dob && dob.AddYears(16) > _end && period.StartDate <= _thirtyMonthsBefore && currentPlacement is not null)
            {
                var stable = currentPlacement.StartDate <= _twoYearsBefore
                    || (currentPlacement.PlacementType is "A3" or "A4" or "A5" or "A6" && previousPlacement is not null
                        && previousPlacement.StartDate <= _twoYearsBefore);
                _claStable.Add(id, stable, true, -1, worker, _end);
            }
        }

        /// <summary>The period's first episode, the one current on 31 March, and the placement current on 31 March and the one before it.</summary>
        private (IndicatorCareEpisode? First, IndicatorCareEpisode? AtEnd, IndicatorCareEpisode? Placement, IndicatorCareEpisode? PreviousPlacement) EpisodesOf(IndicatorPeriodOfCare period)
        {
            IndicatorCareEpisode? first = null, atEnd = null, placement = null, previous = null;
            foreach (var e in period.Episodes)
            {
                if (first is null || e.StartDate < first.StartDate) first = e;
                if (e.StartDate > _end) continue;
                if (atEnd is null || e.StartDate > atEnd.StartDate) atEnd = e;
                if (!e.StartsPlacement) continue;
                if (placement is null || e.StartDate > placement.StartDate) { previous = placement; placement = e; }
                else if (previous is null || e.StartDate > previous.StartDate) previous = e;
            }
            return (first, atEnd, placement, previous);
        }

        /// <summary>
        /// Placements the child had during the year across all periods of care: each placement is held from its start
        /// to the next placement's start (or the end of care); it counts if held on any night from 1 April to 31 March.
        /// </summary>
        private int PlacementsInYear(IndicatorJourney child)
        {
            var count = 0;
            foreach (var period in child.PeriodsOfCare)
            {
                if (period.StartDate > _end || period.EndDate is { } pe && pe <= _start) continue;
                foreach (var e in period.Episodes)
                {
                    if (!e.StartsPlacement || e.StartDate > _end) continue;
                    var until = period.EndDate ?? DateOnly.MaxValue;
                    foreach (var next in period.Episodes)
                        if (next.StartsPlacement && next.StartDate > e.StartDate && next.StartDate < until) until = next.StartDate;
                    if (until > _start) count++;
                }
            }
            return count;
        }

        /// <summary>
        /// Null when no review fell due in the year; otherwise whether every review due in the year was held by its due
        /// date (reg 33: 20 working days, then 3 months, then 6 months). A review due before 31 March and not held is late.
        /// </summary>
        private bool? ReviewsDueInYear(IndicatorPeriodOfCare period)
        {
            var dates = SortedDates(period.ReviewDates);
            var due = _cal.AddWorkingDays(period.StartDate, 20);
            bool anyDue = false, late = false;
            for (var i = 0; i < dates.Count; i++)
            {
                if (due > _end) break;
                if (due >= _start) { anyDue = true; late |= dates[i] > due; }
                due = dates[i].AddMonths(i == 0 ? 3 : 6);
            }
            if (due >= _start && due <= _end && (period.EndDate is null || period.EndDate > due))
            {
                anyDue = true;
                late |= due < _end;
            }
            return anyDue ? !late : null;
        }

        private void AddAllocations(IndicatorJourney child)
        {
            foreach (var a in child.Allocations)
            {
                if (!CalibrationCounts.OpenOn(a.From, a.To, _workforceDay)) continue;
                if (_knownWorkers is not null && !_knownWorkers.Contains(a.WorkerId)) continue;
                _caseload.Add(child.ChildId, true, false, -1, a.WorkerId, _workforceDay);
                CollectionsMarshal.GetValueRefOrAddDefault(_casesByWorker, a.WorkerId, out _)++;
            }
        }

        /// <summary>The worker the child was allocated to on the day, or <see cref="Guid.Empty"/>.</summary>
        private static Guid WorkerOn(IndicatorJourney child, DateOnly day)
        {
            foreach (var a in child.Allocations)
                if (CalibrationCounts.OpenOn(a.From, a.To, day)) return a.WorkerId;
            return Guid.Empty;
        }

        public IndicatorReport Report()
        {
            var teamOf = _ctx.Workers.ToDictionary(w => w.Id, w => w.TeamId ?? Guid.Empty);
            var population = _ctx.Population0To17 ?? 0;
            var results = new List<IndicatorResult>(C.All.Count);
            foreach (var definition in C.All)
            {
                if (RateOf.TryGetValue(definition.Id, out var countId))
                {
                    var t = _tallies[countId];
                    results.Add(Build(definition, t, t.Numerator, population, teamOf));
                }
                else if (definition.Id == C.Caseload)
                {
                    var t = _tallies[C.Caseload];
                    // Denominator: workers with at least one case; drill-down lists worker ids.
                    var result = Build(definition, t, t.Numerator, _casesByWorker.Count, teamOf);
                    var byWorker = _casesByWorker.ToDictionary(kv => kv.Key, kv => new IndicatorCount(kv.Value, 1));
                    results.Add(result with
                    {
                        DenominatorIds = _ctx.DrillDown ? [.. _casesByWorker.Keys] : [],
                        ByWorker = byWorker,
                        ByTeam = ByTeam(byWorker, teamOf),
                    });
                }
                else
                {
                    var t = _tallies[definition.Id];
                    results.Add(Build(definition, t, t.Numerator, t.Denominator, teamOf));
                }
            }
            return new IndicatorReport(_ctx, results, _children);
        }

        private static IndicatorResult Build(IndicatorDefinition definition, IndicatorTally t, int numerator, int denominator, Dictionary<Guid, Guid> teamOf)
        {
            var byWorker = t.ByWorker.ToDictionary(kv => kv.Key, kv => new IndicatorCount(kv.Value.Numerator, kv.Value.Denominator));
            IndicatorCount[] months = definition.HasMonthlyBreakdown
                ? [.. Enumerable.Range(0, 12).Select(m => new IndicatorCount(t.MonthNumerator[m], t.MonthDenominator[m]))]
                : [];
            return new IndicatorResult(definition, numerator, denominator, definition.ValueOf(numerator, denominator),
                (IReadOnlyList<Guid>?)t.NumeratorIds ?? [], (IReadOnlyList<Guid>?)t.DenominatorIds ?? [], months, byWorker, ByTeam(byWorker, teamOf))
            {
                Items = (IReadOnlyList<IndicatorItem>?)t.Items ?? [],
            };
        }

        private static Dictionary<Guid, IndicatorCount> ByTeam(Dictionary<Guid, IndicatorCount> byWorker, Dictionary<Guid, Guid> teamOf)
        {
            var byTeam = new Dictionary<Guid, IndicatorCount>();
            foreach (var (worker, count) in byWorker)
            {
                var team = teamOf.GetValueOrDefault(worker, Guid.Empty);
                var sum = byTeam.GetValueOrDefault(team);
                byTeam[team] = new IndicatorCount(sum.Numerator + count.Numerator, sum.Denominator + count.Denominator);
            }
            return byTeam;
        }
    }
}
