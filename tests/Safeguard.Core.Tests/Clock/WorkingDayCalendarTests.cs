using Safeguard.Core.Clock;

namespace Safeguard.Core.Tests.Clock;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar England = WorkingDayCalendar.England();
    private static readonly WorkingDayCalendar MonFri = WorkingDayCalendar.England(WorkingDayConvention.MondayToFridayOnly);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    // The original day-by-day definitions, kept as the reference the fast path must equal.
    private static int LoopBetween(WorkingDayCalendar c, DateOnly from, DateOnly to)
    {
        if (to < from) return -LoopBetween(c, to, from);
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
            if (c.IsWorkingDay(date)) count++;
        return count;
    }

    private static DateOnly LoopAdd(WorkingDayCalendar c, DateOnly start, int n)
    {
        var date = start;
        for (var counted = 0; counted < n;)
        {
            date = date.AddDays(1);
            if (c.IsWorkingDay(date)) counted++;
        }
        return date;
    }

    [Fact]
    public void DayNumberZero_IsAMonday_AsTheWeekdayArithmeticAssumes() =>
        Assert.Equal(DayOfWeek.Monday, DateOnly.FromDayNumber(0).DayOfWeek);

    [Fact]
    public void England_SharesOneInstancePerConvention()
    {
        Assert.Same(England, WorkingDayCalendar.England());
        Assert.Equal(WorkingDayConvention.MondayToFridayOnly, MonFri.Convention);
        Assert.NotSame(England, MonFri);
    }

    [Fact]
    public void IsWorkingDay_BankHolidayIsNotUnderExclude_ButIsUnderMondayToFriday()
    {
        Assert.False(England.IsWorkingDay(D(2025, 12, 25)));
        Assert.True(MonFri.IsWorkingDay(D(2025, 12, 25)));
        Assert.False(MonFri.IsWorkingDay(D(2025, 12, 27))); // Saturday
    }

    [Fact]
    public void ChristmasEve_PlusOneWorkingDay_IsMonday29December2025()
    {
        // Wed 24 Dec 2025: Thu 25 and Fri 26 are bank holidays, 27/28 the weekend, so Mon 29 Dec.
        Assert.Equal(D(2025, 12, 29), England.AddWorkingDays(D(2025, 12, 24), 1));
        // Monday to Friday only: Thu 25 Dec counts.
        Assert.Equal(D(2025, 12, 25), MonFri.AddWorkingDays(D(2025, 12, 24), 1));
    }

    [Fact]
    public void NewYearsEve_PlusOneWorkingDay_SkipsNewYearsDay()
        // Wed 31 Dec 2025 -> Thu 1 Jan 2026 is a bank holiday -> Fri 2 Jan 2026.
        => Assert.Equal(D(2026, 1, 2), England.AddWorkingDays(D(2025, 12, 31), 1));

    [Fact]
    public void AddWorkingDays_Zero_IsTheStartDayEvenAtAWeekend() =>
        Assert.Equal(D(2025, 12, 27), England.AddWorkingDays(D(2025, 12, 27), 0));

    [Fact]
    public void AddWorkingDays_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => England.AddWorkingDays(D(2025, 1, 1), -1));

    [Fact]
    public void WorkingDaysBetween_SameDay_IsZero() =>
        Assert.Equal(0, England.WorkingDaysBetween(D(2025, 6, 4), D(2025, 6, 4)));

    [Fact]
    public void WorkingDaysBetween_IsAntisymmetric()
    {
        // Wed 24 Dec 2025 -> Mon 29 Dec 2025: only Mon 29 counts.
        Assert.Equal(1, England.WorkingDaysBetween(D(2025, 12, 24), D(2025, 12, 29)));
        Assert.Equal(-1, England.WorkingDaysBetween(D(2025, 12, 29), D(2025, 12, 24)));
        Assert.Equal(3, MonFri.WorkingDaysBetween(D(2025, 12, 24), D(2025, 12, 29)));   // Thu, Fri, Mon
        Assert.Equal(0, England.WorkingDaysBetween(D(2025, 12, 27), D(2025, 12, 28))); // Sat -> Sun
    }

    [Fact]
    public void WorkingDaysBetween_FullYear2025_Is253UnderExclude_And261MondayToFriday()
    {
        // 2025 has 261 weekdays; all 8 bank holidays fall on weekdays.
        Assert.Equal(253, England.WorkingDaysBetween(D(2024, 12, 31), D(2025, 12, 31)));
        Assert.Equal(261, MonFri.WorkingDaysBetween(D(2024, 12, 31), D(2025, 12, 31)));
    }

    [Fact]
    public void OutsideCoveredRange_CountsWeekendsOnly()
    {
        // Thu 25 Dec 2031 is unknown to the data, so it is a working day.
        Assert.True(England.IsWorkingDay(D(2031, 12, 25)));
        Assert.False(England.KnowsBankHolidaysOn(D(2031, 12, 25)));
        Assert.True(England.KnowsBankHolidaysOn(D(2025, 12, 25)));
        Assert.Equal(D(2031, 12, 25), England.AddWorkingDays(D(2031, 12, 24), 1));
    }

    [Fact]
    public void WorkingDaysBetween_EveryPairInAWinterAndSpring_EqualsTheLoop()
    {
        // Every pair from 1 Dec 2024 to 31 May 2025 (Christmas, New Year, Easter, two May holidays).
        var days = Enumerable.Range(0, 182).Select(i => D(2024, 12, 1).AddDays(i)).ToArray();
        foreach (var c in new[] { England, MonFri })
            foreach (var a in days)
                foreach (var b in days)
                    Assert.Equal(LoopBetween(c, a, b), c.WorkingDaysBetween(a, b));
    }

    [Fact]
    public void WorkingDaysBetween_SeededRandomPairs_EqualTheLoop_IncludingOutsideTheTableAndTheData()
    {
        var random = new Random(20251224);
        var windows = new (DateOnly From, int Days)[]
        {
            (D(2005, 1, 1), 365 * 28),   // across both ends of the bank-holiday data
            (D(1988, 6, 1), 365 * 3),    // across the start of the precomputed table
            (D(2068, 6, 1), 365 * 3),    // across its end
            (D(1899, 1, 1), 365 * 2),    // far outside it
            (D(2199, 1, 1), 365 * 2),
        };
        var custom = new WorkingDayCalendar([D(1899, 3, 1), D(1899, 3, 4), D(2199, 5, 5), D(2199, 5, 5), D(2069, 12, 31), D(1990, 1, 1)]);
        foreach (var c in new[] { England, MonFri, custom })
            foreach (var (from, span) in windows)
                for (var i = 0; i < 400; i++)
                {
                    var a = from.AddDays(random.Next(span));
                    var b = from.AddDays(random.Next(span));
                    Assert.Equal(LoopBetween(c, a, b), c.WorkingDaysBetween(a, b));
                }
    }

    [Fact]
    public void AddWorkingDays_EveryStartFrom2007To2031_EqualsTheLoop()
    {
        int[] counts = [0, 1, 3, 7, 10, 15, 20, 35, 45, 60];
        foreach (var c in new[] { England, MonFri })
            for (var start = D(2007, 1, 1); start <= D(2031, 12, 31); start = start.AddDays(1))
                foreach (var n in counts)
                    Assert.Equal(LoopAdd(c, start, n), c.AddWorkingDays(start, n));
    }

    [Fact]
    public void AddWorkingDays_AtTheEndOfThePrecomputedTable_FallsBackToTheLoop()
    {
        foreach (var start in new[] { D(2069, 12, 1), D(2069, 12, 31), D(1989, 12, 30), D(2200, 2, 28) })
            Assert.Equal(LoopAdd(England, start, 45), England.AddWorkingDays(start, 45));
    }

    [Fact]
    public void CustomCalendar_UsesTheGivenHolidays_AndKnowsEveryDate()
    {
        var calendar = new WorkingDayCalendar([D(2040, 1, 2)]);
        Assert.False(calendar.IsWorkingDay(D(2040, 1, 2)));
        Assert.True(calendar.KnowsBankHolidaysOn(D(2040, 1, 2)));
        Assert.Equal(D(2040, 1, 3), calendar.AddWorkingDays(D(2040, 1, 1), 1)); // Sun 1 Jan, Mon 2 holiday, Tue 3
    }
}
