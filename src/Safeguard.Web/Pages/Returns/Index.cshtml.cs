using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Safeguard.Core.Returns;
using Safeguard.Core.Returns.Cin;
using Safeguard.Data;
using Safeguard.Data.Audit;
using Safeguard.Data.Returns;
using Safeguard.Web.Access;
using Safeguard.Web.Audit;
using Safeguard.Web.Components;
using Safeguard.Web.SignIn;
using Safeguard.Web.Startup;

namespace Safeguard.Web.Pages.Returns;

/// <summary>
/// The CIN census check for the performance team: choose a collection year and Safeguard exports the census from the
/// records in memory and runs the XSD gate and every rule, listing what it found; or upload a census another system
/// wrote and check that. A finding links to the child's record only when the viewer may see it (RecordAccess);
/// otherwise the LA child ID is shown as text.
/// </summary>
[Authorize(Policy = Policies.Performance)]
[RequestSizeLimit(MaxUploadBytes + 1_000_000)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + 1_000_000)]
public sealed class ReturnsModel(SafeguardDbContext db, RecordAccess access, RecordAudit audit, IOptions<SafeguardOptions> options, TimeProvider time)
    : PageModel
{
    /// <summary>Largest census accepted for upload: a large authority's census is about 30 MB.</summary>
    public const long MaxUploadBytes = 100_000_000;

    public const int PageSize = 200;

    public int Year { get; private set; } = CensusReview.Years[0];
    public string YearLabel => $"{Year - 1}-{Year % 100:00}";
    public SelectModel YearSelect => new("year", "year", "Collection year",
        [.. CensusReview.Years.Select(y => new Choice(y.ToString(CultureInfo.InvariantCulture), $"{y - 1} to {y} (census date 31 March {y})"))],
        Year.ToString(CultureInfo.InvariantCulture));

    /// <summary>What was checked: "records" (exported from Safeguard) or "upload"; null before anything is checked.</summary>
    public string? Checked { get; private set; }
    public string? UploadName { get; private set; }
    public int Children { get; private set; }
    public int Errors { get; private set; }
    public int Queries { get; private set; }
    public int FindingCount { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;
    public TableModel ByRule { get; private set; } = new("", [], []);
    public TableModel Findings { get; private set; } = new("", [], []);
    public ErrorSummaryModel ErrorSummary { get; private set; } = new([]);
    public string? UploadError { get; private set; }

    public string PageHref(int page) => $"/returns?year={Year}&check=1&page={page}";

    public async Task<IActionResult> OnGetAsync(int? year, int? check, int page = 1, CancellationToken cancellationToken = default)
    {
        if (year is { } y && !CensusReview.Years.Contains(y)) return NotFound();
        if (year is { } chosen) Year = chosen;
        if (check is null) return Page();

        var review = await ReviewAsync(cancellationToken);
        Checked = "records";
        await ShowAsync(review.Children, review.Findings, page, cancellationToken);
        await audit.ListedAsync(await ChildIdsAsync(review.Findings, cancellationToken), AuditAction.Exported,
            $"CIN census {YearLabel} checked from the records", cancellationToken);
        return Page();
    }

    /// <summary>The findings as CSV, for a spreadsheet.</summary>
    public async Task<IActionResult> OnGetCsvAsync(int year, CancellationToken cancellationToken = default)
    {
        if (!CensusReview.Years.Contains(year)) return NotFound();
        Year = year;
        var review = await ReviewAsync(cancellationToken);
        await audit.ListedAsync(await ChildIdsAsync(review.Findings, cancellationToken), AuditAction.Exported,
            $"CIN census {YearLabel} findings downloaded as CSV", cancellationToken);
        using var csv = new StringWriter(CultureInfo.InvariantCulture);
        FindingsReport.WriteCsv(review.Findings, csv);
        return File(new UTF8Encoding(false).GetBytes(csv.ToString()), "text/csv", $"cin-census-{Year}-{review.LaCode}-findings.csv");
    }

    /// <summary>Checks a census file another system wrote: the same hardened reader and rules as everything else.</summary>
    public async Task<IActionResult> OnPostUploadAsync(IFormFile? census, int? year, CancellationToken cancellationToken = default)
    {
        if (year is { } y && CensusReview.Years.Contains(y)) Year = y;
        if (census is null || census.Length == 0) return Refuse("Select a CIN census XML file to check");
        if (census.Length > MaxUploadBytes) return Refuse($"The file must be smaller than {MaxUploadBytes / 1_000_000} MB");

        // The upload is copied to a temporary file (deleted on close) and validated from there, synchronously.
        var path = Path.GetTempFileName();
        CensusValidationResult result;
        try
        {
            await using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            await census.CopyToAsync(file, cancellationToken);
            file.Position = 0;
            result = CensusValidator.Validate(file, CensusReview.RulesetFor(Year), options: new CinReaderOptions { MaxCharacters = MaxUploadBytes });
        }
        catch (CensusReadException ex)
        {
            return Refuse($"The file is not a CIN census we can read: {ex.Message}");
        }
        finally
        {
            if (System.IO.File.Exists(path)) System.IO.File.Delete(path);
        }

        Checked = "upload";
        UploadName = Path.GetFileName(census.FileName);
        await ShowAsync(result.ChildrenChecked, result.AllFindings(), 1, cancellationToken, pageAll: true);
        return Page();
    }

    private PageResult Refuse(string message)
    {
        UploadError = message;
        ErrorSummary = new([new FieldError("census", message)]);
        return Page();
    }

    private async Task<CensusReviewResult> ReviewAsync(CancellationToken cancellationToken)
    {
        var authorityId = User.Authority();
        var authority = await db.Authorities.AsNoTracking().SingleAsync(a => a.Id == authorityId, cancellationToken);
        var madeAt = TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime;
        var database = options.Value.Database;
        // The export reads the records on its own connections: off the request thread.
        return await Task.Run(() => CensusReview.Run(database, authority, Year, madeAt), cancellationToken);
    }

    private async Task ShowAsync(int children, IReadOnlyList<Finding> findings, int page, CancellationToken cancellationToken, bool pageAll = false)
    {
        Children = children;
        FindingCount = findings.Count;
        Errors = findings.Count(f => f.Severity == RuleSeverity.Error);
        Queries = findings.Count - Errors;
        PageCount = pageAll ? 1 : Math.Max(1, (findings.Count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page, 1, PageCount);

        ByRule = new TableModel("Findings by rule", ["Rule", "Type", "Findings", "Message"],
            [.. findings.GroupBy(f => (f.Code, f.Severity))
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Code, StringComparer.Ordinal)
                .Select(g => (IReadOnlyList<TableCell>)
                [
                    new TableCell(g.Key.Code),
                    new TableCell("", Tag: Tag(g.Key.Severity)),
                    new TableCell(g.Count().ToString("N0", CultureInfo.InvariantCulture)),
                    new TableCell(g.First().Message),
                ])], TestId: "findings-by-rule", CaptionIsHeading: true);

        var shown = pageAll ? findings : findings.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        var links = await VisibleChildrenAsync(shown, cancellationToken);
        Findings = new TableModel("Findings", ["Rule", "Type", "Child", "Where", "Fields", "Message"],
            [.. shown.Select(f => (IReadOnlyList<TableCell>)
            [
                new TableCell(f.Code),
                new TableCell("", Tag: Tag(f.Severity)),
                links.TryGetValue(f.ChildId, out var id) ? new TableCell(f.ChildId, $"/children/{id}") : new TableCell(f.ChildId),
                new TableCell(f.Location.Label),
                new TableCell(f.Fields),
                new TableCell(f.Message),
            ])], TestId: "findings", CaptionIsHeading: true);
    }

    private static TagModel Tag(RuleSeverity severity) =>
        severity == RuleSeverity.Error ? new TagModel("ERROR", "red") : new TagModel("QUERY", "yellow");

    /// <summary>LA child ID → record id, for the children on this page the viewer may see (everyone else: plain text).</summary>
    private async Task<Dictionary<string, Guid>> VisibleChildrenAsync(IEnumerable<Finding> findings, CancellationToken cancellationToken)
    {
        var laIds = findings.Select(f => f.ChildId).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (laIds.Count == 0) return [];
        var authorityId = User.Authority();
        var visible = await access.Children(User)
            .Where(c => c.AuthorityId == authorityId && laIds.Contains(c.LaChildId))
            .Select(c => new { c.LaChildId, c.Id })
            .ToListAsync(cancellationToken);
        return visible.ToDictionary(c => c.LaChildId, c => c.Id, StringComparer.Ordinal);
    }

    /// <summary>Every child of the authority a finding names, whatever the viewer's scope: the audit of what was listed.</summary>
    private async Task<List<Guid>> ChildIdsAsync(IEnumerable<Finding> findings, CancellationToken cancellationToken)
    {
        var laIds = findings.Select(f => f.ChildId).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (laIds.Count == 0) return [];
        var authorityId = User.Authority();
        return await db.Children.Where(c => c.AuthorityId == authorityId && laIds.Contains(c.LaChildId)).Select(c => c.Id).ToListAsync(cancellationToken);
    }
}
