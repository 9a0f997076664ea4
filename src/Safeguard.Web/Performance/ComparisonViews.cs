using System.Globalization;
using Safeguard.Core.Comparison;
using Safeguard.Core.Published;

namespace Safeguard.Web.Performance;

/// <summary>What a comparison page shows for one measure and year (and optionally one authority): every table, and the charts drawn from them.</summary>
public sealed record ComparisonView(
    PublishedMeasure Measure,
    int Year,
    LocalAuthority? Authority,
    MeasureComparison Comparison,
    ReportTable Ranked,
    ReportTable Areas,
    ReportTable? Quartiles,
    ReportTable? Neighbours,
    ReportTable? Funnel,
    string? FunnelChart,
    ReportTable? Trend,
    string? TrendChart)
{
    public IEnumerable<ReportTable> Tables =>
        new[] { Ranked, Areas, Quartiles, Neighbours, Funnel, Trend }.OfType<ReportTable>();
}

/// <summary>
/// Builds the comparison pages from the published statistics only (no case records), for the signed-in /compare
/// pages and the public /statistics pages alike: <paramref name="basePath"/> says which, for the links.
/// </summary>
public sealed class ComparisonViews(AuthorityComparer comparer)
{
    public PublishedStatistics Statistics => comparer.Statistics;

    public static readonly IReadOnlyList<string> SortKeys = ["rank", "name", "region", "value"];

    /// <summary>Measures worth comparing (the population is a denominator, not a measure).</summary>
    public IEnumerable<PublishedMeasure> Measures =>
        Statistics.Measures.Where(m => m.Id != PublishedMeasures.Population0To17 && Statistics.Years(m.Id).Count > 0);

