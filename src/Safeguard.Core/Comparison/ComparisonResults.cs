using Safeguard.Core.Published;

namespace Safeguard.Core.Comparison;

/// <summary>One authority's place in a measure's comparison for a year.</summary>
public sealed record AuthorityResult(
    LocalAuthority Authority,
    PublishedFigure Figure,
    int? Rank,
    QuartileBand? Band,
    FunnelPoint? Funnel)
{
    public double? Value => Figure.Value;
}

/// <summary>
/// All authorities on one measure and year: ranked (1 = best by polarity; ascending when polarity is
/// neither; ties share the lowest rank as R's rank(ties.method = "min")), then those without a value.
/// </summary>
public sealed record MeasureComparison(
    PublishedMeasure Measure,
    int Year,
    PublishedFigure? England,
    IReadOnlyList<PublishedFigure> Regions,
    QuartileBands? Quartiles,
    IReadOnlyList<AuthorityResult> Ranked,
    IReadOnlyList<AuthorityResult> Missing)
{
    public AuthorityResult? For(LocalAuthority authority) =>
        Ranked.FirstOrDefault(r => r.Authority.LaCode == authority.LaCode)
        ?? Missing.FirstOrDefault(r => r.Authority.LaCode == authority.LaCode);
}

public sealed record FunnelPoint(double Proportion, FunnelLimits Limits)
{
    public FunnelFlag Flag95 => Limits.Flag95(Proportion);

    public FunnelFlag Flag998 => Limits.Flag998(Proportion);
}

public sealed record NeighbourValue(StatisticalNeighbour Neighbour, double? Value);

/// <summary>An authority against its 10 statistical neighbours; Median ignores neighbours without a value.</summary>
public sealed record NeighbourComparison(
    LocalAuthority Authority,
    NeighbourModel Model,
    double? AuthorityValue,
    IReadOnlyList<NeighbourValue> Neighbours,
    double? Median);

public enum TrendDirection
{
    NotEnoughData,
    NoChange,
    Improving,
    Worsening,
    Increasing,
    Decreasing,
}

/// <summary>
/// An authority's values over the years. Direction compares the latest value with the previous
/// consecutive year (as LAIT's "change from previous year"); Improving/Worsening when the measure has a polarity.
/// </summary>
public sealed record Trend(
    LocalAuthority Authority,
    PublishedMeasure Measure,
    IReadOnlyList<PublishedFigure> Points,
    double? ChangeFromPreviousYear,
    TrendDirection Direction);

public sealed record ProfileLine(
    PublishedMeasure Measure,
    int Year,
    double? Value,
    double? England,
    double? NeighbourMedian,
    int? Rank,
    int RankedCount,
    QuartileBand? Band,
    TrendDirection Trend);

/// <summary>An authority on every measure: value, England, SN median, rank, band and trend.</summary>
public sealed record AuthorityProfile(LocalAuthority Authority, int Year, IReadOnlyList<ProfileLine> Lines);
