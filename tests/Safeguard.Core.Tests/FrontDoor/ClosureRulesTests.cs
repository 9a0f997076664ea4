using Safeguard.Core.Assessments;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.People;
using static Safeguard.Core.Tests.Journeys;

namespace Safeguard.Core.Tests.FrontDoor;

public sealed class ClosureRulesTests
{
    private static void AssertCannotClose(EpisodeOfNeed episode, string openItem)
    {
        var refusal = Refused(() => episode.Close(D(3, 20), "RC7", Today));
        Assert.StartsWith("The case cannot be closed yet: ", refusal.Message);
        Assert.Contains(openItem, refusal.Message);
        Assert.Equal("ClosureDate", refusal.Field);
        Assert.True(episode.IsOpen);
    }

    [Fact]
    public void Close_WithNoDecision_RefusedNamingIt() =>
        AssertRefused(() => Referred(NewChild()).Close(D(1, 6), "RC7", Today),
            "The case cannot be closed yet: the referral has no decision", "ClosureDate");

    [Fact]
    public void Close_WithAssessmentNotAuthorised_RefusedNamingIt()
    {
        var episode = Referred(NewChild());
        episode.Decide(ReferralDecision.Assessment, D(1, 5), Manager, Today);
        var assessment = episode.StartAssessment(AssessmentKind.Single, D(1, 6), Today);
        assessment.Submit(D(2, 1), "Needs met by family", ["21"], AssessmentOutcome.NoFurtherAction, Today);
        AssertCannotClose(episode, "the child and family assessment started 6 January 2026 is not authorised");
    }

    [Fact]
    public void Close_WithSection47WithoutOutcome_RefusedNamingIt()
    {
        var episode = ForStrategy(NewChild());
        var discussion = episode.HoldStrategyDiscussion(D(1, 6), [Agency.Police], true, "Injury", Today);
        episode.StartSection47(discussion.Id, D(1, 7), Today);
        AssertCannotClose(episode, "the section 47 enquiry started 7 January 2026 has no outcome");
    }

    [Fact]
    public void Close_WithSection47AwaitingConference_RefusedNamingIt()
    {
        var episode = ForStrategy(NewChild());
        EnquiryNeedingConference(episode);
        AssertCannotClose(episode, "the section 47 enquiry started 6 January 2026 is waiting for its initial conference");
    }

    [Fact]
    public void Close_WithOpenPlan_RefusedNamingIt()
    {
        OnPlan(NewChild(), out var episode);
        AssertCannotClose(episode, "the child protection plan started 2 February 2026 is open");
    }

    [Fact]
    public void Close_WithOpenChildInNeedPlan_RefusedNamingIt()
    {
        var episode = Referred(NewChild());
        episode.Decide(ReferralDecision.Assessment, D(1, 5), Manager, Today);
        episode.StartChildInNeedPlan(D(2, 1), Today);
        AssertCannotClose(episode, "the child in need plan started 1 February 2026 is open");
    }

    [Fact]
    public void Close_WithSeveralOpenItems_NamesEachInOrder()
    {
        var episode = ForStrategy(NewChild());
        episode.StartAssessment(AssessmentKind.Single, D(1, 6), Today);
        var discussion = episode.HoldStrategyDiscussion(D(1, 6), [Agency.Police], true, "Injury", Today);
        episode.StartSection47(discussion.Id, D(1, 7), Today);
        episode.StartChildInNeedPlan(D(1, 8), Today);

        AssertRefused(() => episode.Close(D(3, 1), "RC7", Today),
            "The case cannot be closed yet: the child and family assessment started 6 January 2026 is not authorised; "
            + "the section 47 enquiry started 7 January 2026 has no outcome; the child in need plan started 8 January 2026 is open",
            "ClosureDate");
    }

