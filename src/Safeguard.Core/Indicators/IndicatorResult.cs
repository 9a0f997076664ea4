namespace Safeguard.Core.Indicators;

/// <summary>A numerator over a denominator, and the value they make under the indicator's unit.</summary>
public readonly record struct IndicatorCount(int Numerator, int Denominator);

/// <summary>
/// One counted item behind a figure, for drill-down to a breakdown cell: the child, the date it was counted on (the
/// event, or the snapshot day), the month of the period (-1 for snapshots), the worker allocated then
/// (<see cref="Guid.Empty"/> when none), and which side of the line it counts on.
/// </summary>
public readonly record struct IndicatorItem(Guid ChildId, DateOnly Date, int Month, Guid WorkerId, bool InNumerator, bool InDenominator);

/// <summary>
/// One indicator's figure for the year, with its drill-down and breakdowns.
/// NumeratorIds/DenominatorIds hold one child id per counted item (a child referred twice appears twice); for the
/// caseload the denominator holds worker ids. ByMonth has 12 entries, April first, for flow indicators (empty for
/// snapshots). ByWorker is keyed by the worker allocated on the event date for flow indicators, on 31 March for
/// snapshots, on 30 September for the caseload; <see cref="Guid.Empty"/> is "not allocated". ByTeam adds workers
/// up by their current team (workers hold no team history); <see cref="Guid.Empty"/> is "no team or not allocated".
/// For counts and rates the breakdowns put the count in the numerator and leave the denominator 0.
/// </summary>
public sealed record IndicatorResult(
    IndicatorDefinition Definition,
    int Numerator,
    int Denominator,
    double? Value,
    IReadOnlyList<Guid> NumeratorIds,
    IReadOnlyList<Guid> DenominatorIds,
    IReadOnlyList<IndicatorCount> ByMonth,
    IReadOnlyDictionary<Guid, IndicatorCount> ByWorker,
    IReadOnlyDictionary<Guid, IndicatorCount> ByTeam)
{
    /// <summary>Every counted item (empty unless the context asked for drill-down).</summary>
    public IReadOnlyList<IndicatorItem> Items { get; init; } = [];

    public string Id => Definition.Id;

    /// <summary>The value of one breakdown cell under this indicator's unit.</summary>
    public double? ValueOf(IndicatorCount count) => Definition.ValueOf(count.Numerator, count.Denominator);
}

/// <summary>Every indicator for one year.</summary>
public sealed record IndicatorReport(IndicatorContext Context, IReadOnlyList<IndicatorResult> Results, int ChildrenRead)
{
    public IndicatorResult this[string id] =>
        Results.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"No indicator '{id}' in the report.");
}
