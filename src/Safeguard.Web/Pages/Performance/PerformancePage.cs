using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Core.Indicators;
using Safeguard.Web.Components;
using Safeguard.Web.Performance;
using Safeguard.Web.SignIn;
using Safeguard.Web.Startup;

namespace Safeguard.Web.Pages.Performance;

/// <summary>
/// What the dashboard pages share: the period chosen by query string (a collection year, or from/to dates up to a
/// year long), checked with GOV.UK errors, and the authority's figures for it from <see cref="IndicatorReports"/>.
/// </summary>
public abstract class PerformancePage(IndicatorReports reports, Today today) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "year")]
    public string? YearText { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateParts From { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateParts To { get; set; } = new();

    public DashboardPeriod? Period { get; private set; }
    public DashboardData? Data { get; private set; }
    public List<FieldError> Errors { get; } = [];
    public int LatestYear => DashboardPeriod.YearContaining(today.Date);
    public IndicatorReports Reports => reports;

    public ErrorSummaryModel ErrorSummary => new(Errors);
    public string? ErrorFor(string fieldId) => Errors.FirstOrDefault(e => e.FieldId == fieldId)?.Message;

    public SelectModel YearSelect => new("year", "year", "Collection year",
        [.. Enumerable.Range(0, LatestYear - DashboardPeriod.EarliestYear + 1).Select(i => LatestYear - i)
            .Select(y => new Choice(y.ToString(CultureInfo.InvariantCulture), $"1 April {y - 1} to 31 March {y}"))],
        Period?.Year?.ToString(CultureInfo.InvariantCulture) ?? (CustomPeriodAsked ? null : LatestYear.ToString(CultureInfo.InvariantCulture)),
        Error: ErrorFor("year"));

    public DateInputModel FromInput => new("from", "from", "From", "For example, 1 4 2025", From, ErrorFor("from-day"));
    public DateInputModel ToInput => new("to", "to", "To", "For example, 30 9 2025", To, ErrorFor("to-day"));

    private bool CustomPeriodAsked => !IsEmpty(From) || !IsEmpty(To);

    private static bool IsEmpty(DateParts d) => string.IsNullOrWhiteSpace(d.Day) && string.IsNullOrWhiteSpace(d.Month) && string.IsNullOrWhiteSpace(d.Year);

    /// <summary>Reads the period; on a mistake fills <see cref="Errors"/> and leaves <see cref="Period"/> null.</summary>
    protected DashboardPeriod? ReadPeriod()
    {
        if (CustomPeriodAsked)
        {
            var from = From.Read("the start date");
            var to = To.Read("the end date");
            if (from.Error is not null) Errors.Add(new FieldError("from-day", from.Error));
            if (to.Error is not null) Errors.Add(new FieldError("to-day", to.Error));
            if (from.Date is not { } f || to.Date is not { } t) return null;
            if (f > t) Errors.Add(new FieldError("from-day", "The start date must be on or before the end date"));
            else if (f < t.AddYears(-1).AddDays(1)) Errors.Add(new FieldError("from-day", "The period can be at most a year long"));
            else if (t > today.Date) Errors.Add(new FieldError("to-day", "The end date must be today or in the past"));
            else if (f.Year < DashboardPeriod.EarliestYear - 1) Errors.Add(new FieldError("from-day", $"The start date must be in {DashboardPeriod.EarliestYear - 1} or later"));
            return Errors.Count == 0 ? Period = new DashboardPeriod(f, t, null) : null;
        }

        if (string.IsNullOrWhiteSpace(YearText)) return Period = DashboardPeriod.ForYear(LatestYear);
        if (!int.TryParse(YearText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year < DashboardPeriod.EarliestYear || year > LatestYear)
        {
            Errors.Add(new FieldError("year", $"Choose a collection year from {DashboardPeriod.EarliestYear} to {LatestYear}"));
            return null;
        }
        return Period = DashboardPeriod.ForYear(year);
    }

    /// <summary>The period and the figures; false (with errors to show) when the period was wrong.</summary>
    protected async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (ReadPeriod() is not { } period)
        {
            ViewData["HasErrors"] = true;
            return false;
        }
        Data = await reports.ForAsync(User.Authority(), period, cancellationToken);
        return Data is not null;
    }

    /// <summary>The indicator named in the route, or null (the page answers 404).</summary>
    protected static IndicatorDefinition? Indicator(string? id) =>
        id is not null && IndicatorCatalogue.All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase)) is { } d ? d : null;

    public string Query => Period?.Query ?? "";

    public static string TrendHref(IndicatorDefinition d, DashboardPeriod p) => $"/performance/{d.Id}?{p.Query}";

    public static string DrillHref(IndicatorDefinition d, DashboardPeriod p, string part, int? month = null, Guid? worker = null, Guid? team = null) =>
        $"/performance/{d.Id}/children?{p.Query}&part={part}"
        + (month is { } m ? $"&month={m.ToString(CultureInfo.InvariantCulture)}" : "")
        + (worker is { } w ? $"&worker={w}" : "")
        + (team is { } t ? $"&team={t}" : "");

    /// <summary>Whether this figure has children behind it to list (counts of workers do not).</summary>
    public static bool CanDrill(IndicatorDefinition d, string part) => !(d.Id == IndicatorCatalogue.Caseload && part == "denominator");

    protected FileContentResult CsvFile(ReportTable table, string name) =>
        File(Csv.Bytes(table), "text/csv; charset=utf-8", name + ".csv");

    protected FileContentResult XlsxFile(IReadOnlyList<ReportTable> tables, string name) =>
        File(Xlsx.Write(tables), Xlsx.ContentType, name + ".xlsx");

    protected string FilePart => Period is { Year: { } y } ? y.ToString(CultureInfo.InvariantCulture)
        : Period is { } p ? $"{p.From:yyyy-MM-dd}-to-{p.To:yyyy-MM-dd}" : "";
}
