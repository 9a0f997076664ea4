using Microsoft.EntityFrameworkCore;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.Clock;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.People;
using Safeguard.Core.Returns.Cin;
using Safeguard.Core.Workforce;

namespace Safeguard.Data.Returns;

/// <summary>
/// The fast way to the census children of an authority: seven flat queries (children with their disabilities,
/// episodes, assessments with their factors, CIN plans, section 47s, transfer-in conferences, protection plans with
/// their reviews), each ordered by child id and read as a stream on its own connection, merged child by child. Nothing is tracked and no
/// aggregate is built, so time is linear in the rows of the children in the return and memory holds one child.
/// </summary>
public static class CensusRowStreams
{
    public static IEnumerable<CensusChild> Children(string database, Authority authority, int year)
    {
        ArgumentNullException.ThrowIfNull(authority);
        var clock = StatutoryClock.For(authority.RuleSet, authority.WorkingDays);
        // In a database of this authority alone the filter is dropped: its list would be every child on record,
        // each looked up in the index (measured on Kent's ten years: seven times slower than no filter).
        foreach (var rows in Rows(database, year, IsOnlyAuthority(database, authority.Id) ? null : authority.Id))
        {
            if (CensusFromRows.Child(rows, year, clock) is { } child) yield return child;
        }
    }

    private static bool IsOnlyAuthority(string database, Guid authorityId)
    {
        using var db = SafeguardDatabase.Open(database);
        return SoleAuthority.Is(SoleAuthority.Probe(db).ToList(), authorityId);
    }

    /// <summary>
    /// The rows of every child with an episode of need open in the year, in child id order: of one authority, or of
    /// every authority in the database when <paramref name="authorityId"/> is null (one pass for all of England).
    /// </summary>
    public static IEnumerable<CensusChildRows> Rows(string database, int year, Guid? authorityId = null)
    {
        var end = new DateOnly(year, 3, 31);
        var start = end.AddYears(-1).AddDays(1);
        var sql = new CensusSql(SafeguardDatabase.ProviderFor(database), authorityId is not null);
        var window = new CensusWindow(start, end, authorityId);
        // A child with each of its disabilities, an assessment with each of its factors, a plan with each of its
        // reviews in the year: one stream each (a left join) rather than two walking the same rows.
        using var children = new RowStream<ChildWithDisability>(database, sql.Children, window, r => new ChildWithDisability(
            new ChildRow(r.Id(0), r.Id(1), r.Text(2), r.IsNull(3) ? null : UniquePupilNumber.Parse(r.Text(3)).Value,
                r.DateOrNull(4), r.DateOrNull(5), Enum.Parse<Sex>(r.Text(6)), r.Text(7), r.DateOrNull(8)),
            r.TextOrNull(9)));
        using var episodes = new RowStream<EpisodeRow>(database, sql.Episodes, window, r => new EpisodeRow(
            r.Id(0), r.Id(1), r.Date(2), r.Text(3), r.Text(4), r.DateOrNull(5), r.TextOrNull(6),
            r.IsNull(7) ? null : Enum.Parse<ReferralDecision>(r.Text(7)), r.DateOrNull(8)));
        using var assessments = new RowStream<AssessmentWithFactor>(database, sql.Assessments, window, r => new AssessmentWithFactor(
            new AssessmentRow(r.Id(0), r.Id(1), r.Id(2), r.Date(3), r.DateOrNull(4)), r.TextOrNull(5)));
        using var cinPlans = new RowStream<CinPlanRow>(database, sql.CinPlans, window, r => new CinPlanRow(
            r.Id(0), r.Id(1), r.Id(2), r.Date(3), r.DateOrNull(4)));
        using var section47s = new RowStream<Section47Row>(database, sql.Section47s, window, r => new Section47Row(
            r.Id(0), r.Id(1), r.Id(2), r.Date(3), r.Date(4),
            r.IsNull(5) ? null : Enum.Parse<Section47Outcome>(r.Text(5)), r.DateOrNull(6), r.DateOrNull(7)));
        using var conferences = new RowStream<ConferenceRow>(database, sql.TransferInConferences, window, r => new ConferenceRow(
            r.Id(0), r.Id(1), ConferenceKind.TransferIn, r.Date(2)));
        using var plans = new RowStream<PlanWithReview>(database, sql.ProtectionPlans, window, r => new PlanWithReview(
            new ProtectionPlanRow(r.Id(0), r.Id(1), r.Id(2), r.Date(3), r.DateOrNull(4), r.Text(5), r.Text(6), r.Int(7)),
            r.DateOrNull(8)));

        while (children.Next() is { } first)
        {
            var childId = first.ChildId;
            var rows = new CensusChildRows(first.Child);
            AddDisability(rows, first);
            children.TakeFor(childId, r => AddDisability(rows, r));
            episodes.TakeFor(childId, rows.Episodes);
            assessments.TakeFor(childId, r =>
            {
                // Rows of one assessment need not be adjacent (PostgreSQL sorts by child only); the lists are a few long.
                if (!rows.Assessments.Exists(a => a.Id == r.Assessment.Id)) rows.Assessments.Add(r.Assessment);
                if (r.Factor is { } code) rows.Factors.Add(new CodeRow(childId, r.Assessment.Id, code));
            });
            cinPlans.TakeFor(childId, rows.CinPlans);
            section47s.TakeFor(childId, rows.Section47s);
            conferences.TakeFor(childId, rows.Conferences);
            plans.TakeFor(childId, r =>
            {
                if (!rows.ProtectionPlans.Exists(p => p.Id == r.Plan.Id)) rows.ProtectionPlans.Add(r.Plan);
                if (r.Review is { } date) rows.Reviews.Add(new PlanReviewRow(childId, r.Plan.Id, date));
            });
            yield return rows;
        }
        episodes.EnsureFinished();
        assessments.EnsureFinished();
        cinPlans.EnsureFinished();
        section47s.EnsureFinished();
        conferences.EnsureFinished();
        plans.EnsureFinished();
    }

