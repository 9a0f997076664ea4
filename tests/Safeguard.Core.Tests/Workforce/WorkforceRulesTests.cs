using Safeguard.Core.Clock;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using static Safeguard.Core.Tests.Journeys;

namespace Safeguard.Core.Tests.Workforce;

public sealed class WorkforceRulesTests
{
    [Theory]
    [InlineData("88")]
    [InlineData("8861")]
    [InlineData("88A")]
    public void Authority_WithLaCodeNotThreeDigits_Refused(string code) =>
        AssertRefused(() => new Authority(code, "Testshire", null, "WT2023", WorkingDayConvention.ExcludeBankHolidays),
            "The LA code is the DfE's three-digit code, like 886 for Kent", "LaCode");

    [Fact]
    public void Authority_RuleSet_OnlyWorkingTogether2010Or2023()
    {
        var authority = new Authority("999", "Testshire", null, "WT2023", WorkingDayConvention.ExcludeBankHolidays);
        authority.UseRuleSet("WT2010", WorkingDayConvention.ExcludeBankHolidays);
        Assert.Equal("WT2010", authority.RuleSet);
        AssertRefused(() => authority.UseRuleSet("WT2018", WorkingDayConvention.ExcludeBankHolidays), "Choose Working Together 2010 or 2023", "RuleSet");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Worker_WithCaseloadOutOfRange_Refused(int caseload) =>
        AssertRefused(() => new Worker(Guid.NewGuid(), null, "Sam Sample", WorkerRole.SocialWorker, Agency.ChildrensSocialCare, null, caseload),
            "The maximum caseload must be between 1 and 100", "MaximumCaseload");

    [Fact]
    public void Worker_NewlyQualified_ForTheFirstYear()
    {
        var worker = new Worker(Guid.NewGuid(), null, "Sam Sample", WorkerRole.SocialWorker, Agency.ChildrensSocialCare, new DateOnly(2025, 9, 1), 18);
        Assert.True(worker.IsNewlyQualified(Today));
        Assert.False(worker.IsNewlyQualified(new DateOnly(2026, 9, 1)));
    }

    [Fact]
    public void Team_WithoutName_Refused() =>
        AssertRefused(() => new Team(Guid.NewGuid(), " ", TeamKind.FrontDoor), "Enter the team's name", "Name");
}
