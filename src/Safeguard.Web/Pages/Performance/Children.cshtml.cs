using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Indicators;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Data.Audit;
using Safeguard.Web.Access;
using Safeguard.Web.Audit;
using Safeguard.Web.Performance;
using Safeguard.Web.SignIn;
using Safeguard.Web.Startup;

namespace Safeguard.Web.Pages.Performance;

/// <summary>
/// The children behind one figure (a numerator or denominator, optionally for a month, a worker or a team), 50 a
/// page. Analysts see them pseudonymously (LA child ID, age, team, date counted: no names, no links); team managers
/// see a name linked to the record only for children <see cref="RecordAccess"/> lets them open. Each list and download
/// is audited as a listing of the children shown.
/// </summary>
[Authorize(Policy = Policies.Performance)]
public sealed class DrillDownModel(IndicatorReports reports, Today today, SafeguardDbContext db, RecordAccess access, RecordAudit audit)
    : PerformancePage(reports, today)
{
    public const int PageSize = 50;

    public IndicatorDefinition Definition { get; private set; } = IndicatorCatalogue.All[0];
    public string Part { get; private set; } = "numerator";
    public string Describe { get; private set; } = "";
    public ReportTable? Table { get; private set; }
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;
    public bool ShowsNames => User.Role() == WorkerRole.TeamManager;
    public Components.BackLinkModel Back => new(Period is null ? "/performance" : $"/performance/{Definition.Id}?{Period.Query}", Definition.Title);

    public async Task<IActionResult> OnGetAsync(string indicator, string? part, string? month, string? worker, string? team,
        string? format, int page = 1, CancellationToken cancellationToken = default)
    {
        if (Indicator(indicator) is not { } definition) return NotFound();
        Definition = definition;
        Part = part ?? "numerator";
        if (Part is not ("numerator" or "denominator") || !CanDrill(definition, Part)
            || (Part == "denominator" && definition.Denominator is null)) return NotFound();
        int? monthIndex = null;
        Guid? workerId = null, teamId = null;
        if (month is not null)
        {
            if (!int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 0 or > 11) return NotFound();
            monthIndex = m;
        }
        if (worker is not null) { if (!Guid.TryParse(worker, out var w)) return NotFound(); workerId = w; }
        if (team is not null) { if (!Guid.TryParse(team, out var t)) return NotFound(); teamId = t; }
        if (format is not (null or "" or "csv" or "xlsx")) return NotFound();

        if (!await LoadAsync(cancellationToken)) return Errors.Count > 0 ? Page() : NotFound();
        var data = Data!;
        var result = data.Report[definition.Id];
        var items = result.Items
            .Where(i => Part == "numerator" ? i.InNumerator : i.InDenominator)
            .Where(i => monthIndex is null || i.Month == monthIndex)
            .Where(i => workerId is null || i.WorkerId == workerId)
            .Where(i => teamId is null || data.TeamOf(i.WorkerId) == teamId)
            .OrderBy(i => i.Date).ThenBy(i => i.ChildId)
            .ToList();
        Describe = $"{(Part == "numerator" ? "Numerator" : "Denominator")}: {(Part == "numerator" ? definition.Numerator : definition.Denominator)}"
            + (monthIndex is { } mi ? $"; {data.Period.MonthLabel(mi)}" : "")
            + (workerId is { } wi ? $"; worker {data.WorkerName(wi)}" : "")
            + (teamId is { } ti ? $"; {data.TeamName(ti)}" : "");

        Total = items.Count;
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page, 1, PageCount);
        var download = format is "csv" or "xlsx";
        var shown = download ? items : items.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        Table = await BuildAsync(data, shown, cancellationToken);
        var what = $"Performance drill-down: {definition.Title}, {data.Period.Label}; {Describe}";
        await audit.ListedAsync(shown.Select(i => i.ChildId), download ? AuditAction.Exported : AuditAction.Searched, Trim(what), cancellationToken);

        var name = $"{definition.Id}-{Part}-{FilePart}";
        return format switch
        {
            "csv" => CsvFile(Table, name),
            "xlsx" => XlsxFile([Table], name),
            _ => Page(),
        };
    }

    private async Task<ReportTable> BuildAsync(DashboardData data, List<IndicatorItem> items, CancellationToken cancellationToken)
    {
        var ids = items.Select(i => i.ChildId).Distinct().ToList();
        var people = await db.Children.AsNoTracking().Where(c => EF.Parameter(ids).Contains(c.Id))
            .Select(c => new { c.Id, c.LaChildId, c.GivenName, c.FamilyName, c.DateOfBirth })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var openable = ShowsNames
            ? (await access.Children(User).Where(c => EF.Parameter(ids).Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet()
            : [];
        var rows = items.Select(i =>
        {
            var person = people.GetValueOrDefault(i.ChildId);
            var age = person?.DateOfBirth is { } dob ? AgeOn(dob, i.Date).ToString(CultureInfo.InvariantCulture) : "Unborn";
            var cells = new List<ReportCell>
            {
                person?.LaChildId ?? "",
            };
            if (ShowsNames)
                cells.Add(openable.Contains(i.ChildId) && person is not null
                    ? new ReportCell($"{person.GivenName} {person.FamilyName}", Href: $"/children/{i.ChildId}")
                    : "Not shown: outside your teams");
            cells.Add(new ReportCell(age, person?.DateOfBirth is null ? null : AgeOn(person.DateOfBirth.Value, i.Date)));
            cells.Add(data.TeamName(data.TeamOf(i.WorkerId)));
            cells.Add(i.Date.ToString("d MMM yyyy", CultureInfo.InvariantCulture));
            if (Part == "denominator" && Definition.Denominator is not null) cells.Add(i.InNumerator ? "Yes" : "No");
            return (IReadOnlyList<ReportCell>)cells;
        }).ToList();
        List<string> headers = ["LA child ID"];
        if (ShowsNames) headers.Add("Name");
        headers.AddRange(["Age", "Team", "Date counted"]);
        if (Part == "denominator") headers.Add("In numerator");
        var query = string.Join('&', Request.Query.Where(q => q.Key is not ("format" or "page")).Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}"));
        return new ReportTable("drill-down", $"Children behind the figure ({Figures.Count(Total)})", headers, rows)
        {
            NumericColumns = new HashSet<int> { ShowsNames ? 2 : 1 },
            CsvHref = $"/performance/{Definition.Id}/children?{query}&format=csv",
            XlsxHref = $"/performance/{Definition.Id}/children?{query}&format=xlsx",
        };
    }

    public string PageHref(int page)
    {
        var query = string.Join('&', Request.Query.Where(q => q.Key is not ("format" or "page")).Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}"));
        return $"/performance/{Definition.Id}/children?{query}&page={page}";
    }

    private static int AgeOn(DateOnly dob, DateOnly day)
    {
        var age = day.Year - dob.Year;
        if (dob.AddYears(age) > day) age--;
        return Math.Max(0, age);
    }

    private static string Trim(string text) => text.Length <= 200 ? text : text[..200];
}
