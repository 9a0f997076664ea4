using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Core.Published;
using Safeguard.Web.Components;
using Safeguard.Web.Performance;

namespace Safeguard.Web.Pages.Compare;

/// <summary>
/// The comparative analysis of all authorities on one published measure and year, from the published statistics
/// only. Shared by the signed-in /compare and the public /statistics pages, which differ only in their path.
/// Choices come by query string and are checked: a wrong one shows the GOV.UK error summary, never a 500.
/// </summary>
public abstract class ComparisonPage(ComparisonViews views) : PageModel
{
    public const string DefaultMeasure = PublishedMeasures.ReferralRate;

    public abstract string BasePath { get; }

    public ComparisonViews Views => views;
    public ComparisonView? View { get; private set; }
    public List<FieldError> Errors { get; } = [];
    public string? MeasureText { get; private set; }
    public string? YearText { get; private set; }
    public string? LaText { get; private set; }

    public ErrorSummaryModel ErrorSummary => new(Errors);

    public SelectModel MeasureSelect => new("measure", "measure", "Measure",
        [.. views.Measures.Select(m => new Choice(m.Id, m.Title))], View?.Measure.Id ?? MeasureText ?? DefaultMeasure,
        Error: Errors.FirstOrDefault(e => e.FieldId == "measure")?.Message);

    public SelectModel YearSelect => new("year", "year", "Year ending 31 March (30 September for the workforce)",
        [.. AllYears.Select(y => new Choice(y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture)))],
        View?.Year.ToString(CultureInfo.InvariantCulture) ?? YearText, Error: Errors.FirstOrDefault(e => e.FieldId == "year")?.Message);

    public SelectModel AuthoritySelect => new("la", "la", "Authority to highlight (optional)",
        [new Choice("", "None"), .. views.Statistics.Authorities.Current.Select(a => new Choice(a.LaCode, a.Name))],
        View?.Authority?.LaCode ?? "", Hint: "Shows its statistical neighbours and its trend",
        Error: Errors.FirstOrDefault(e => e.FieldId == "la")?.Message);

    private IEnumerable<int> AllYears => views.Measures.SelectMany(m => views.Statistics.Years(m.Id)).Distinct().OrderDescending();

    public IActionResult OnGet(string? measure, string? year, string? la, string? sort, string? dir, string? format, string? table)
    {
        MeasureText = measure;
        YearText = year;
        LaText = la;
        var m = string.IsNullOrWhiteSpace(measure) ? PublishedMeasures.Get(DefaultMeasure) : PublishedMeasures.Find(measure.Trim());
        if (m is null || m.Id == PublishedMeasures.Population0To17 || views.Statistics.Years(m.Id).Count == 0)
            Errors.Add(new FieldError("measure", "Choose a measure from the list"));

        int chosenYear = 0;
        if (m is not null && Errors.Count == 0)
        {
            var years = views.Statistics.Years(m.Id);
            if (string.IsNullOrWhiteSpace(year)) chosenYear = years[^1];
            else if (!int.TryParse(year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out chosenYear) || !years.Contains(chosenYear))
                Errors.Add(new FieldError("year", $"Choose a year from {years[0]} to {years[^1]}: {m.Title.ToLowerInvariant()} is published for those years"));
        }

        LocalAuthority? authority = null;
        if (!string.IsNullOrWhiteSpace(la))
        {
            authority = views.Statistics.Authorities.ByCode(la.Trim());
            if (authority is null) Errors.Add(new FieldError("la", "Choose an authority from the list"));
        }

        var sortKey = sort is not null && ComparisonViews.SortKeys.Contains(sort) ? sort : "rank";
        var ascending = dir != "desc";
        if (Errors.Count == 0) View = views.Build(BasePath, m!.Id, chosenYear, authority, sortKey, ascending);
        if (View is null)
        {
            ViewData["HasErrors"] = true;
            if (Errors.Count == 0) Errors.Add(new FieldError("measure", "Choose a measure from the list"));
            return Page();
        }

        if (format is null or "") return Page();
        if (format == "csv" && View.Tables.FirstOrDefault(t => t.Id == (table ?? "ranked")) is { } t)
            return File(Csv.Bytes(t), "text/csv; charset=utf-8", $"{View.Measure.Id}-{View.Year}-{t.Id}.csv");
        return NotFound();
    }
}

/// <summary>One authority on every published measure: the profile page, shared by /compare and /statistics.</summary>
public abstract class ProfilePage(ComparisonViews views) : PageModel
{
    public abstract string BasePath { get; }

    public LocalAuthority? Authority { get; private set; }
    public int Year { get; private set; }
    public ReportTable? Table { get; private set; }
    public List<FieldError> Errors { get; } = [];
    public ErrorSummaryModel ErrorSummary => new(Errors);
    public int LatestYear => views.Measures.SelectMany(m => views.Statistics.Years(m.Id)).Max();
    public int EarliestYear => views.Measures.SelectMany(m => views.Statistics.Years(m.Id)).Min();

    public SelectModel YearSelect => new("year", "year", "Year",
        [.. Enumerable.Range(EarliestYear, LatestYear - EarliestYear + 1).Reverse().Select(y => new Choice(y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture)))],
        Year == 0 ? null : Year.ToString(CultureInfo.InvariantCulture), Error: Errors.FirstOrDefault()?.Message);

    public IActionResult OnGet(string laCode, string? year, string? format)
    {
        Authority = views.Statistics.Authorities.ByCode(laCode ?? "");
        if (Authority is null) return NotFound();
        if (string.IsNullOrWhiteSpace(year)) Year = LatestYear;
        else if (!int.TryParse(year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < EarliestYear || y > LatestYear)
        {
            Errors.Add(new FieldError("year", $"Choose a year from {EarliestYear} to {LatestYear}"));
            ViewData["HasErrors"] = true;
            return Page();
        }
        else Year = y;
        Table = views.Profile(BasePath, Authority, Year);
        return format switch
        {
            null or "" => Page(),
            "csv" => File(Csv.Bytes(Table), "text/csv; charset=utf-8", $"{Authority.LaCode}-{Year}-profile.csv"),
            _ => NotFound(),
        };
    }
}
