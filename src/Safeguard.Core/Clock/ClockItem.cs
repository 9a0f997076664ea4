namespace Safeguard.Core.Clock;

/// <summary>Where a statutory clock stands.</summary>
public enum ClockStatus
{
    /// <summary>Not met, due date still ahead.</summary>
    Due,
    DueToday,
    Overdue,
    MetOnTime,
    MetLate,
}

/// <summary>
/// One statutory clock evaluated on <see cref="Today"/> (dates are passed in; nothing reads the system clock).
/// </summary>
/// <param name="WorkingDaysLate">Overdue or MetLate: working days after the due date up to today / the met date
/// (0 when the only days since are a weekend or bank holidays). Otherwise 0.</param>
/// <param name="CalendarDaysLate">The same in calendar days.</param>
/// <param name="WorkingDaysLeft">Due: working days from today up to the due date. Otherwise 0.</param>
public sealed record ClockItem(
    DueDate DueDate,
    DateOnly? MetOn,
    DateOnly Today,
    ClockStatus Status,
    int WorkingDaysLate,
    int CalendarDaysLate,
    int WorkingDaysLeft)
{
    public StatutoryRule Rule => DueDate.Rule;

    public DateOnly Due => DueDate.Due;

    /// <summary>"Overdue by 3 working days (due Mon 29 Dec 2025)", "Met late, by 1 working day, on ...".</summary>
    public string Describe() => Status switch
    {
        ClockStatus.Due => $"Due by {DueDate.Format(Due)} ({Days(WorkingDaysLeft)} left)",
        ClockStatus.DueToday => $"Due today, {DueDate.Format(Due)}",
        ClockStatus.Overdue => $"Overdue by {Days(WorkingDaysLate)} (due {DueDate.Format(Due)})",
        ClockStatus.MetOnTime => $"Met on time on {DueDate.Format(MetOn!.Value)} (due {DueDate.Format(Due)})",
        ClockStatus.MetLate => $"Met late, by {Days(WorkingDaysLate)}, on {DueDate.Format(MetOn!.Value)} (due {DueDate.Format(Due)})",
        _ => throw new InvalidOperationException($"Unknown status {Status}."),
    };

    private static string Days(int n) => n == 1 ? "1 working day" : $"{n} working days";
}
