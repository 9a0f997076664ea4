using System.Globalization;
using Safeguard.Core.Indicators;

namespace Safeguard.Web.Performance;

/// <summary>
/// The period a dashboard shows: a collection year (1 April to 31 March) or any from/to dates up to a year long.
/// Snapshot indicators ("at 31 March") are taken on the last day.
/// </summary>
public sealed record DashboardPeriod(DateOnly From, DateOnly To, int? Year)
{
    public const int EarliestYear = 2009;

    public static DashboardPeriod ForYear(int year) => new(new DateOnly(year - 1, 4, 1), new DateOnly(year, 3, 31), year);

    /// <summary>The collection year that contains the day (years end on 31 March).</summary>
    public static int YearContaining(DateOnly day) => day.Month > 3 ? day.Year + 1 : day.Year;

    public string Label => Year is { } y
        ? $"year ending 31 March {y}"
        : $"{From.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} to {To.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";

    public string SnapshotDay => To.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The period as a query string, the way the period form sends it.</summary>
    public string Query => Year is { } y
        ? $"year={y}"
        : string.Create(CultureInfo.InvariantCulture,
            $"from.Day={From.Day}&from.Month={From.Month}&from.Year={From.Year}&to.Day={To.Day}&to.Month={To.Month}&to.Year={To.Year}");

    public IndicatorContext Context() => Year is null ? IndicatorContext.ForPeriod(From, To) : new IndicatorContext(To);

    /// <summary>How many months the monthly breakdown has (at most 12: a 13th part-month is counted in the 12th).</summary>
    public int Months => Math.Min(12, ((To.Year - From.Year) * 12) + To.Month - From.Month + 1);

    public string MonthLabel(int month) =>
        new DateOnly(From.Year, From.Month, 1).AddMonths(month).ToString("MMM yyyy", CultureInfo.InvariantCulture);
}
