using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Assessments;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.Indicators;
using Safeguard.Core.LookedAfter;
using Safeguard.Core.Workforce;

namespace Safeguard.Data.Records;

/// <summary>
/// The fast way from the database to the indicators: flat no-tracking projections of only the columns the engine
/// reads (<see cref="IndicatorJourney"/>), one query a table for all the children at once rather than sixteen
/// split queries a page of 100 whole records. The queries run side by side, each on its own connection, so the
/// database work is spread over the cores; the journeys are then built and counted child by child in id order.
/// The whole-record reader (<see cref="IndicatorRecords"/>) is the reference this is tested against.
/// </summary>
public static class IndicatorRows
{
    /// <summary>Every indicator for the period, from the authority's records in <paramref name="database"/>.</summary>
    public static async Task<IndicatorReport> ComputeAsync(string database, Guid authorityId, IndicatorContext context,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var accumulator = new IndicatorEngine.Accumulator(context);
        foreach (var journey in await ReadAsync(database, authorityId, context, cancellationToken)) accumulator.Add(journey);
        return accumulator.Report();
    }

    /// <summary>
    /// The journeys of the children who can count in the period (the same children as
    /// <see cref="IndicatorRecords.ChildIdsAsync"/>), in child id order, each with its whole history: a
    /// re-referral or a second plan looks back before the period — but only the allocations that can be open in it.
    /// </summary>
    public static async Task<List<IndicatorJourney>> ReadAsync(string database, Guid authorityId, IndicatorContext context,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (start, end, day) = (context.YearStart, context.YearEnd, context.WorkforceDay);

        // Candidates first, each by its own selective index (no authority here: joining Children makes SQLite walk
        // every child of the authority), then the children among them who belong to the authority.
        var authorities = Run(database, db => SoleAuthority.Probe(db).ToList(), cancellationToken);
        var openEpisodes = Run(database, db => db.Episodes
            .Where(e => e.ClosureDate == null || e.ClosureDate >= start)
            .Select(e => new { e.ChildId, e.ReferralDate })
            .AsEnumerable().Where(e => e.ReferralDate <= end).Select(e => e.ChildId).ToList(), cancellationToken);
        var inCare = Run(database, db => db.PeriodsOfCare
            .Where(p => p.StartDate <= end && (p.EndDate == null || p.EndDate >= start))
            .Select(p => p.ChildId).ToList(), cancellationToken);
        var allocated = Run(database, db => db.Set<Allocation>()
            .Where(a => a.From <= day && (a.To == null || a.To > day))
            .Select(a => a.ChildId).ToList(), cancellationToken);
        await Task.WhenAll(authorities, openEpisodes, inCare, allocated);
        var candidates = new HashSet<Guid>(await openEpisodes);
        candidates.UnionWith(await inCare);
        candidates.UnionWith(await allocated);
        var candidateIds = candidates.ToList();
        // The authority is checked in .NET: with it in the query SQLite would walk every child of the authority.
        var childRows = Run(database, db => db.Children
            .Where(c => EF.Parameter(candidateIds).Contains(c.Id))
            .OrderBy(c => c.Id)
            .Select(c => new ChildRow(c.Id, c.AuthorityId, c.DateOfBirth)).ToList(), cancellationToken);
        // A database of this authority alone (the usual deployment) needs no check before the rows are read, so
        // every query runs at once; otherwise the rows are read for the authority's children only.
        var alone = SoleAuthority.Is(await authorities, authorityId);
        var ids = alone ? candidateIds : [.. (await childRows).Where(c => c.AuthorityId == authorityId).Select(c => c.Id)];
        // Allocations that cannot be open on any day the engine asks about (the period and the workforce day) are left out.
        var firstDay = start < day ? start : day;

        var episodes = Run(database, db => Episodes(db, ids)
            .OrderBy(e => e.ChildId).ThenBy(e => e.Id)
            .Select(e => new EpisodeRow(e.ChildId, e.Id, e.ReferralDate, e.DecisionDate)).ToList(), cancellationToken);
        // What hangs off an episode is read by episode id, once the episodes are in: a probe of each table's
        // episode index, not a second walk of the children's episodes for every table.
        var episodeIds = Later(episodes, rows => rows.Select(e => e.Id).ToList());
        var assessments = After(database, episodeIds, (db, ids) => db.Set<Assessment>()
            .Where(a => EF.Parameter(ids).Contains(a.EpisodeId))
            .OrderBy(a => a.EpisodeId).ThenBy(a => a.Id)
            .Select(a => new AssessmentRow(a.EpisodeId, a.Kind, a.StartDate, a.AuthorisationDate)).ToList(), cancellationToken);
        var enquiries = After(database, episodeIds, (db, ids) => db.Set<Section47Enquiry>()
            .Where(s => EF.Parameter(ids).Contains(s.EpisodeId))
            .OrderBy(s => s.EpisodeId).ThenBy(s => s.Id)
            .Select(s => new EnquiryRow(s.EpisodeId, s.Id, s.StartDate, s.StrategyDiscussionDate)).ToList(), cancellationToken);
        var conferences = After(database, episodeIds, (db, ids) => db.Set<ChildProtectionConference>()
            .Where(c => EF.Parameter(ids).Contains(c.EpisodeId))
            .OrderBy(c => c.EpisodeId).ThenBy(c => c.Id)
            .Select(c => new ConferenceRow(c.EpisodeId, c.Kind, c.Date, c.Section47Id)).ToList(), cancellationToken);
        var plans = After(database, episodeIds, (db, ids) => db.Set<ChildProtectionPlan>()
            .Where(p => EF.Parameter(ids).Contains(p.EpisodeId))
            .OrderBy(p => p.EpisodeId).ThenBy(p => p.Id)
            .Select(p => new PlanRow(p.EpisodeId, p.Id, p.StartDate, p.EndDate, p.PreviousPlans)).ToList(), cancellationToken);
        var planReviews = After(database, episodeIds, (db, ids) => db.Set<ChildProtectionPlan>()
            .Where(p => EF.Parameter(ids).Contains(p.EpisodeId))
            .SelectMany(p => p.Reviews, (p, r) => new { PlanId = p.Id, r.Id, r.Date })
            .OrderBy(r => r.PlanId).ThenBy(r => r.Id)
            .Select(r => new ReviewRow(r.PlanId, r.Date)).ToList(), cancellationToken);
        var periods = Run(database, db => Periods(db, ids)
            .OrderBy(p => p.ChildId).ThenBy(p => p.Id)
            .Select(p => new PeriodRow(p.ChildId, p.Id, p.StartDate, p.EndDate)).ToList(), cancellationToken);
        // Likewise what hangs off a period of care, by period id: a few thousand probes, not one per child.
        var periodIds = Later(periods, rows => rows.Select(p => p.Id).ToList());
        var careEpisodes = After(database, periodIds, (db, ids) => db.Set<CareEpisode>()
            .Where(e => EF.Parameter(ids).Contains(e.PeriodOfCareId))
            .OrderBy(e => e.PeriodOfCareId).ThenBy(e => e.Id)
            .Select(e => new CareEpisodeRow(e.PeriodOfCareId, e.StartDate, e.LegalStatus, e.ReasonForNewEpisode, e.PlacementType)).ToList(), cancellationToken);
        var careReviews = After(database, periodIds, (db, ids) => db.PeriodsOfCare
            .Where(p => EF.Parameter(ids).Contains(p.Id))
            .SelectMany(p => p.Reviews, (p, r) => new { OwnerId = p.Id, r.Id, r.Date })
            .OrderBy(r => r.OwnerId).ThenBy(r => r.Id)
            .Select(r => new ReviewRow(r.OwnerId, r.Date)).ToList(), cancellationToken);
        var allocations = Run(database, db => db.Set<Allocation>()
            .Where(a => EF.Parameter(ids).Contains(a.ChildId) && a.From <= end && (a.To == null || a.To > firstDay))
            .OrderBy(a => a.ChildId).ThenBy(a => a.Id)
            .Select(a => new AllocationRow(a.ChildId, a.WorkerId, a.From, a.To)).ToList(), cancellationToken);

        // Every query finishes (or fails) before any is used, so a failure is reported once and none is left running.
        await Task.WhenAll(childRows, episodes, assessments, enquiries, conferences, plans, planReviews, periods, careEpisodes, careReviews, allocations);
        var children = (await childRows).Where(c => c.AuthorityId == authorityId).ToList();
        return Build(children, await episodes, await assessments, await enquiries, await conferences, await plans, await planReviews,
            await periods, await careEpisodes, await careReviews, await allocations);
    }