    public ComparisonView? Build(string basePath, string measureId, int year, LocalAuthority? authority, string sort = "rank", bool ascending = true)
    {
        if (comparer.Compare(measureId, year) is not { } comparison) return null;
        var m = comparison.Measure;
        var query = $"measure={m.Id}&year={year.ToString(CultureInfo.InvariantCulture)}" + (authority is null ? "" : $"&la={authority.LaCode}");
        var self = $"{basePath}?{query}";

        var ranked = Ranked(basePath, comparison, authority, self, sort, ascending);
        var areas = new ReportTable("areas", "England and regions", ["Area", "Value"],
            [.. new[] { comparison.England }.OfType<PublishedFigure>().Concat(comparison.Regions)
                .Select(f => (IReadOnlyList<ReportCell>)[f.Area.Name, Cell(f.Value, m.Unit, f.Marker)])])
        { NumericColumns = new HashSet<int> { 1 }, CsvHref = self + "&format=csv&table=areas" };

        ReportTable? quartiles = null;
        if (comparison.Quartiles is { } q)
        {
            quartiles = new ReportTable("quartiles", "Quartiles of the authorities' values",
                ["Measure", "Minimum", "Lower quartile", "Median", "Upper quartile", "Maximum", "Authorities"],
                [[m.Title, Cell(q.Min, m.Unit), Cell(q.Q1, m.Unit), Cell(q.Median, m.Unit), Cell(q.Q3, m.Unit), Cell(q.Max, m.Unit), new ReportCell(q.Count.ToString(CultureInfo.InvariantCulture), q.Count)]])
            { NumericColumns = new HashSet<int> { 1, 2, 3, 4, 5, 6 }, CsvHref = self + "&format=csv&table=quartiles" };
        }

        ReportTable? neighbours = null, trend = null;
        string? trendChart = null;
        if (authority is not null && comparer.Neighbours(authority, m.Id, year) is { } sn)
        {
            var rows = sn.Neighbours.Select(n => (IReadOnlyList<ReportCell>)
            [
                n.Neighbour.Position.ToString(CultureInfo.InvariantCulture),
                new ReportCell(n.Neighbour.Authority.Name, Href: $"{basePath}/authorities/{n.Neighbour.Authority.LaCode}?year={year}"),
                Cell(n.Value, m.Unit),
            ]).ToList();
            rows.Add(["", $"{authority.Name} (chosen authority)", Cell(sn.AuthorityValue, m.Unit)]);
            rows.Add(["", "Neighbours' median", Cell(sn.Median, m.Unit)]);
            neighbours = new ReportTable("neighbours", $"{authority.Name} and its 10 statistical neighbours ({(sn.Model == NeighbourModel.May2025 ? "DfE 2025 model" : "DfE April 2021 groupings")})",
                ["Closeness", "Authority", "Value"], rows)
            { NumericColumns = new HashSet<int> { 2 }, CsvHref = self + "&format=csv&table=neighbours" };
        }
        if (authority is not null)
        {
            var years = Statistics.Years(m.Id);
            var laValues = years.Select(y => Statistics.Value(m.Id, y, authority.LaCode)).ToList();
            var england = years.Select(y => Statistics.Value(m.Id, y, AreaRef.EnglandCode)).ToList();
            var medians = years.Select(y => comparer.Neighbours(authority, m.Id, y)?.Median).ToList();
            trend = new ReportTable("trend", $"{authority.Name} over the years", ["Year", authority.Name, "England", "Neighbours' median"],
                [.. years.Select((y, i) => (IReadOnlyList<ReportCell>)[y.ToString(CultureInfo.InvariantCulture), Cell(laValues[i], m.Unit), Cell(england[i], m.Unit), Cell(medians[i], m.Unit)])])
            { NumericColumns = new HashSet<int> { 1, 2, 3 }, CsvHref = self + "&format=csv&table=trend" };
            trendChart = SvgCharts.Lines("trend-chart", $"{m.Title}: {authority.Name}, England and statistical neighbours' median, {years[0]} to {years[^1]}",
                $"Line chart of {m.Title.ToLowerInvariant()} each year for {authority.Name} (blue), England (black, dashed) and the median of its statistical neighbours (orange). The same figures are in the table below.",
                [.. years.Select(y => y.ToString(CultureInfo.InvariantCulture))],
                [new ChartSeries(authority.Name, laValues, SvgCharts.Blue), new ChartSeries("England", england, SvgCharts.Black, Dashed: true),
                 new ChartSeries("Neighbours' median", medians, SvgCharts.Orange)]);
        }

        ReportTable? funnel = null;
        string? funnelChart = null;
        var points = comparison.Ranked.Where(r => r.Funnel is not null).ToList();
        if (m.IsProportion && points.Count > 0)
        {
            var p = points[0].Funnel!.Limits.P;
            funnel = new ReportTable("funnel", "Funnel plot data: each authority against England's proportion",
                ["Authority", "Numerator", "Denominator", "Value (%)", "95% lower", "95% upper", "99.8% lower", "99.8% upper", "Outside 95%", "Outside 99.8%"],
                [.. points.OrderBy(r => r.Authority.Name, StringComparer.Ordinal).Select(r =>
                {
                    var l = r.Funnel!.Limits;
                    return (IReadOnlyList<ReportCell>)
                    [
                        r.Authority.Name, Num(r.Figure.Numerator), Num(r.Figure.Denominator), Cell(r.Value, MeasureUnit.Percent),
                        Pct(l.Lower95), Pct(l.Upper95), Pct(l.Lower998), Pct(l.Upper998), Flag(r.Funnel.Flag95), Flag(r.Funnel.Flag998),
                    ];
                })])
            { NumericColumns = new HashSet<int> { 1, 2, 3, 4, 5, 6, 7 }, CsvHref = self + "&format=csv&table=funnel" };
            var dots = points.Select(r => new FunnelDot(r.Authority.Name, r.Funnel!.Limits.N, r.Funnel.Proportion, r.Funnel.Flag95, r.Funnel.Flag998,
                authority is not null && r.Authority.LaCode == authority.LaCode)).ToList();
            var outliers = points.Count(r => r.Funnel!.Flag998 != FunnelFlag.Within);
            funnelChart = SvgCharts.Funnel("funnel-chart", $"Funnel plot of {m.Title.ToLowerInvariant()}, {year}",
                $"Each authority's percentage against its denominator, with England's {Figures.Format(p * 100, MeasureUnit.Percent)}% and 95% (dashed) and 99.8% (solid) control limits. "
                + $"{outliers} of {points.Count} authorities lie outside the 99.8% limits (red)"
                + (authority is null ? "." : $"; {authority.Name} is the larger orange dot.") + " The same figures are in the table below.",
                p, dots);
        }

        return new ComparisonView(m, year, authority, comparison, ranked, areas, quartiles, neighbours, funnel, funnelChart, trend, trendChart);
    }

