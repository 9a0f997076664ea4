using Safeguard.Core.Assessments;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.Indicators;
using Safeguard.Core.LookedAfter;
using Safeguard.Core.People;

namespace Safeguard.Core.Tests.Indicators;

/// <summary>Made-up journeys for the indicator tests. The year is the one ending 31 March 2026; "today" is 30 September 2026.</summary>
internal static class IndicatorJourneys
{
    public static readonly DateOnly Today = new(2026, 9, 30);
    public static readonly DateOnly YearEnd = new(2026, 3, 31);
    public static readonly Guid Manager = Guid.NewGuid();
    private static int _next;

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static Child NewChild(DateOnly? dob = null) =>
        Child.Register(Guid.NewGuid(), $"IND{Interlocked.Increment(ref _next):D5}", "Testy", "Childperson", dob ?? D(2015, 6, 1), null, Sex.Male, "WBRI", Today);

    public static IndicatorResult Compute(string id, params Child[] children) =>
        IndicatorEngine.Compute(children, new IndicatorContext(YearEnd))[id];

    /// <summary>A referral closed with no further action the same day.</summary>
    public static EpisodeOfNeed ReferredAndClosed(Child child, DateOnly on)
    {
        var e = child.ReceiveReferral(on, "6", "N1", "School raised a concern", null, null, Today);
        e.Decide(ReferralDecision.NoFurtherAction, on, Manager, Today);
        return e;
    }

    public static EpisodeOfNeed Referred(Child child, DateOnly on, ReferralDecision decision = ReferralDecision.StrategyDiscussion, DateOnly? decidedOn = null)
    {
        var e = child.ReceiveReferral(on, "6", "N1", "Police found the children home alone", null, null, Today);
        e.Decide(decision, decidedOn ?? on, Manager, Today);
        return e;
    }

    /// <summary>Strategy discussion and section 47 on <paramref name="discussion"/>, initial conference on <paramref name="conference"/> starting a plan.</summary>
    public static ChildProtectionConference Icpc(EpisodeOfNeed episode, DateOnly discussion, DateOnly conference, bool plan = true)
    {
        var sd = episode.HoldStrategyDiscussion(discussion, [Agency.Police], true, "Bruising seen at school", Today);
        var enquiry = episode.StartSection47(sd.Id, discussion, Today);
        enquiry.RecordOutcome(Section47Outcome.ConferenceNeeded, discussion, Today);
        return episode.HoldInitialConference(enquiry.Id, conference, plan, plan ? "NEG" : null, null, Today);
    }

    /// <summary>A plan started by a transfer-in conference (the quickest way to a plan on a date).</summary>
    public static ChildProtectionPlan PlanFrom(Child child, DateOnly start)
    {
        var e = child.OpenEpisode ?? Referred(child, start);
        e.HoldTransferInConference(start, true, "EMO", null, Today);
        return e.ChildProtectionPlans[^1];
    }

    public static Assessment Assessed(EpisodeOfNeed episode, AssessmentKind kind, DateOnly start, DateOnly authorised)
    {
        var a = episode.StartAssessment(kind, start, Today);
        a.Submit(authorised, "Needs met at home with support", ["21"], AssessmentOutcome.ChildInNeedPlan, Today);
        a.Authorise(authorised, Manager, Today);
        return a;
    }

    public static PeriodOfCare StartCare(Child child, DateOnly start, string placementType = "U1") =>
        child.StartToBeLookedAfter(start, "C2", "N1", placementType, "PR1", null, false, Today);

    public static void Move(PeriodOfCare period, DateOnly on, string placementType = "U1") =>
        period.Change(on, "P", "C2", placementType, "PR1", null, false, "CARPL", Today);
}
