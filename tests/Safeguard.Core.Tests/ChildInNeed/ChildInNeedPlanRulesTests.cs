using Safeguard.Core.FrontDoor;
using static Safeguard.Core.Tests.Journeys;

namespace Safeguard.Core.Tests.ChildInNeed;

public sealed class ChildInNeedPlanRulesTests
{
    private static EpisodeOfNeed Decided()
    {
        var episode = Referred(NewChild());
        episode.Decide(ReferralDecision.Assessment, D(1, 5), Manager, Today);
        return episode;
    }

    [Fact]
    public void Plan_BeforeReferral_Refused() =>
        AssertRefused(() => Decided().StartChildInNeedPlan(D(1, 4), Today),
            "The start of the child in need plan must be the same as or after the referral date (5 January 2026)", "StartDate");

    [Fact]
    public void Plan_InFuture_Refused() =>
        AssertRefused(() => Decided().StartChildInNeedPlan(Today.AddDays(1), Today), "The start of the child in need plan must be today or in the past", "StartDate");

    [Fact]
    public void SecondPlan_WhileOneOpen_Refused()
    {
        var episode = Decided();
        episode.StartChildInNeedPlan(D(2, 1), Today);
        AssertRefused(() => episode.StartChildInNeedPlan(D(2, 2), Today), "A child in need plan is already open", "StartDate");
    }

    [Fact]
    public void PlanEnd_BeforeStart_Refused() =>
        AssertRefused(() => Decided().StartChildInNeedPlan(D(2, 1), Today).End(D(1, 31), Today),
            "The end date of the plan must be the same as or after the start of the plan (1 February 2026)", "EndDate");

    [Fact]
    public void PlanEnd_InFuture_Refused() =>
        AssertRefused(() => Decided().StartChildInNeedPlan(D(2, 1), Today).End(Today.AddDays(1), Today),
            "The end date of the plan must be today or in the past", "EndDate");

    [Fact]
    public void PlanEnd_Twice_Refused()
    {
        var plan = Decided().StartChildInNeedPlan(D(2, 1), Today);
        plan.End(D(3, 1), Today);
        AssertRefused(() => plan.End(D(3, 2), Today), "The plan ended on 1 March 2026", "EndDate");
    }

    [Fact]
    public void NewPlan_AfterFirstEnded_Starts()
    {
        var episode = Decided();
        episode.StartChildInNeedPlan(D(2, 1), Today).End(D(3, 1), Today);
        episode.StartChildInNeedPlan(D(3, 10), Today);
        Assert.Equal(2, episode.ChildInNeedPlans.Count);
    }
}
