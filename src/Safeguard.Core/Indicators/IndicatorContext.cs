using Safeguard.Core.Clock;
using Safeguard.Core.Workforce;

namespace Safeguard.Core.Indicators;

/// <summary>
/// What the indicator engine needs besides the children: the year (ending 31 March), the authority's working-day
/// calendar (bank holidays excluded unless it counts Monday to Friday), the 0–17 population for rates, and the
/// workers (for the caseload and the by-team breakdown).
/// </summary>
public sealed record IndicatorContext(DateOnly YearEnd)
{
    public WorkingDayCalendar Calendar { get; init; } = WorkingDayCalendar.England();

    /// <summary>ONS 0–17 population; rates are left empty without it.</summary>
    public int? Population0To17 { get; init; }

    public IReadOnlyList<Worker> Workers { get; init; } = [];

    /// <summary>Keep the child ids behind each numerator and denominator; turn off when only the figures are wanted.</summary>
    public bool DrillDown { get; init; } = true;

    /// <summary>
    /// The first day of a shorter period ending on <see cref="YearEnd"/> (at most a year); null for the whole year
    /// ending 31 March. Snapshot indicators are then taken on <see cref="YearEnd"/>; rates are not annualised.
    /// </summary>
    public DateOnly? From { get; init; }

    public DateOnly YearStart => From ?? CalibrationCounts.YearStart(YearEnd);

    /// <summary>The period from <paramref name="from"/> to <paramref name="to"/>; refused when it is empty or longer than a year.</summary>
    public static IndicatorContext ForPeriod(DateOnly from, DateOnly to)
    {
        if (from > to) throw new ArgumentException("The period must start on or before the day it ends.", nameof(from));
        if (from < CalibrationCounts.YearStart(to)) throw new ArgumentException("The period can be at most a year long.", nameof(from));
        return new IndicatorContext(to) { From = from };
    }

    /// <summary>The workforce census day: 30 September before the year end.</summary>
    public DateOnly WorkforceDay => new(YearEnd.Year - 1, 9, 30);

    /// <summary>The year ending 31 March of <paramref name="year"/> (2026 → 1 April 2025 to 31 March 2026).</summary>
    public static IndicatorContext ForYear(int year, WorkingDayConvention convention = WorkingDayConvention.ExcludeBankHolidays) =>
        new(new DateOnly(year, 3, 31)) { Calendar = WorkingDayCalendar.England(convention) };
}
