using Safeguard.Core.Clock;

namespace Safeguard.Core.Tests.Clock;

public sealed class StatutoryRuleSetTests
{
    [Fact]
    public void WorkingTogether2010_HasInitialAndCoreAssessments_AndNoSingleAssessment()
    {
        var set = StatutoryRuleSet.WorkingTogether2010;
        Assert.Equal("WT2010", set.Code);
        Assert.Equal((10, ClockUnit.WorkingDays), (set[RuleIds.InitialAssessment].Count, set[RuleIds.InitialAssessment].Unit));
        Assert.Equal(7, set[RuleIds.InitialAssessmentNi59].Count);
        Assert.Equal(RuleKind.IndicatorThreshold, set[RuleIds.InitialAssessmentNi59].Kind);
        Assert.Equal(35, set[RuleIds.CoreAssessment].Count);
        Assert.False(set.TryGetRule(RuleIds.SingleAssessment, out _));
    }

    [Fact]
    public void WorkingTogether2023_HasSingleAssessmentOf45WorkingDaysFromTheStart_AndNoCoreAssessment()
    {
        var set = StatutoryRuleSet.WorkingTogether2023;
        var single = set[RuleIds.SingleAssessment];
        Assert.Equal((45, ClockUnit.WorkingDays, "the start of the assessment"), (single.Count, single.Unit, single.CountedFrom));
        Assert.Contains("AssessmentActualStartDate", single.Note, StringComparison.Ordinal);
        var error = Assert.Throws<KeyNotFoundException>(() => set[RuleIds.CoreAssessment]);
        Assert.Contains("Working Together 2023 (WT2023) has no statutory rule 'core-assessment'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RuleIds.ReferralDecision, 1, ClockUnit.WorkingDays)]
    [InlineData(RuleIds.InitialChildProtectionConference, 15, ClockUnit.WorkingDays)]
    [InlineData(RuleIds.FirstCoreGroup, 10, ClockUnit.WorkingDays)]
    [InlineData(RuleIds.FirstChildProtectionReview, 3, ClockUnit.CalendarMonths)]
    [InlineData(RuleIds.LaterChildProtectionReview, 6, ClockUnit.CalendarMonths)]
    [InlineData(RuleIds.FirstLookedAfterReview, 20, ClockUnit.WorkingDays)]
    [InlineData(RuleIds.SecondLookedAfterReview, 3, ClockUnit.CalendarMonths)]
    [InlineData(RuleIds.LaterLookedAfterReview, 6, ClockUnit.CalendarMonths)]
    [InlineData(RuleIds.VisitAfterPlacementStart, 1, ClockUnit.Weeks)]
    [InlineData(RuleIds.VisitFirstYearOfPlacement, 6, ClockUnit.Weeks)]
    [InlineData(RuleIds.VisitPermanentPlacement, 3, ClockUnit.CalendarMonths)]
    [InlineData(RuleIds.VisitOtherPlacement, 6, ClockUnit.Weeks)]
    public void BothSets_ShareTheChildProtectionAndLookedAfterTimescales(string id, int count, ClockUnit unit)
    {
        foreach (var set in StatutoryRuleSet.All)
        {
            Assert.Equal((count, unit), (set[id].Count, set[id].Unit));
            Assert.Equal(set.Name, set[id].RuleSetName);
            Assert.False(string.IsNullOrWhiteSpace(set[id].Source));
        }
    }

    [Fact]
    public void Rules_HaveUniqueIds_InEachSet()
    {
        foreach (var set in StatutoryRuleSet.All)
            Assert.Equal(set.Rules.Count, set.Rules.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void FromCode_IsCaseInsensitive_AndRejectsUnknownCodes()
    {
        Assert.Same(StatutoryRuleSet.WorkingTogether2010, StatutoryRuleSet.FromCode("wt2010"));
        Assert.Same(StatutoryRuleSet.WorkingTogether2023, StatutoryRuleSet.FromCode("WT2023"));
        Assert.Throws<ArgumentException>(() => StatutoryRuleSet.FromCode("WT2018"));
    }
}
