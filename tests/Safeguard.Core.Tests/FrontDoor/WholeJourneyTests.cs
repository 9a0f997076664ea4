using Safeguard.Core.Assessments;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.LookedAfter;
using Safeguard.Core.People;
using static Safeguard.Core.Tests.Journeys;

namespace Safeguard.Core.Tests.FrontDoor;

public sealed class WholeJourneyTests
{
    /// <summary>Referral → strategy discussion → s47 → ICPC → plan → core group → two reviews → plan ends → CIN plan → closure.</summary>
    [Fact]
    public void Journey_FromReferralThroughPlanToClosure()
    {
        var child = NewChild();
        var contact = child.RecordContact(D(1, 2), "2A", "Bruise on arm, child says dad did it", null, Today);
        var episode = child.ReceiveReferral(D(1, 2), "2A", "N1", "School reports a bruise and disclosure", contact.Id, null, Today);
        child.AllocateTo(Guid.NewGuid(), D(1, 2), Today);
        episode.Decide(ReferralDecision.StrategyDiscussion, D(1, 2), Manager, Today);
        var discussion = episode.HoldStrategyDiscussion(D(1, 3), [Agency.Police, Agency.Health, Agency.Education], true, "Joint visit agreed", Today);
        var enquiry = episode.StartSection47(discussion.Id, D(1, 3), Today);
        var assessment = episode.StartAssessment(AssessmentKind.Single, D(1, 3), Today);
        enquiry.RecordOutcome(Section47Outcome.ConferenceNeeded, D(1, 16), Today);
        var icpc = episode.HoldInitialConference(enquiry.Id, D(1, 28), true, "PHY", null, Today);
        var plan = Assert.Single(episode.ChildProtectionPlans);
        plan.HoldCoreGroup(D(2, 6), Today);
        assessment.Submit(D(2, 20), "Father has moved out; mother protective", ["3B", "18C"], AssessmentOutcome.ChildInNeedPlan, Today);
        assessment.Authorise(D(2, 23), Manager, Today);
        plan.HoldCoreGroup(D(2, 27), Today);
        plan.HoldReview(D(3, 3), true, "MUL", null, Today);
        plan.HoldReview(D(3, 24), false, null, null, Today);
        var cin = episode.StartChildInNeedPlan(D(3, 24), Today);
        cin.End(D(3, 30), Today);
        Assert.Empty(episode.OpenWork());

        episode.Close(D(3, 31), "RC7", Today);

        Assert.False(episode.IsOpen);
        Assert.Equal(icpc.Id, plan.StartedAtConferenceId);
        Assert.Equal("PHY", plan.InitialCategory);
        Assert.Equal("MUL", plan.LatestCategory);
        Assert.Equal(2, plan.Reviews.Count);
        Assert.Equal(2, plan.CoreGroups.Count);
        Assert.Equal(D(3, 24), plan.EndDate);
        Assert.Equal(3, episode.Conferences.Count);
        Assert.Equal(D(1, 28), enquiry.ConferenceDate);
        Assert.False(enquiry.ConferenceNotRequired);
        Assert.Null(child.OpenEpisode);
        Assert.Null(child.OpenChildProtectionPlan);
        Assert.Equal(D(3, 30), episode.LatestActivity());
    }

    /// <summary>Referral → assessment → child becomes looked after → care order → placement move → leaves care; the episode closes.</summary>
    [Fact]
    public void Journey_IntoAndOutOfCare()
    {
        var child = NewChild();
        var episode = Referred(child);
        episode.Decide(ReferralDecision.Assessment, D(1, 5), Manager, Today);
        var assessment = episode.StartAssessment(AssessmentKind.Single, D(1, 6), Today);
        assessment.Submit(D(1, 20), "Parent in hospital, no family able to care", ["6B"], AssessmentOutcome.LookedAfter, Today);
        assessment.Authorise(D(1, 21), Manager, Today);
        var care = child.StartToBeLookedAfter(D(1, 22), "V2", "N3", "U3", "PR1", null, false, Today);
        care.RecordVisit(D(1, 29), true, Today);
        care.Change(D(2, 10), "L", "C1", "U3", "PR1", null, false, null, Today);
        care.RecordReview(D(2, 19), "PN1", Today);
        care.Change(D(3, 1), "P", "C1", "U6", "PR4", null, false, "CARPL", Today);
        var missing = care.RecordMissing(MissingKind.Away, D(3, 10), Today);
        care.RecordReturn(missing.Id, D(3, 11), Today);
        care.Change(D(3, 20), "B", "V2", "P1", "PR0", null, false, "CARPL", Today);
        care.Cease(D(3, 27), "E4A", Today);
        episode.Close(D(3, 27), "RC7", Today);

        Assert.Equal(["S", "L", "P", "B"], care.Episodes.Select(e => e.ReasonForNewEpisode));
        Assert.Equal(["X1", "X1", "X1", "E4A"], care.Episodes.Select(e => e.ReasonCeased));
        Assert.Equal(D(3, 20), care.CurrentPlacementStart.StartDate);
        Assert.Null(child.CurrentPeriodOfCare);
        Assert.Null(child.OpenEpisode);
    }
}
