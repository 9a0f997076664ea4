using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.Clock;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.Returns.Cin;
using Safeguard.Core.Workforce;

namespace Safeguard.Data.Returns;

/// <summary>
/// The fast way to the census children of an authority: ten flat no-tracking projections (children, disabilities,
/// episodes, assessments, factors, CIN plans, section 47s, transfer-in conferences, protection plans, reviews), each
/// ordered by child id and read as a stream on its own connection, merged child by child. Nothing is tracked and no
/// aggregate is built, so time is linear in the rows of the children in the return and memory holds one child.
/// </summary>
public static class CensusRowStreams
{
    public static IEnumerable<CensusChild> Children(string database, Authority authority, int year)
    {
        ArgumentNullException.ThrowIfNull(authority);
        var clock = StatutoryClock.For(authority.RuleSet, authority.WorkingDays);
        foreach (var rows in Rows(database, year, authority.Id))
        {
            if (CensusFromRows.Child(rows, year, clock) is { } child) yield return child;
        }
    }

    /// <summary>
    /// The rows of every child with an episode of need open in the year, in child id order: of one authority, or of
    /// every authority in the database when <paramref name="authorityId"/> is null (one pass for all of England).
    /// </summary>
    public static IEnumerable<CensusChildRows> Rows(string database, int year, Guid? authorityId = null)
    {
        var end = new DateOnly(year, 3, 31);
        var start = end.AddYears(-1).AddDays(1);
        IQueryable<EpisodeOfNeed> Episodes(SafeguardDbContext db) => InYear(db, authorityId, start, end);
        // "Id IN (children of the year's episodes)": SQLite walks the primary key once instead of probing the
        // episodes of every child the authority ever had.
        IQueryable<Core.People.Child> Children(SafeguardDbContext db)
        {
            var inYear = Episodes(db).Select(e => e.ChildId);
            return db.Children.Where(c => inYear.Contains(c.Id));
        }
        using var children = new RowStream<ChildRow>(database, db => Children(db)
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.AuthorityId, c.LaChildId, c.Upn, c.DateOfBirth, c.ExpectedDateOfBirth, c.Sex, c.Ethnicity, c.DateOfDeath })
            .AsEnumerable()
            .Select(c => new ChildRow(c.Id, c.AuthorityId, c.LaChildId, c.Upn?.Value, c.DateOfBirth, c.ExpectedDateOfBirth, c.Sex, c.Ethnicity, c.DateOfDeath)));
        using var disabilities = new RowStream<CodeRow>(database, db => Children(db)
            .SelectMany(c => c.Disabilities, (c, d) => new { c.Id, d.Code })
            .OrderBy(r => r.Id)
            .AsEnumerable()
            .Select(r => new CodeRow(r.Id, r.Id, r.Code)));
        using var episodes = new RowStream<EpisodeRow>(database, db => Episodes(db)
            .OrderBy(e => e.ChildId)
            .Select(e => new { e.ChildId, e.Id, e.ReferralDate, e.ReferralSource, e.PrimaryNeed, e.ClosureDate, e.ClosureReason, e.Decision, e.DecisionDate })
            .AsEnumerable()
            .Select(e => new EpisodeRow(e.ChildId, e.Id, e.ReferralDate, e.ReferralSource, e.PrimaryNeed, e.ClosureDate, e.ClosureReason, e.Decision, e.DecisionDate)));
        using var assessments = new RowStream<AssessmentRow>(database, db => Episodes(db)
            .SelectMany(e => e.Assessments.Where(x => x.StartDate <= end && (x.AuthorisationDate == null || x.AuthorisationDate >= start)),
                (e, x) => new { e.ChildId, x.EpisodeId, x.Id, x.StartDate, x.AuthorisationDate })
            .OrderBy(r => r.ChildId)
            .AsEnumerable()
            .Select(r => new AssessmentRow(r.ChildId, r.EpisodeId, r.Id, r.StartDate, r.AuthorisationDate)));
        // Factors only reach the file for assessments authorised by 31 March.
        using var factors = new RowStream<CodeRow>(database, db => Episodes(db)
            .SelectMany(e => e.Assessments.Where(x => x.StartDate <= end && x.AuthorisationDate >= start && x.AuthorisationDate <= end),
                (e, x) => new { e.ChildId, x })
            .SelectMany(t => t.x.Factors, (t, f) => new { t.ChildId, AssessmentId = t.x.Id, f.Code })
            .OrderBy(r => r.ChildId)
            .AsEnumerable()
            .Select(r => new CodeRow(r.ChildId, r.AssessmentId, r.Code)));
        using var cinPlans = new RowStream<CinPlanRow>(database, db => Episodes(db)
            .SelectMany(e => e.ChildInNeedPlans.Where(p => p.StartDate <= end && (p.EndDate == null || p.EndDate >= start)),
                (e, p) => new { e.ChildId, p.EpisodeId, p.Id, p.StartDate, p.EndDate })
            .OrderBy(r => r.ChildId)
            .AsEnumerable()
            .Select(r => new CinPlanRow(r.ChildId, r.EpisodeId, r.Id, r.StartDate, r.EndDate)));
        using var section47s = new RowStream<Section47Row>(database, db => Episodes(db)
            .SelectMany(e => e.Section47Enquiries.Where(s => s.StartDate <= end),
                (e, s) => new { e.ChildId, s.EpisodeId, s.Id, s.StartDate, s.StrategyDiscussionDate, s.Outcome, s.OutcomeDate, s.ConferenceDate })
            .OrderBy(r => r.ChildId)
            .AsEnumerable()
            .Select(r => new Section47Row(r.ChildId, r.EpisodeId, r.Id, r.StartDate, r.StrategyDiscussionDate, r.Outcome, r.OutcomeDate, r.ConferenceDate)));
        using var conferences = new RowStream<ConferenceRow>(database, db => Episodes(db)
            .SelectMany(e => e.Conferences.Where(c => c.Kind == ConferenceKind.TransferIn && c.Date <= end),
                (e, c) => new { e.ChildId, c.EpisodeId, c.Kind, c.Date })
            .OrderBy(r => r.ChildId)
            .AsEnumerable()
            .Select(r => new ConferenceRow(r.ChildId, r.EpisodeId, r.Kind, r.Date)));
        using var plans = new RowStream<ProtectionPlanRow>(database, db => Episodes(db)
            .SelectMany(e => e.ChildProtectionPlans.Where(p => p.StartDate <= end && (p.EndDate == null || p.EndDate >= start)),
                (e, p) => new { e.ChildId, p.EpisodeId, p.Id, p.StartDate, p.EndDate, p.InitialCategory, p.LatestCategory, p.PreviousPlans })
            .OrderBy(r => r.ChildId)
            .AsEnumerable()
            .Select(r => new ProtectionPlanRow(r.ChildId, r.EpisodeId, r.Id, r.StartDate, r.EndDate, r.InitialCategory, r.LatestCategory, r.PreviousPlans)));
        using var reviews = new RowStream<PlanReviewRow>(database, db => Episodes(db)
            .SelectMany(e => e.ChildProtectionPlans.Where(p => p.StartDate <= end && (p.EndDate == null || p.EndDate >= start)),
                (e, p) => new { e.ChildId, p })
            .SelectMany(t => t.p.Reviews.Where(r => r.Date >= start && r.Date <= end), (t, r) => new { t.ChildId, PlanId = t.p.Id, r.Date })
            .OrderBy(r => r.ChildId)
            .AsEnumerable()
            .Select(r => new PlanReviewRow(r.ChildId, r.PlanId, r.Date)));

        foreach (var child in children.All())
        {
            var rows = new CensusChildRows(child);
            disabilities.TakeFor(child.ChildId, rows.Disabilities);
            episodes.TakeFor(child.ChildId, rows.Episodes);
            assessments.TakeFor(child.ChildId, rows.Assessments);
            factors.TakeFor(child.ChildId, rows.Factors);
            cinPlans.TakeFor(child.ChildId, rows.CinPlans);
            section47s.TakeFor(child.ChildId, rows.Section47s);
            conferences.TakeFor(child.ChildId, rows.Conferences);
            plans.TakeFor(child.ChildId, rows.ProtectionPlans);
            reviews.TakeFor(child.ChildId, rows.Reviews);
            yield return rows;
        }
        disabilities.EnsureFinished();
        episodes.EnsureFinished();
        assessments.EnsureFinished();
        factors.EnsureFinished();
        cinPlans.EnsureFinished();
        section47s.EnsureFinished();
        conferences.EnsureFinished();
        plans.EnsureFinished();
        reviews.EnsureFinished();
    }

    /// <summary>The episodes of need open at some point in the year (of one authority, or all): where every stream starts.</summary>
    private static IQueryable<EpisodeOfNeed> InYear(SafeguardDbContext db, Guid? authorityId, DateOnly start, DateOnly end)
    {
        var episodes = db.Episodes.Where(e => e.ReferralDate <= end && (e.ClosureDate == null || e.ClosureDate >= start));
        return authorityId is { } a ? episodes.Where(e => e.Child.AuthorityId == a) : episodes;
    }

    /// <summary>
    /// One query read as a stream on its own context (PostgreSQL allows one open reader a connection) by its own
    /// producer thread, in batches through a small bounded queue: the database work of the ten streams is spread over
    /// the cores while the merge takes rows, and memory stays at a few batches a stream. Every stream is ordered by
    /// child id the same way and holds only children of the driving stream, so taking "the rows of this child" is a
    /// look at the next row; a row left over at the end means the orders disagreed, and fails loudly.
    /// </summary>
    private sealed class RowStream<T> : IDisposable where T : ICensusRow
    {
        private const int BatchSize = 1024;
        private readonly BlockingCollection<List<T>> _batches = new(boundedCapacity: 4);
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _producer;
        private List<T> _batch = [];
        private int _next;
        private bool _ended;

        public RowStream(string database, Func<SafeguardDbContext, IEnumerable<T>> query)
        {
            _producer = Task.Factory.StartNew(() => Produce(database, query), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        private void Produce(string database, Func<SafeguardDbContext, IEnumerable<T>> query)
        {
            try
            {
                using var db = SafeguardDatabase.Open(database);
                db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                var batch = new List<T>(BatchSize);
                foreach (var row in query(db))
                {
                    batch.Add(row);
                    if (batch.Count < BatchSize) continue;
                    _batches.Add(batch, _stop.Token);
                    batch = new List<T>(BatchSize);
                }
                if (batch.Count > 0) _batches.Add(batch, _stop.Token);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                // The reader stopped early (disposed before the end): nothing more is wanted.
            }
            finally
            {
                _batches.CompleteAdding();
            }
        }

        /// <summary>Whether there is a current row, fetching the next batch when this one is used up.</summary>
        private bool Has()
        {
            while (_next >= _batch.Count)
            {
                if (_ended) return false;
                if (!_batches.TryTake(out var batch, Timeout.Infinite))
                {
                    _ended = true;
                    // A failed query surfaces here, on the reading thread.
                    _producer.GetAwaiter().GetResult();
                    return false;
                }
                _batch = batch;
                _next = 0;
            }
            return true;
        }

        public IEnumerable<T> All()
        {
            while (Has()) yield return _batch[_next++];
        }

        public void TakeFor(Guid childId, List<T> into)
        {
            while (Has() && _batch[_next].ChildId == childId) into.Add(_batch[_next++]);
        }

        public void EnsureFinished()
        {
            if (Has())
                throw new InvalidOperationException($"The {typeof(T).Name} stream has a row for child {_batch[_next].ChildId} that the children stream did not reach: the streams are not in the same order.");
        }

        public void Dispose()
        {
            _stop.Cancel();
            try
            {
                _producer.Wait();
            }
            catch (AggregateException)
            {
                // The query failed: that is reported where the rows are read; disposing only releases.
            }
            _batches.Dispose();
            _stop.Dispose();
        }
    }
}
