using Safeguard.Web.Components;

namespace Safeguard.Web.Tests.Components;

public sealed class DatePartsTests
{
    [Fact]
    public void Read_AllEmpty_AsksForTheDate() =>
        Assert.Equal("Enter the date of birth", new DateParts().Read("the date of birth").Error);

    [Fact]
    public void Read_MissingMonth_SaysWhichPartAndMarksIt()
    {
        var reading = new DateParts { Day = "3", Year = "2020" }.Read("the date of birth");
        Assert.Equal("The date of birth must include a month", reading.Error);
        Assert.Equal(["month"], reading.ErrorParts);
    }

    [Fact]
    public void Read_ThirtiethOfFebruary_IsNotARealDate() =>
        Assert.Equal("The date of birth must be a real date", new DateParts { Day = "30", Month = "2", Year = "2024" }.Read("the date of birth").Error);

    [Fact]
    public void Read_PaddedParts_GiveTheDate() =>
        Assert.Equal(new DateOnly(2024, 2, 29), new DateParts { Day = " 29", Month = "02 ", Year = "2024" }.Read("the date").Date);
}