    [Fact]
    public void Close_AfterAssessment_Rc8WithoutAssessment_Refused()
    {
        var episode = ForStrategy(NewChild());
        episode.HoldStrategyDiscussion(D(1, 6), [Agency.Police], false, "No harm indicated", Today);
        AssertRefused(() => episode.Close(D(1, 7), "RC8", Today),
            "Closed after assessment (RC8 or RC9) needs an assessment on the episode", "ClosureReason");
        AssertRefused(() => episode.Close(D(1, 7), "RC9", Today),
            "Closed after assessment (RC8 or RC9) needs an assessment on the episode", "ClosureReason");
    }

    [Fact]
    public void Close_AfterAssessment_Rc8WithAuthorisedAssessment_Closes()
    {
        var episode = Referred(NewChild());
        episode.Decide(ReferralDecision.Assessment, D(1, 5), Manager, Today);
        var assessment = episode.StartAssessment(AssessmentKind.Single, D(1, 6), Today);
        assessment.Submit(D(2, 1), "Needs met by family", ["21"], AssessmentOutcome.NoFurtherAction, Today);
        assessment.Authorise(D(2, 3), Manager, Today);
        episode.Close(D(2, 3), "RC8", Today);
        Assert.Equal("RC8", episode.ClosureReason);
        Assert.False(episode.ReferralNfa);
    }

    [Fact]
    public void Close_AsDied_WithoutDateOfDeath_Refused()
    {
        var episode = Referred(NewChild());
        episode.Decide(ReferralDecision.Assessment, D(1, 5), Manager, Today);
        AssertRefused(() => episode.Close(D(1, 7), "RC2", Today),
            "Record the child's date of death before closing the case as 'died'", "ClosureReason");
    }

    [Fact]
    public void Close_AsDied_WithDateOfDeath_Closes()
    {
        var child = NewChild();
        var episode = Referred(child);
        episode.Decide(ReferralDecision.Assessment, D(1, 5), Manager, Today);
        child.RecordDeath(D(1, 6), Today);
        episode.Close(D(1, 7), "RC2", Today);
        Assert.Equal("RC2", episode.ClosureReason);
    }

    [Fact]
    public void Close_BeforeLatestActivity_Refused()
    {
        var plan = OnPlan(NewChild(), out var episode);
        plan.HoldCoreGroup(D(2, 12), Today);
        plan.HoldReview(D(3, 2), false, null, null, Today);
        AssertRefused(() => episode.Close(D(3, 1), "RC7", Today),
            "The closure date must be the same as or after the latest recorded activity (2 March 2026)", "ClosureDate");
    }

    [Fact]
    public void Close_BeforeSection47Outcome_Refused()
    {
        var episode = ForStrategy(NewChild());
        var discussion = episode.HoldStrategyDiscussion(D(1, 6), [Agency.Police], true, "Injury", Today);
        var enquiry = episode.StartSection47(discussion.Id, D(1, 7), Today);
        enquiry.RecordOutcome(Section47Outcome.ConcernsNotSubstantiated, D(1, 20), Today);
        AssertRefused(() => episode.Close(D(1, 19), "RC7", Today),
            "The closure date must be the same as or after the latest recorded activity (20 January 2026)", "ClosureDate");
    }

    [Fact]
    public void Close_InFuture_Refused()
    {
        var episode = Referred(NewChild());
        episode.Decide(ReferralDecision.Assessment, D(1, 5), Manager, Today);
        AssertRefused(() => episode.Close(Today.AddDays(1), "RC7", Today), "The closure date must be today or in the past", "ClosureDate");
    }

    [Fact]
    public void Close_WithUnknownReason_Refused()
    {
        var episode = Referred(NewChild());
        episode.Decide(ReferralDecision.Assessment, D(1, 5), Manager, Today);
        AssertRefused(() => episode.Close(D(1, 7), "RC10", Today), "'RC10' is not a valid reason for closure code", "ClosureReason");
        AssertRefused(() => episode.Close(D(1, 7), "", Today), "Select the reason for closure", "ClosureReason");
    }
}
