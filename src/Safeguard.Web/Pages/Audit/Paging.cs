using System.Globalization;

namespace Safeguard.Web.Pages.Audit;

/// <summary>
/// Which page of a long list is showing, and the links to the pages beside it (GOV.UK pagination). Handlers bind the
/// number with [FromQuery(Name = "page")]: a parameter named "page" would bind Razor Pages' own "page" route value.
/// </summary>
public sealed record Paging(int PageNumber, int PageSize, int Total, Func<int, string> Href, string Label)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public int Skip => (PageNumber - 1) * PageSize;
    public string Showing => Total == 0 ? "None found."
        : string.Create(CultureInfo.InvariantCulture, $"Showing {Skip + 1:N0} to {Math.Min(Skip + PageSize, Total):N0} of {Total:N0}.");

    public static Paging For(int requested, int pageSize, int total, Func<int, string> href, string label)
    {
        var count = Math.Max(1, (total + pageSize - 1) / pageSize);
        return new Paging(Math.Clamp(requested, 1, count), pageSize, total, href, label);
    }
}

/// <summary>How the audit pages show a moment: UK time, to the second.</summary>
public static class AuditTime
{
    private static readonly TimeZoneInfo UkTime = Find();

    public static string Show(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, UkTime).ToString("d MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    private static TimeZoneInfo Find()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/London"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }
}
