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
/// <remarks>
/// Counting uses a running total C(d) = working days from 1 Jan 0001 up to and including d, so
/// <see cref="WorkingDaysBetween"/> is C(to) − C(from): O(1) from a precomputed table inside
/// <see cref="FastFrom"/>–<see cref="FastTo"/> and O(log holidays) outside it (weekday arithmetic less a
/// binary search of the holidays). The answers are the same as counting day by day.
/// </remarks>
public sealed class WorkingDayCalendar
{
    /// <summary>First day of the precomputed table.</summary>
    public static readonly DateOnly FastFrom = new(1990, 1, 1);

    /// <summary>Last day of the precomputed table.</summary>
    public static readonly DateOnly FastTo = new(2069, 12, 31);

    private static readonly Lazy<WorkingDayCalendar> EnglandExcluding =
        new(() => new(BankHolidays.EnglandAndWalesNamed, WorkingDayConvention.ExcludeBankHolidays, BankHolidays.Covers));

    private static readonly Lazy<WorkingDayCalendar> EnglandMondayToFriday =
        new(() => new(BankHolidays.EnglandAndWalesNamed, WorkingDayConvention.MondayToFridayOnly, BankHolidays.Covers));

    private readonly HashSet<DateOnly> _holidays;
    private readonly int[] _weekdayHolidays; // sorted day numbers of the excluded holidays that fall Mon–Fri
    private readonly BankHoliday[] _named;    // every holiday the calendar was given, by date, whatever the convention
    private readonly Func<DateOnly, bool> _knows;
    private readonly int _fastStart;
    private readonly int[] _running;          // _running[i] = C(day number _fastStart + i)

    public WorkingDayCalendar(IEnumerable<DateOnly> bankHolidays, WorkingDayConvention convention = WorkingDayConvention.ExcludeBankHolidays)
        : this(bankHolidays.Select(d => new BankHoliday(d, "Bank holiday")), convention, static _ => true)
    {
    }

    private WorkingDayCalendar(IEnumerable<BankHoliday> bankHolidays, WorkingDayConvention convention, Func<DateOnly, bool> knows)
    {
        Convention = convention;
        _named = [.. bankHolidays.DistinctBy(h => h.Date).OrderBy(h => h.Date)];
        _knows = knows;
        _holidays = convention == WorkingDayConvention.MondayToFridayOnly ? [] : [.. _named.Select(h => h.Date)];
        _weekdayHolidays = [.. _holidays.Where(IsWeekday).Select(d => d.DayNumber).Order()];

        _fastStart = FastFrom.DayNumber;
        _running = new int[FastTo.DayNumber - _fastStart + 1];
        var total = Slow(_fastStart);
        for (var i = 0; i < _running.Length; i++)
        {
            if (i > 0 && IsWorkingDay(DateOnly.FromDayNumber(_fastStart + i))) total++;
            _running[i] = total;
        }
    }

    /// <summary>
    /// The England and Wales calendar (bank holidays 2008–2030 from <see cref="BankHolidays"/>). Outside that range
    /// it counts weekends only; <see cref="KnowsBankHolidaysOn"/> tells. Instances are shared.
    /// </summary>
    public static WorkingDayCalendar England(WorkingDayConvention convention = WorkingDayConvention.ExcludeBankHolidays) =>
        convention == WorkingDayConvention.MondayToFridayOnly ? EnglandMondayToFriday.Value : EnglandExcluding.Value;

    public WorkingDayConvention Convention { get; }

    public bool IsWorkingDay(DateOnly date) => IsWeekday(date) && !_holidays.Contains(date);

    /// <summary>False when <paramref name="date"/> is outside the range of bank holidays this calendar was given.</summary>
    public bool KnowsBankHolidaysOn(DateOnly date) => _knows(date);

    /// <summary>
    /// The bank holidays falling Monday to Friday after <paramref name="after"/> up to and including
    /// <paramref name="upTo"/> — the ones a working-day window skips (or, under
    /// <see cref="WorkingDayConvention.MondayToFridayOnly"/>, counts as working days).
    /// </summary>
    public IReadOnlyList<BankHoliday> WeekdayBankHolidays(DateOnly after, DateOnly upTo) =>
        [.. _named.Where(h => h.Date > after && h.Date <= upTo && IsWeekday(h.Date))];

    /// <summary>The date <paramref name="workingDays"/> working days after <paramref name="start"/> (the start day is day 0).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        if (workingDays == 0) return start;

        var startIndex = start.DayNumber - _fastStart;
        if (startIndex >= 0 && startIndex < _running.Length)
        {
            // The answer is the first day whose running total reaches the target; that day is a working day.
            var target = _running[startIndex] + workingDays;
            if (target <= _running[^1])
            {
                var found = Array.BinarySearch(_running, startIndex + 1, _running.Length - startIndex - 1, target);
                if (found < 0) throw new InvalidOperationException("Running total skipped a value."); // cannot happen: steps of 0 or 1
                while (_running[found - 1] == target) found--;
                return DateOnly.FromDayNumber(_fastStart + found);
            }
        }

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
    public int WorkingDaysBetween(DateOnly from, DateOnly to) => Running(to.DayNumber) - Running(from.DayNumber);

    private static bool IsWeekday(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private int Running(int dayNumber)
    {
        var i = dayNumber - _fastStart;
        return i >= 0 && i < _running.Length ? _running[i] : Slow(dayNumber);
    }

    // C(n): weekdays among day numbers 0..n (day 0, 1 Jan 0001, was a Monday) less the excluded weekday holidays up to n.
    private int Slow(int dayNumber)
    {
        var days = dayNumber + 1;
        var weekdays = days / 7 * 5 + Math.Min(days % 7, 5);
        var index = Array.BinarySearch(_weekdayHolidays, dayNumber);
        var holidaysUpTo = index >= 0 ? index + 1 : ~index;
        return weekdays - holidaysUpTo;
    }
}
