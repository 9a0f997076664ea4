using System.Globalization;

namespace Safeguard.Core.Clock;

/// <summary>
/// A computed due date: <see cref="Rule"/> started on <see cref="Start"/> is due by <see cref="Due"/> (inclusive).
/// </summary>
/// <param name="BankHolidaysInWindow">Bank holidays Monday–Friday inside the window (working-day rules only): skipped
/// under <see cref="WorkingDayConvention.ExcludeBankHolidays"/>, counted as working days under Monday-to-Friday.</param>
/// <param name="BankHolidaysKnown">False when the window reaches outside the calendar's bank-holiday data, so only
/// weekends were skipped there.</param>
public sealed record DueDate(
    StatutoryRule Rule,
    DateOnly Start,
    DateOnly Due,
    WorkingDayConvention Convention,
    IReadOnlyList<BankHoliday> BankHolidaysInWindow,
    bool BankHolidaysKnown)
{
    /// <summary>The start event ("the strategy discussion").</summary>
    public string StartEvent => Rule.CountedFrom;

    public int Count => Rule.Count;

    // Value equality including the holiday list (a record would compare the list by reference).
    public bool Equals(DueDate? other) =>
        other is not null && Rule == other.Rule && Start == other.Start && Due == other.Due && Convention == other.Convention
        && BankHolidaysKnown == other.BankHolidaysKnown && BankHolidaysInWindow.SequenceEqual(other.BankHolidaysInWindow);

    public override int GetHashCode() => HashCode.Combine(Rule, Start, Due, Convention, BankHolidaysKnown, BankHolidaysInWindow.Count);

    public ClockUnit Unit => Rule.Unit;

    /// <summary>Formats a date the way explanations do: "Mon 14 Apr 2025".</summary>
    public static string Format(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// One sentence a social worker can check by hand, e.g. "Initial child protection conference due by Tue 6 May 2025:
    /// 15 working days after the strategy discussion on Thu 10 Apr 2025 (Working Together 2023; bank holidays
    /// excluded: Good Friday Fri 18 Apr 2025, ...)."
    /// </summary>
    public string Explain() =>
        $"{Rule.Title} due by {Format(Due)}: {Rule.Measure} after {StartEvent} on {Format(Start)} ({Rule.RuleSetName}; {CountingNote()}).";

    /// <summary>The status of this clock on <paramref name="today"/>, met on <paramref name="metOn"/> if it has been.</summary>
    public ClockItem Evaluate(DateOnly? metOn, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (metOn is { } met)
        {
            return met <= Due
                ? new ClockItem(this, metOn, today, ClockStatus.MetOnTime, 0, 0, 0)
                : new ClockItem(this, metOn, today, ClockStatus.MetLate, calendar.WorkingDaysBetween(Due, met), met.DayNumber - Due.DayNumber, 0);
        }
        if (today < Due) return new ClockItem(this, null, today, ClockStatus.Due, 0, 0, calendar.WorkingDaysBetween(today, Due));
        if (today == Due) return new ClockItem(this, null, today, ClockStatus.DueToday, 0, 0, 0);
        return new ClockItem(this, null, today, ClockStatus.Overdue, calendar.WorkingDaysBetween(Due, today), today.DayNumber - Due.DayNumber, 0);
    }

    private string CountingNote()
    {
        var note = Unit switch
        {
            ClockUnit.WorkingDays => WorkingDayNote(),
            ClockUnit.CalendarMonths when Start.Day > Due.Day =>
                $"calendar months; there is no {Start.Day} {Due.ToString("MMM yyyy", CultureInfo.InvariantCulture)}, so the last day of that month",
            ClockUnit.CalendarMonths => "calendar months",
            _ => "calendar days, weekends and bank holidays included",
        };
        return Unit == ClockUnit.WorkingDays && !BankHolidaysKnown
            ? note + "; bank holidays are not known for part of this window, so only weekends were skipped there"
            : note;
    }

    private string WorkingDayNote()
    {
        var list = string.Join(", ", BankHolidaysInWindow.Select(h => $"{h.Name} {Format(h.Date)}"));
        return Convention switch
        {
            WorkingDayConvention.MondayToFridayOnly when list.Length > 0 => $"Monday to Friday, bank holidays counted as working days: {list}",
            WorkingDayConvention.MondayToFridayOnly => "Monday to Friday",
            _ when list.Length > 0 => $"bank holidays excluded: {list}",
            _ => "no bank holidays in the window",
        };
    }
}
