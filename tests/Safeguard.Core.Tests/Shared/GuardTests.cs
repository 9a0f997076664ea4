using Safeguard.Core.Shared;
using static Safeguard.Core.Tests.Journeys;

namespace Safeguard.Core.Tests.Shared;

public sealed class GuardTests
{
    [Fact]
    public void Show_WritesDatesTheGovUkWay() => Assert.Equal("5 January 2026", Guard.Show(D(1, 5)));

    [Fact]
    public void NotInFuture_AllowsToday() => Guard.NotInFuture(Today, Today, "date", "Date");

    [Fact]
    public void NotBefore_AllowsSameDay() => Guard.NotBefore(D(1, 5), D(1, 5), "date", "earlier date", "Date");

    [Fact]
    public void Required_TooLong_Refused() =>
        AssertRefused(() => Guard.Required(new string('a', 11), "the summary", "Summary", 10), "The summary must be 10 characters or fewer", "Summary");

    [Fact]
    public void Optional_BlankIsNull() => Assert.Null(Guard.Optional("  ", "the organisation", "Organisation", 10));

    [Fact]
    public void Ids_AreVersion7() => Assert.Equal(7, Ids.New().Version);
}
