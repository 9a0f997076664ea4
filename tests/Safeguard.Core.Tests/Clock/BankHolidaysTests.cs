using Safeguard.Core.Clock;

namespace Safeguard.Core.Tests.Clock;

public sealed class BankHolidaysTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void EnglandAndWales_Loads189DaysInOrder_AllWeekdaysInsideCoveredRange()
    {
        var days = BankHolidays.EnglandAndWales;
        Assert.Equal(189, days.Count); // 23 years x 8, plus 2011 wedding, 2012 jubilee, 2022 jubilee + funeral, 2023 coronation
        Assert.Equal(days.Order(), days);
        Assert.All(days, d => Assert.True(BankHolidays.Covers(d)));
        Assert.All(days, d => Assert.False(d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday));
        Assert.Equal(D(2008, 1, 1), days[0]);
        Assert.Equal(D(2030, 12, 26), days[^1]);
    }

    [Theory]
    [InlineData(2011, 4, 29, "Royal wedding")]
    [InlineData(2012, 6, 4, "Spring bank holiday")]
    [InlineData(2012, 6, 5, "Queen's Diamond Jubilee")]
    [InlineData(2020, 5, 8, "Early May bank holiday (VE day)")]
    [InlineData(2022, 6, 2, "Spring bank holiday")]
    [InlineData(2022, 6, 3, "Platinum Jubilee bank holiday")]
    [InlineData(2022, 9, 19, "Bank Holiday for the State Funeral of Queen Elizabeth II")]
    [InlineData(2023, 5, 8, "Bank holiday for the coronation of King Charles III")]
    [InlineData(2024, 3, 29, "Good Friday")]         // Easter Sunday 31 Mar 2024
    [InlineData(2030, 4, 22, "Easter Monday")]       // Easter Sunday 21 Apr 2030
    [InlineData(2027, 12, 27, "Christmas Day (substitute day)")] // 25 Dec 2027 is a Saturday
    [InlineData(2027, 12, 28, "Boxing Day (substitute day)")]
    [InlineData(2022, 1, 3, "New Year's Day (substitute day)")]  // 1 Jan 2022 is a Saturday
    public void EnglandAndWalesNamed_HasOneOffsAndSubstituteDays(int y, int m, int d, string name) =>
        Assert.Contains(new BankHoliday(D(y, m, d), name), BankHolidays.EnglandAndWalesNamed);

    [Theory]
    [InlineData(2012, 5, 28)] // spring holiday moved to 4 June for the Diamond Jubilee
    [InlineData(2020, 5, 4)]  // early May holiday moved to Fri 8 May (VE day)
    [InlineData(2022, 5, 30)] // spring holiday moved to Thu 2 June for the Platinum Jubilee
    public void EnglandAndWales_MovedHolidays_AreOrdinaryWorkingDays(int y, int m, int d) =>
        Assert.DoesNotContain(D(y, m, d), BankHolidays.EnglandAndWales);

    [Theory]
    [InlineData(2007, 12, 31, false)]
    [InlineData(2008, 1, 1, true)]
    [InlineData(2030, 12, 31, true)]
    [InlineData(2031, 1, 1, false)]
    public void Covers_IsTrueOnlyFrom2008To2030(int y, int m, int d, bool covered) =>
        Assert.Equal(covered, BankHolidays.Covers(D(y, m, d)));
}
