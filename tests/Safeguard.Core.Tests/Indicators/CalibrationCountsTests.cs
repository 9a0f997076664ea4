using Safeguard.Core.ChildProtection;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.Indicators;
using Safeguard.Core.People;

namespace Safeguard.Core.Tests.Indicators;

public sealed class CalibrationCountsTests
{
    private static readonly DateOnly YearEnd = new(2025, 3, 31);
    private static readonly DateOnly Today = new(2026, 1, 1);
    private static readonly Guid Manager = Guid.NewGuid();

    private static Child NewChild() =>
        Child.Register(Guid.NewGuid(), "C1", "Test", "Child", new DateOnly(2015, 6, 1), null, Sex.Female, "WBRI", new DateOnly(2015, 6, 1));

    private static EpisodeOfNeed Refer(Child child, DateOnly date) => child.ReceiveReferral(date, "6", "N1", "Concerns", null, null, Today);

    private static EpisodeOfNeed ReferAndClose(Child child, DateOnly date)
    {
        var e = Refer(child, date);
        e.Decide(ReferralDecision.NoFurtherAction, date, Manager, Today);
        return e;
    }

    private static ChildProtectionPlan PlanFrom(Child child, DateOnly conference)
    {
        var e = Refer(child, conference.AddDays(-20));
        e.Decide(ReferralDecision.StrategyDiscussion, conference.AddDays(-20), Manager, Today);
        var strategy = e.HoldStrategyDiscussion(conference.AddDays(-20), [Agency.Police], true, "Agreed", Today);
        var s47 = e.StartSection47(strategy.Id, conference.AddDays(-20), Today);
        s47.RecordOutcome(Section47Outcome.ConferenceNeeded, conference.AddDays(-2), Today);
        e.HoldInitialConference(s47.Id, conference, true, "NEG", null, Today);
        return e.ChildProtectionPlans[0];
    }

    [Fact]
    public void PlansAt31March_PlanStartingOn31March_IsOpen()
    {
        var child = NewChild();
        PlanFrom(child, YearEnd);

        Assert.Equal(1, CalibrationCounts.PlansAt31March(child, YearEnd));
        Assert.Equal(1, CalibrationCounts.PlanStarts(child, YearEnd));
        Assert.Equal(1, CalibrationCounts.InitialConferences(child, YearEnd));
        Assert.Equal(1, CalibrationCounts.Section47Enquiries(child, YearEnd));
    }

    [Fact]
    public void PlansAt31March_PlanEndingOn31March_IsNotOpenButEndingOn1AprilIs()
    {
        var ended = NewChild();
        PlanFrom(ended, new DateOnly(2024, 12, 1)).End(YearEnd, "Moved away", Today);
        var continuing = NewChild();
        PlanFrom(continuing, new DateOnly(2024, 12, 1)).End(YearEnd.AddDays(1), "Moved away", Today);

        Assert.Equal(0, CalibrationCounts.PlansAt31March(ended, YearEnd));
        Assert.Equal(1, CalibrationCounts.PlansAt31March(continuing, YearEnd));
    }

    [Fact]
    public void PlanStarts_OnlyInTheYearFrom1April()
    {
        var before = NewChild();
        PlanFrom(before, new DateOnly(2024, 3, 31));
        var first = NewChild();
        PlanFrom(first, new DateOnly(2024, 4, 1));

        Assert.Equal(0, CalibrationCounts.PlanStarts(before, YearEnd));
        Assert.Equal(0, CalibrationCounts.InitialConferences(before, YearEnd));
        Assert.Equal(1, CalibrationCounts.PlanStarts(first, YearEnd));
    }

    [Fact]
    public void ReReferrals_ExactlyTwelveMonthsLater_Counts()
    {
        var child = NewChild();
        ReferAndClose(child, new DateOnly(2024, 4, 1));
        ReferAndClose(child, new DateOnly(2025, 4, 1));

        Assert.Equal(1, CalibrationCounts.ReReferrals(child, new DateOnly(2026, 3, 31)));
    }

    [Fact]
    public void ReReferrals_TwelveMonthsAndOneDayLater_DoesNotCount()
    {
        var child = NewChild();
        ReferAndClose(child, new DateOnly(2024, 3, 31));
        ReferAndClose(child, new DateOnly(2025, 4, 1));

        Assert.Equal(0, CalibrationCounts.ReReferrals(child, new DateOnly(2026, 3, 31)));
        Assert.Equal(1, CalibrationCounts.Referrals(child, new DateOnly(2026, 3, 31)));
    }

