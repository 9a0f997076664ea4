using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Core.Indicators;
using Safeguard.Web.Access;
using Safeguard.Web.Performance;
using Safeguard.Web.Startup;

namespace Safeguard.Web.Pages.Performance;

/// <summary>One indicator: its month-by-month trend (chart and table), and its breakdown by team and by worker; every figure drills down.</summary>
[Authorize(Policy = Policies.Performance)]
public sealed class IndicatorModel(IndicatorReports reports, Today today) : PerformancePage(reports, today)
{
    public IndicatorDefinition Definition { get; private set; } = IndicatorCatalogue.All[0];
    public IndicatorResult? Result { get; private set; }
    public ReportTable? Months { get; private set; }
    public ReportTable? Teams { get; private set; }
    public ReportTable? Workers { get; private set; }
    public string? Chart { get; private set; }
    public (double Value, int Year)? England { get; private set; }

    public async Task<IActionResult> OnGetAsync(string indicator, string? format, string? table, CancellationToken cancellationToken)
    {
        if (Indicator(indicator) is not { } definition) return NotFound();
        Definition = definition;
        if (!await LoadAsync(cancellationToken)) return Errors.Count > 0 ? Page() : NotFound();
        var data = Data!;
        Result = data.Report[definition.Id];
        England = Reports.England(definition);
        Build(data, Result);
        var tables = new[] { Months, Teams, Workers }.OfType<ReportTable>().ToList();
        var name = $"{definition.Id}-{FilePart}";
        return format switch
        {
            null or "" => Page(),
            "csv" when tables.FirstOrDefault(t => t.Id == table) is { } t => CsvFile(t, $"{name}-{t.Id}"),
            "xlsx" => XlsxFile(tables, name),
            _ => NotFound(),
        };
    }

    private void Build(DashboardData data, IndicatorResult r)
    {
        var d = r.Definition;
        var p = data.Period;
        var hasDenominator = d.Denominator is not null && d.Unit != Core.Published.MeasureUnit.RatePer10000;
        string[] countHeaders = hasDenominator ? ["Numerator", "Denominator", "Value"] : ["Count"];
        IEnumerable<ReportCell> Counts(IndicatorCount c, int? month = null, Guid? worker = null, Guid? team = null)
        {
            yield return new ReportCell(Figures.Count(c.Numerator), c.Numerator,
                c.Numerator > 0 && CanDrill(d, "numerator") ? DrillHref(d, p, "numerator", month, worker, team) : null);
            if (!hasDenominator) yield break;
            yield return new ReportCell(Figures.Count(c.Denominator), c.Denominator,
                c.Denominator > 0 && CanDrill(d, "denominator") ? DrillHref(d, p, "denominator", month, worker, team) : null);
            var value = r.ValueOf(c);
            yield return new ReportCell(Figures.Format(value, d.Unit), value);
        }
        HashSet<int> numeric = hasDenominator ? [1, 2, 3] : [1];
        var self = $"/performance/{d.Id}?{p.Query}";

        if (r.ByMonth.Count > 0)
        {
            var months = Enumerable.Range(0, Math.Min(p.Months, r.ByMonth.Count)).ToList();
            Months = new ReportTable("months", $"{d.Title}: by month", ["Month", .. countHeaders],
                [.. months.Select(m => (IReadOnlyList<ReportCell>)[p.MonthLabel(m), .. Counts(r.ByMonth[m], month: m)])])
            { NumericColumns = numeric, CsvHref = self + "&format=csv&table=months" };
            var values = months.Select(m => hasDenominator ? r.ValueOf(r.ByMonth[m]) : r.ByMonth[m].Numerator).ToList();
            Chart = SvgCharts.Bars("month-chart", $"{d.Title}, month by month, {p.Label}",
                $"Bar chart of {d.Title.ToLowerInvariant()} for each month from {p.MonthLabel(0)} to {p.MonthLabel(months.Count - 1)}: "
                + string.Join("; ", months.Select(m => $"{p.MonthLabel(m)} {Figures.Format(values[m], hasDenominator ? d.Unit : Core.Published.MeasureUnit.Count)}"))
                + ". The same figures are in the table.",
                [.. months.Select(p.MonthLabel)], values);
        }

        Teams = new ReportTable("teams", $"{d.Title}: by team", ["Team", .. countHeaders],
            [.. r.ByTeam.OrderBy(kv => data.TeamName(kv.Key), StringComparer.Ordinal)
                .Select(kv => (IReadOnlyList<ReportCell>)[data.TeamName(kv.Key), .. Counts(kv.Value, team: kv.Key)])])
        { NumericColumns = numeric, CsvHref = self + "&format=csv&table=teams" };

        Workers = new ReportTable("workers", $"{d.Title}: by worker", ["Worker", "Team", .. countHeaders],
            [.. r.ByWorker.OrderBy(kv => data.WorkerName(kv.Key), StringComparer.Ordinal)
                .Select(kv => (IReadOnlyList<ReportCell>)[data.WorkerName(kv.Key), data.TeamName(data.TeamOf(kv.Key)), .. Counts(kv.Value, worker: kv.Key)])])
        { NumericColumns = new HashSet<int>(numeric.Select(i => i + 1)), CsvHref = self + "&format=csv&table=workers", XlsxHref = self + "&format=xlsx" };
    }

    public Components.BackLinkModel Back => new(Period is null ? "/performance" : $"/performance?{Period.Query}", "All indicators");

    public string Basis => Definition.Period switch
    {
        IndicatorPeriod.At31March => $"Snapshot on {Period?.SnapshotDay}",
        IndicatorPeriod.At30September => "Snapshot on the workforce census day, 30 September",
        _ => $"Flow over the {Period?.Label}",
    };

    public string EnglandText => England is { } e ? $"{Figures.Format(e.Value, Definition.Unit)} ({e.Year.ToString(CultureInfo.InvariantCulture)})" : "Not published";
}
