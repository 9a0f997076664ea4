using Shares = Safeguard.Generator.AuthorityTargets.England2025Shares;

namespace Safeguard.Generator;

/// <summary>
/// How children come back after a child protection plan: the chance a child who has had a plan is referred again
/// (<see cref="ReturnAfterPlan"/>), the chance such a referral goes straight to another plan (<see cref="RepeatPlan"/>),
/// and what that makes a year: after-plan referrals and repeat plans.
/// </summary>
internal sealed record RepeatPlans(double ReturnAfterPlan, double RepeatPlan, double ReturnsPerYear)
{
    public static RepeatPlans None { get; } = new(0, 0, 0);

    /// <summary>Referrals a year that go straight to another plan.</summary>
    public double PlansPerYear => RepeatPlan * ReturnsPerYear;

    /// <summary>
    /// Solves the repeat-plan chance so that the authority's share of plans that are second or subsequent comes out.
    /// In steady state every plan is followed by a return with chance <c>a·e</c> (a = the after-plan return share,
    /// e = <paramref name="afterPlanEligible"/>, the share of plans leaving room for a return before 18); a return
    /// reaches a plan with chance x, and one that does not can come back again. So repeat plans per plan are
    /// s = a·e·x / (1 − a·e·(1 − x)), which gives x; x is the forced repeat plus the ordinary funnel's own chance.
    /// </summary>
    public static RepeatPlans Solve(AuthorityTargets t, JourneyRates ordinary, double afterPlanEligible)
    {
        var s = Math.Clamp(t.SubsequentPlans, 0, 0.9);
        var ae = Shares.ReturnAfterPlanShare * afterPlanEligible;
        if (s <= 0 || ae <= 0) return None;
        var ordinaryPlan = ordinary.Strategy * ordinary.ConferencePerS47 * ordinary.PlanPerConference;
        var x = Math.Clamp(s * (1 - ae) / (ae * (1 - s)), 0, 1);
        var repeat = Math.Clamp((x - ordinaryPlan) / (1 - ordinaryPlan), 0, 1);
        x = repeat + (1 - repeat) * ordinaryPlan;
        var returns = ae * t.PlanStarts / (1 - ae * (1 - x));
        return new RepeatPlans(Shares.ReturnAfterPlanShare, repeat, returns);
    }
}
