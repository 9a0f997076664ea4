namespace Safeguard.Core.Clock;

/// <summary>The unit a statutory timescale is measured in.</summary>
public enum ClockUnit
{
    WorkingDays,
    CalendarDays,
    Weeks,

    /// <summary>Calendar months: 31 Jan + 1 month is the last day of February (the date clamps to the month end).</summary>
    CalendarMonths,
}

/// <summary>Whether a rule is the statutory timescale itself or a performance-indicator threshold measured beside it.</summary>
public enum RuleKind
{
    StatutoryTimescale,
    IndicatorThreshold,
}

/// <summary>
/// One statutory timescale: "<see cref="Title"/> within <see cref="Count"/> <see cref="Unit"/> of
/// <see cref="CountedFrom"/>". The due date is the last day on which meeting it is on time.
/// </summary>
/// <param name="Id">Stable id (see <see cref="RuleIds"/>); the same id means the same clock in every rule set.</param>
/// <param name="Title">What is due, as a social worker would say it ("Initial child protection conference").</param>
/// <param name="CountedFrom">The start event, readable after "after" ("the strategy discussion").</param>
/// <param name="Source">Legal basis or guidance the timescale comes from.</param>
/// <param name="RuleSetName">The rule set it belongs to ("Working Together 2023"), quoted in explanations.</param>
/// <param name="Note">Anything a reader needs to apply it correctly (how the census measures it, exceptions).</param>
public sealed record StatutoryRule(
    string Id,
    string Title,
    int Count,
    ClockUnit Unit,
    string CountedFrom,
    string Source,
    string RuleSetName,
    RuleKind Kind = RuleKind.StatutoryTimescale,
    string? Note = null)
{
    /// <summary>"15 working days", "1 week", "3 months".</summary>
    public string Measure => Unit switch
    {
        ClockUnit.WorkingDays => Plural("working day"),
        ClockUnit.CalendarDays => Plural("day"),
        ClockUnit.Weeks => Plural("week"),
        ClockUnit.CalendarMonths => Plural("month"),
        _ => throw new InvalidOperationException($"Unknown unit {Unit}."),
    };

    /// <summary>When this rule is due, counting from <paramref name="start"/> (the day of the start event is day 0).</summary>
    public DueDate DueFrom(DateOnly start, WorkingDayCalendar calendar)
    {
        var due = DueOn(start, calendar);
        var holidays = Unit == ClockUnit.WorkingDays ? calendar.WeekdayBankHolidays(start, due) : [];
        var known = calendar.KnowsBankHolidaysOn(start) && calendar.KnowsBankHolidaysOn(due);
        return new DueDate(this, start, due, calendar.Convention, holidays, known);
    }

    /// <summary>
    /// The due date alone, without the explanation's bank-holiday list: what the census export needs for every
    /// section 47 (building the list cost more than the rest of the child).
    /// </summary>
    public DateOnly DueOn(DateOnly start, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Unit switch
        {
            ClockUnit.WorkingDays => calendar.AddWorkingDays(start, Count),
            ClockUnit.CalendarDays => start.AddDays(Count),
            ClockUnit.Weeks => start.AddDays(7 * Count),
            ClockUnit.CalendarMonths => start.AddMonths(Count), // clamps: 31 Jan + 1 month = 28/29 Feb
            _ => throw new InvalidOperationException($"Unknown unit {Unit}."),
        };
    }

    private string Plural(string unit) => Count == 1 ? $"1 {unit}" : $"{Count} {unit}s";
}
