using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Core.Indicators;
using Safeguard.Web.Access;
using Safeguard.Web.Performance;
using Safeguard.Web.Startup;

namespace Safeguard.Web.Pages.Performance;

/// <summary>The authority dashboard: every indicator for the period with its numerator and denominator, England beside it, each figure drilling down.</summary>
[Authorize(Policy = Policies.Performance)]
public sealed class DashboardModel(IndicatorReports reports, Today today) : PerformancePage(reports, today)
{
    public ReportTable? Table { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return Errors.Count > 0 ? Page() : NotFound();
        Table = Build(Data!, Reports);
        return format switch
        {
            null or "" => Page(),
            "csv" => CsvFile(Table, $"indicators-{FilePart}"),
            "xlsx" => XlsxFile([Table], $"indicators-{FilePart}"),
            _ => NotFound(),
        };
    }

    public static ReportTable Build(DashboardData data, IndicatorReports reports)
    {
        var p = data.Period;
        var rows = data.Report.Results.Select(r =>
        {
            var d = r.Definition;
            var england = reports.England(d);
            return (IReadOnlyList<ReportCell>)
            [
                new ReportCell(d.Title + (d.WorkingDefinition ? " (working definition)" : ""), Href: TrendHref(d, p)),
                string.Join(" / ", new[] { d.NiLabel, d.LaitCode }.Where(s => !string.IsNullOrEmpty(s))),
                new ReportCell(Figures.Format(r.Value, d.Unit), r.Value),
                new ReportCell(Figures.Count(r.Numerator), r.Numerator, CanDrill(d, "numerator") && r.Numerator > 0 ? DrillHref(d, p, "numerator") : null),
                d.Denominator is null ? "" : new ReportCell(Figures.Count(r.Denominator), r.Denominator,
                    CanDrill(d, "denominator") && r.Denominator > 0 && d.Unit != Core.Published.MeasureUnit.RatePer10000 ? DrillHref(d, p, "denominator") : null),
                Figures.Polarity(d.Polarity),
                england is { } e ? new ReportCell(Figures.Format(e.Value, d.Unit), e.Value) : Figures.Missing,
                england is { } y ? y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "",
            ];
        }).ToList();
        return new ReportTable("indicators", $"Indicators, {p.Label}",
            ["Indicator", "NI / LAIT code", "Value", "Numerator", "Denominator", "Polarity", "England", "England year"], rows)
        {
            NumericColumns = new HashSet<int> { 2, 3, 4, 6 },
            CsvHref = $"/performance?{p.Query}&format=csv",
            XlsxHref = $"/performance?{p.Query}&format=xlsx",
        };
    }
}
