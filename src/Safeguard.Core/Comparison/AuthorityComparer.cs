using Safeguard.Core.Published;

namespace Safeguard.Core.Comparison;

/// <summary>Comparative analysis over the published statistics. Stateless apart from the store.</summary>
public sealed class AuthorityComparer(PublishedStatistics statistics)
{
    public PublishedStatistics Statistics { get; } = statistics;

    /// <summary>Every authority ranked on a measure for a year, with England, regions, quartiles and funnel flags.</summary>
    public MeasureComparison? Compare(string measureId, int year)
    {
        var slice = Statistics.Slice(measureId, year);
        if (slice is null)
        {
            return null;
        }

        var measure = slice.Measure;
        var rows = slice.Authorities.Values
            .Select(f => (Authority: Statistics.Authorities.ByCode(f.Area.Code)!, Figure: f))
            .ToList();
        var withValues = rows.Where(r => r.Figure.Value is not null).ToList();
        var quartiles = QuartileBands.Of(withValues.Select(r => r.Figure.Value!.Value));
        var englandP = EnglandProportion(measure, slice.England);

        var sortKey = measure.Polarity == Polarity.HigherIsBetter ? -1.0 : 1.0;
        var ordered = withValues
            .OrderBy(r => sortKey * r.Figure.Value!.Value)
            .ThenBy(r => r.Authority.Name, StringComparer.Ordinal)
            .ToList();
        var ranked = new List<AuthorityResult>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var (la, f) = ordered[i];
            var rank = i > 0 && f.Value == ordered[i - 1].Figure.Value ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new AuthorityResult(la, f, rank, quartiles?.Band(f.Value, measure.Polarity), FunnelFor(measure, f, englandP)));
        }

        var missing = rows.Where(r => r.Figure.Value is null)
            .OrderBy(r => r.Authority.Name, StringComparer.Ordinal)
            .Select(r => new AuthorityResult(r.Authority, r.Figure, null, null, null))
            .ToList();
        var regions = slice.Regions.Where(r => r.Area.Code.StartsWith("E12", StringComparison.Ordinal)).ToList();
        return new MeasureComparison(measure, year, slice.England, regions, quartiles, ranked, missing);
    }

    /// <summary>The authority and its statistical neighbours (2025 model, 2021 fallback) on a measure.</summary>
    public NeighbourComparison? Neighbours(LocalAuthority authority, string measureId, int year)
    {
        var group = Statistics.Neighbours.For(authority);
        if (group is null)
        {
            return null;
        }

        var values = group.Neighbours
            .Select(n => new NeighbourValue(n, Statistics.Value(measureId, year, n.Authority.LaCode)))
            .ToList();
        return new NeighbourComparison(authority, group.Model, Statistics.Value(measureId, year, authority.LaCode), values,
            Median(values.Select(v => v.Value).OfType<double>()));
    }

    /// <summary>The authority's series up to (and including) upToYear, default all years.</summary>
    public Trend Trend(LocalAuthority authority, string measureId, int? upToYear = null)
    {
        var measure = PublishedMeasures.Get(measureId);
        var points = Statistics.Series(measureId, authority.LaCode)
            .Where(f => f.Value is not null && (upToYear is null || f.Year <= upToYear))
            .ToList();
        if (points.Count < 2 || points[^1].Year - points[^2].Year != 1)
        {
            return new Trend(authority, measure, points, null, TrendDirection.NotEnoughData);
        }

        var change = points[^1].Value!.Value - points[^2].Value!.Value;
        var direction = change switch
        {
            0 => TrendDirection.NoChange,
            > 0 => measure.Polarity switch
            {
                Polarity.HigherIsBetter => TrendDirection.Improving,
                Polarity.LowerIsBetter => TrendDirection.Worsening,
                _ => TrendDirection.Increasing,
            },
            _ => measure.Polarity switch
            {
                Polarity.HigherIsBetter => TrendDirection.Worsening,
                Polarity.LowerIsBetter => TrendDirection.Improving,
                _ => TrendDirection.Decreasing,
            },
        };
        return new Trend(authority, measure, points, change, direction);
    }

    /// <summary>
    /// The authority on every measure, each at the requested year or, if not yet published for that
    /// measure (e.g. social worker count is 2024 only), the latest earlier year.
    /// </summary>
    public AuthorityProfile Profile(LocalAuthority authority, int year)
    {
        var lines = new List<ProfileLine>();
        foreach (var measure in Statistics.Measures)
        {
            var y = Statistics.Years(measure.Id).Where(v => v <= year).DefaultIfEmpty(0).Max();
            if (y == 0 || Compare(measure.Id, y) is not { } comparison)
            {
                continue;
            }

            var mine = comparison.For(authority);
            var trend = Trend(authority, measure.Id, y);
            var trendAtYear = trend.Points.Count > 0 && trend.Points[^1].Year == y ? trend.Direction : TrendDirection.NotEnoughData;
            lines.Add(new ProfileLine(measure, y, mine?.Value, comparison.England?.Value,
                Neighbours(authority, measure.Id, y)?.Median, mine?.Rank, comparison.Ranked.Count, mine?.Band, trendAtYear));
        }

        return new AuthorityProfile(authority, year, lines);
    }

    /// <summary>Median as R's median(): mean of the two middle values for an even count.</summary>
    public static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double? EnglandProportion(PublishedMeasure measure, PublishedFigure? england)
    {
        if (!measure.IsProportion || england is null)
        {
            return null;
        }

        if (england.Numerator is { } n && england.Denominator is { } d && d > 0)
        {
            return n / d;
        }

        return england.Value / 100;
    }

    private static FunnelPoint? FunnelFor(PublishedMeasure measure, PublishedFigure f, double? englandP) =>
        measure.IsProportion && englandP is { } p && f.Denominator is { } n && n > 0 && f.Value is { } v
            ? new FunnelPoint(v / 100, FunnelLimits.For(p, n))
            : null;
}
