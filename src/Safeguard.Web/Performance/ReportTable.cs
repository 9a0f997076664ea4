namespace Safeguard.Web.Performance;

/// <summary>One cell: the text shown, the number behind it (written as a number in CSV and XLSX), and an optional link.</summary>
public sealed record ReportCell(string Text, double? Number = null, string? Href = null)
{
    public static ReportCell Of(string? text) => new(text ?? "");

    public static implicit operator ReportCell(string text) => new(text);
}

/// <summary>
/// A table shown on a page and offered for download: the same rows go to HTML, CSV and XLSX, so a download always
/// matches what is on the screen. <see cref="SortHrefs"/> (one per header, null where a column does not sort) makes
/// the headers links that sort by query string, without JavaScript.
/// </summary>
public sealed record ReportTable(string Id, string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<ReportCell>> Rows)
{
    public IReadOnlyList<string?>? SortHrefs { get; init; }

    /// <summary>The column sorted on, and whether ascending: shown with aria-sort.</summary>
    public int? SortedColumn { get; init; }

    public bool Ascending { get; init; } = true;

    /// <summary>Where to download it: the page's own URL with format=csv (and xlsx where offered) and table=Id.</summary>
    public string? CsvHref { get; init; }

    public string? XlsxHref { get; init; }

    /// <summary>Columns right-aligned as numbers.</summary>
    public IReadOnlySet<int> NumericColumns { get; init; } = new HashSet<int>();

    public bool CaptionVisible { get; init; } = true;
}
