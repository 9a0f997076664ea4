namespace Safeguard.Core.Clock;

/// <summary>How an authority counts working days.</summary>
public enum WorkingDayConvention
{
    /// <summary>Monday to Friday, less the England and Wales bank holidays (the usual reading of Working Together).</summary>
    ExcludeBankHolidays,

    /// <summary>Monday to Friday only, as some DfE validation rules (8670Q) count.</summary>
    MondayToFridayOnly,
}

/// <summary>
/// Counts working days. Every statutory clock in Safeguard goes through one of these, so the bank-holiday
/// question is answered in one place.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _holidays;

    public WorkingDayCalendar(IEnumerable<DateOnly> bankHolidays, WorkingDayConvention convention = WorkingDayConvention.ExcludeBankHolidays)
    {
        Convention = convention;
        _holidays = convention == WorkingDayConvention.MondayToFridayOnly ? [] : [.. bankHolidays];
    }

    public WorkingDayConvention Convention { get; }

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date);

    /// <summary>The date <paramref name="workingDays"/> working days after <paramref name="start"/> (the start day is day 0).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = start;
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) counted++;
        }
        return date;
    }

    /// <summary>
    /// Working days elapsed from <paramref name="from"/> to <paramref name="to"/>: the working days after
    /// <paramref name="from"/> up to and including <paramref name="to"/> (0 when the same day). Negative when
    /// <paramref name="to"/> is earlier.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from) return -WorkingDaysBetween(to, from);
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
            if (IsWorkingDay(date)) count++;
        return count;
    }
}