    private static IQueryable<Core.FrontDoor.EpisodeOfNeed> Episodes(SafeguardDbContext db, List<Guid> ids) =>
        db.Episodes.Where(e => EF.Parameter(ids).Contains(e.ChildId));

    private static IQueryable<PeriodOfCare> Periods(SafeguardDbContext db, List<Guid> ids) =>
        db.PeriodsOfCare.Where(p => EF.Parameter(ids).Contains(p.ChildId));

    private static async Task<TResult> Later<T, TResult>(Task<T> task, Func<T, TResult> then) => then(await task);

    /// <summary>A query that needs the result of another (the episode ids) before it can start.</summary>
    private static async Task<List<T>> After<T>(string database, Task<List<Guid>> ids, Func<SafeguardDbContext, List<Guid>, List<T>> query,
        CancellationToken cancellationToken)
    {
        var known = await ids;
        return await Run(database, db => query(db, known), cancellationToken);
    }

    /// <summary>One query on its own connection and thread, untracked, so the queries run side by side.</summary>
    private static Task<List<T>> Run<T>(string database, Func<SafeguardDbContext, List<T>> query, CancellationToken cancellationToken) =>
        Task.Run(() =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var db = SafeguardDatabase.Open(database);
            db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            return query(db);
        }, cancellationToken);

    /// <summary>
    /// Puts each child's rows together. The child-keyed lists are ordered by child id as the children are, so a
    /// child's rows are the next ones in each list (a row left over means the orders disagreed, and fails loudly);
    /// what hangs off an episode, plan or period of care finds it by id.
    /// </summary>
    private static List<IndicatorJourney> Build(List<ChildRow> children, List<EpisodeRow> episodes, List<AssessmentRow> assessments,
        List<EnquiryRow> enquiries, List<ConferenceRow> conferences, List<PlanRow> plans, List<ReviewRow> planReviews,
        List<PeriodRow> periods, List<CareEpisodeRow> careEpisodes, List<ReviewRow> careReviews, List<AllocationRow> allocations)
    {
        var journeys = new List<IndicatorJourney>(children.Count);
        var episodeById = new Dictionary<Guid, IndicatorEpisode>(episodes.Count);
        var periodById = new Dictionary<Guid, IndicatorPeriodOfCare>(periods.Count);
        int e = 0, pc = 0, al = 0;
        foreach (var child in children)
        {
            var id = child.Id;
            var journey = new IndicatorJourney(id, child.DateOfBirth);
            for (; e < episodes.Count && episodes[e].ChildId == id; e++)
            {
                var row = episodes[e];
                var episode = new IndicatorEpisode(row.ReferralDate, row.DecisionDate);
                episodeById.Add(row.Id, episode);
                journey.Episodes.Add(episode);
            }
            for (; pc < periods.Count && periods[pc].ChildId == id; pc++)
            {
                var row = periods[pc];
                var period = new IndicatorPeriodOfCare(row.StartDate, row.EndDate);
                periodById.Add(row.Id, period);
                journey.PeriodsOfCare.Add(period);
            }
            for (; al < allocations.Count && allocations[al].ChildId == id; al++)
            {
                var row = allocations[al];
                journey.Allocations.Add(new IndicatorAllocation(row.WorkerId, row.From, row.To));
            }
            journeys.Add(journey);
        }
        if (e < episodes.Count || pc < periods.Count || al < allocations.Count)
            throw new InvalidOperationException("A row was left over after the last child: the queries did not order the children alike.");

        foreach (var row in assessments) episodeById[row.EpisodeId].Assessments.Add(new IndicatorAssessment(row.Kind, row.StartDate, row.AuthorisationDate));
        foreach (var row in enquiries) episodeById[row.EpisodeId].Enquiries.Add(new IndicatorEnquiry(row.Id, row.StartDate, row.StrategyDiscussionDate));
        foreach (var row in conferences) episodeById[row.EpisodeId].Conferences.Add(new IndicatorConference(row.Kind, row.Date, row.Section47Id));
        var planById = new Dictionary<Guid, IndicatorPlan>(plans.Count);
        foreach (var row in plans)
        {
            var plan = new IndicatorPlan(row.StartDate, row.EndDate, row.PreviousPlans);
            planById.Add(row.Id, plan);
            episodeById[row.EpisodeId].Plans.Add(plan);
        }
        foreach (var row in planReviews) planById[row.OwnerId].ReviewDates.Add(row.Date);
        foreach (var row in careEpisodes)
            periodById[row.PeriodId].Episodes.Add(new IndicatorCareEpisode(row.StartDate, row.LegalStatus, CareEpisode.IsPlacementStart(row.ReasonForNewEpisode), row.PlacementType));
        foreach (var row in careReviews) periodById[row.OwnerId].ReviewDates.Add(row.Date);
        return journeys;
    }

    private sealed record ChildRow(Guid Id, Guid AuthorityId, DateOnly? DateOfBirth);
    private sealed record EpisodeRow(Guid ChildId, Guid Id, DateOnly ReferralDate, DateOnly? DecisionDate);
    private sealed record AssessmentRow(Guid EpisodeId, AssessmentKind Kind, DateOnly StartDate, DateOnly? AuthorisationDate);
    private sealed record EnquiryRow(Guid EpisodeId, Guid Id, DateOnly StartDate, DateOnly StrategyDiscussionDate);
    private sealed record ConferenceRow(Guid EpisodeId, ConferenceKind Kind, DateOnly Date, Guid? Section47Id);
    private sealed record PlanRow(Guid EpisodeId, Guid Id, DateOnly StartDate, DateOnly? EndDate, int PreviousPlans);

    /// <summary>A review of a plan or of a period of care (<paramref name="OwnerId"/>).</summary>
    private sealed record ReviewRow(Guid OwnerId, DateOnly Date);

    private sealed record PeriodRow(Guid ChildId, Guid Id, DateOnly StartDate, DateOnly? EndDate);
    private sealed record CareEpisodeRow(Guid PeriodId, DateOnly StartDate, string LegalStatus, string ReasonForNewEpisode, string PlacementType);
    private sealed record AllocationRow(Guid ChildId, Guid WorkerId, DateOnly From, DateOnly? To);
}