    [Fact]
    public void ReReferrals_CountInTheYearOfTheLaterReferral()
    {
        var child = NewChild();
        ReferAndClose(child, new DateOnly(2024, 1, 10));
        ReferAndClose(child, new DateOnly(2024, 6, 10));

        Assert.Equal(0, CalibrationCounts.ReReferrals(child, new DateOnly(2024, 3, 31)));
        Assert.Equal(1, CalibrationCounts.ReReferrals(child, YearEnd));
        Assert.Equal(1, CalibrationCounts.Referrals(child, YearEnd));
    }

    [Fact]
    public void ChildrenInNeedAt31March_ClosedOn31March_IsNotCountedButReferredOn31March_Is()
    {
        var closed = NewChild();
        ReferAndClose(closed, YearEnd);
        var referred = NewChild();
        Refer(referred, YearEnd);
        var closedNextDay = NewChild();
        ReferAndClose(closedNextDay, YearEnd.AddDays(1));

        Assert.Equal(0, CalibrationCounts.ChildrenInNeedAt31March(closed, YearEnd));
        Assert.Equal(1, CalibrationCounts.ChildrenInNeedAt31March(referred, YearEnd));
        Assert.Equal(0, CalibrationCounts.ChildrenInNeedAt31March(closedNextDay, YearEnd));
    }

    [Fact]
    public void ChildrenInNeedAt31March_ChildOnAPlan_IsCounted()
    {
        var child = NewChild();
        PlanFrom(child, new DateOnly(2025, 1, 15));

        Assert.Equal(1, CalibrationCounts.ChildrenInNeedAt31March(child, YearEnd));
    }

    [Fact]
    public void LookedAfterAt31March_CeasedOn31March_IsNotCountedStartedOn31March_Is()
    {
        var ceased = NewChild();
        ceased.StartToBeLookedAfter(new DateOnly(2024, 5, 1), "V2", "N1", "U6", "PR1", null, false, Today).Cease(YearEnd, "E4A", Today);
        var started = NewChild();
        started.StartToBeLookedAfter(YearEnd, "C1", "N1", "U6", "PR1", null, false, Today);

        Assert.Equal(0, CalibrationCounts.LookedAfterAt31March(ceased, YearEnd));
        Assert.Equal(1, CalibrationCounts.LookedAfterStarts(ceased, YearEnd));
        Assert.Equal(1, CalibrationCounts.LookedAfterAt31March(started, YearEnd));
    }

    [Fact]
    public void LookedAfterAt31March_ShortBreaks_AreLeftOut()
    {
        var child = NewChild();
        child.StartToBeLookedAfter(new DateOnly(2025, 3, 1), "V3", "N2", "U6", "PR1", null, false, Today);

        Assert.Equal(0, CalibrationCounts.LookedAfterAt31March(child, YearEnd));
        Assert.Equal(0, CalibrationCounts.LookedAfterStarts(child, YearEnd));
    }

    [Fact]
    public void InitialConferences_TransferInStartsAPlanButIsNotAnIcpc()
    {
        var child = NewChild();
        var e = Refer(child, new DateOnly(2024, 9, 1));
        e.Decide(ReferralDecision.Assessment, new DateOnly(2024, 9, 1), Manager, Today);
        e.HoldTransferInConference(new DateOnly(2024, 9, 10), true, "EMO", null, Today);

        Assert.Equal(0, CalibrationCounts.InitialConferences(child, YearEnd));
        Assert.Equal(1, CalibrationCounts.PlanStarts(child, YearEnd));
    }

    [Fact]
    public void ForYear_AddsUpChildrenAndGivesTheReReferralPercent()
    {
        var once = NewChild();
        ReferAndClose(once, new DateOnly(2024, 5, 1));
        var twice = NewChild();
        ReferAndClose(twice, new DateOnly(2024, 6, 1));
        ReferAndClose(twice, new DateOnly(2024, 9, 1));
        var planned = NewChild();
        PlanFrom(planned, new DateOnly(2025, 2, 1));

        var counts = CalibrationCounts.ForYear([once, twice, planned], YearEnd);

        Assert.Equal(4, counts.Referrals);
        Assert.Equal(1, counts.ReReferrals);
        Assert.Equal(25.0, counts.ReReferralPercent);
        Assert.Equal(1, counts.PlansAt31March);
        Assert.Equal(1, counts.ChildrenInNeedAt31March);
    }
}