    private static ReportTable Ranked(string basePath, MeasureComparison c, LocalAuthority? chosen, string self, string sort, bool ascending)
    {
        var m = c.Measure;
        IEnumerable<AuthorityResult> rows = c.Ranked;
        rows = sort switch
        {
            "name" => c.Ranked.OrderBy(r => r.Authority.Name, StringComparer.Ordinal),
            "region" => c.Ranked.OrderBy(r => r.Authority.RegionName, StringComparer.Ordinal).ThenBy(r => r.Rank),
            "value" => c.Ranked.OrderBy(r => r.Value).ThenBy(r => r.Authority.Name, StringComparer.Ordinal),
            _ => c.Ranked,
        };
        var list = rows.ToList();
        if (!ascending) list.Reverse();
        list.AddRange(c.Missing);
        var hasCounts = list.Any(r => r.Figure.Numerator is not null);
        List<string> headers = ["Rank", "Authority", "Region", "Value", "Quartile band"];
        if (hasCounts) headers.AddRange(["Numerator", "Denominator"]);
        var table = list.Select(r =>
        {
            var name = r.Authority.Name + (chosen is not null && chosen.LaCode == r.Authority.LaCode ? " (chosen)" : "");
            var cells = new List<ReportCell>
            {
                r.Rank is { } rank ? new ReportCell(rank.ToString(CultureInfo.InvariantCulture), rank) : Figures.Missing,
                new ReportCell(name, Href: $"{basePath}/authorities/{r.Authority.LaCode}?year={c.Year}"),
                r.Authority.RegionName,
                Cell(r.Value, m.Unit, r.Figure.Marker),
                r.Band?.ToString() ?? Figures.Missing,
            };
            if (hasCounts) cells.AddRange([Num(r.Figure.Numerator), Num(r.Figure.Denominator)]);
            return (IReadOnlyList<ReportCell>)cells;
        }).ToList();
        string SortHref(string key) => $"{self}&sort={key}&dir={(key == sort && ascending ? "desc" : "asc")}";
        return new ReportTable("ranked", $"Every authority ranked ({c.Ranked.Count} with a value; 1 is {(m.Polarity == Polarity.Neither ? "the lowest" : "the best")})",
            headers, table)
        {
            SortHrefs = [SortHref("rank"), SortHref("name"), SortHref("region"), SortHref("value")],
            SortedColumn = SortKeys.ToList().IndexOf(sort) is var i and >= 0 ? i : 0,
            Ascending = ascending,
            NumericColumns = hasCounts ? new HashSet<int> { 0, 3, 5, 6 } : new HashSet<int> { 0, 3 },
            CsvHref = $"{self}&sort={sort}&dir={(ascending ? "asc" : "desc")}&format=csv&table=ranked",
        };
    }

    /// <summary>An authority on every measure: value, rank, quartile band, England and its neighbours' median.</summary>
    public ReportTable Profile(string basePath, LocalAuthority authority, int year)
    {
        var profile = comparer.Profile(authority, year);
        return new ReportTable("profile", $"{authority.Name} on every measure, {year} or the latest year before",
            ["Measure", "Year", "Value", "Rank", "Quartile band", "England", "Neighbours' median", "Change from previous year"],
            [.. profile.Lines.Where(l => l.Measure.Id != PublishedMeasures.Population0To17).Select(l => (IReadOnlyList<ReportCell>)
            [
                new ReportCell(l.Measure.Title, Href: $"{basePath}?measure={l.Measure.Id}&year={l.Year}&la={authority.LaCode}"),
                l.Year.ToString(CultureInfo.InvariantCulture),
                Cell(l.Value, l.Measure.Unit),
                l.Rank is { } r ? new ReportCell($"{r} of {l.RankedCount}", r) : Figures.Missing,
                l.Band?.ToString() ?? Figures.Missing,
                Cell(l.England, l.Measure.Unit),
                Cell(l.NeighbourMedian, l.Measure.Unit),
                Trend(l.Trend),
            ])])
        { NumericColumns = new HashSet<int> { 2, 5, 6 }, CsvHref = $"{basePath}/authorities/{authority.LaCode}?year={year}&format=csv" };
    }

    private static string Trend(TrendDirection d) => d switch
    {
        TrendDirection.Improving => "Improving",
        TrendDirection.Worsening => "Worsening",
        TrendDirection.Increasing => "Up",
        TrendDirection.Decreasing => "Down",
        TrendDirection.NoChange => "No change",
        _ => "Not enough data",
    };

    private static ReportCell Cell(double? value, MeasureUnit unit, string? marker = null) =>
        value is { } v ? new ReportCell(Figures.Format(v, unit), v) : new ReportCell(marker is { Length: > 0 } ? marker : Figures.Missing);

    private static ReportCell Num(double? value) => value is { } v ? new ReportCell(Figures.Format(v, MeasureUnit.Count), v) : Figures.Missing;

    private static ReportCell Pct(double fraction) => new(Figures.Format(fraction * 100, MeasureUnit.Percent), Math.Round(fraction * 100, 3));

    private static string Flag(FunnelFlag f) => f switch { FunnelFlag.Above => "Above", FunnelFlag.Below => "Below", _ => "No" };
}