    // A child's rows repeat for each of its episodes in the year: each disability once.
    private static void AddDisability(CensusChildRows rows, ChildWithDisability row)
    {
        if (row.Disability is { } code && !rows.Disabilities.Exists(d => d.Code == code))
            rows.Disabilities.Add(new CodeRow(row.ChildId, row.ChildId, code));
    }

    private sealed record ChildWithDisability(ChildRow Child, string? Disability) : ICensusRow
    {
        public Guid ChildId => Child.ChildId;
    }

    private sealed record AssessmentWithFactor(AssessmentRow Assessment, string? Factor) : ICensusRow
    {
        public Guid ChildId => Assessment.ChildId;
    }

    private sealed record PlanWithReview(ProtectionPlanRow Plan, DateOnly? Review) : ICensusRow
    {
        public Guid ChildId => Plan.ChildId;
    }

    /// <summary>
    /// One query read as a stream on its own context (PostgreSQL allows one open reader a connection) by its own
    /// producer thread, in batches through a small bounded queue: the database work of the seven streams is spread over
    /// the cores while the merge takes rows, and memory stays at a few batches a stream. Every stream is ordered by
    /// child id the same way and holds only children of the driving stream, so taking "the rows of this child" is a
    /// look at the next row; a row left over at the end means the orders disagreed, and fails loudly.
    /// </summary>
    private sealed class RowStream<T> : IDisposable where T : class, ICensusRow
    {
        // Fewer, bigger hand-overs between the threads (memory is still a few MB a stream).
        private const int BatchSize = 4096;
        private readonly HandOff<List<T>> _batches = new(capacity: 4);
        private readonly Task _producer;
        private List<T> _batch = [];
        private int _next;
        private bool _ended;

        public RowStream(string database, string sql, CensusWindow window, Func<CensusColumns, T> read)
        {
            _producer = Task.Factory.StartNew(() => Produce(database, sql, window, read), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        private void Produce(string database, string sql, CensusWindow window, Func<CensusColumns, T> read)
        {
            try
            {
                // EF opens (and tunes) the connection; the rows are read straight off it.
                using var db = SafeguardDatabase.Open(database);
                using var columns = CensusColumns.Open(db, sql, window);
                var batch = new List<T>(BatchSize);
                while (columns.Read())
                {
                    batch.Add(read(columns));
                    if (batch.Count < BatchSize) continue;
                    // False: the reader stopped early (disposed before the end) and wants nothing more.
                    if (!_batches.Add(batch)) return;
                    batch = new List<T>(BatchSize);
                }
                if (batch.Count > 0) _batches.Add(batch);
            }
            finally
            {
                _batches.Complete();
            }
        }

        /// <summary>Whether there is a current row, fetching the next batch when this one is used up.</summary>
        private bool Has()
        {
            while (_next >= _batch.Count)
            {
                if (_ended) return false;
                if (!_batches.TryTake(out var batch))
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

        /// <summary>The next row, or null at the end.</summary>
        public T? Next() => Has() ? _batch[_next++] : null;

        public void TakeFor(Guid childId, List<T> into)
        {
            while (Has() && _batch[_next].ChildId == childId) into.Add(_batch[_next++]);
        }

        public void TakeFor(Guid childId, Action<T> take)
        {
            while (Has() && _batch[_next].ChildId == childId) take(_batch[_next++]);
        }

        public void EnsureFinished()
        {
            if (Has())
                throw new InvalidOperationException($"The {typeof(T).Name} stream has a row for child {_batch[_next].ChildId} that the children stream did not reach: the streams are not in the same order.");
        }

        public void Dispose()
        {
            _batches.Abandon();
            try
            {
                _producer.Wait();
            }
            catch (AggregateException)
            {
                // The query failed: that is reported where the rows are read; disposing only releases.
            }
        }
    }
}
