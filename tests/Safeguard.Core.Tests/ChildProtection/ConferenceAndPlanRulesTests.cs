using Safeguard.Core.ChildProtection;
using Safeguard.Core.People;
using static Safeguard.Core.Tests.Journeys;

namespace Safeguard.Core.Tests.ChildProtection;

public sealed class ConferenceAndPlanRulesTests
{
    [Fact]
    public void InitialConference_DecidingAPlan_StartsThePlanThatDay()
    {
        var child = NewChild();
        var episode = ForStrategy(child);
        var enquiry = EnquiryNeedingConference(episode);

        var conference = episode.HoldInitialConference(enquiry.Id, D(2, 2), true, "NEG", null, Today);

        var plan = Assert.Single(episode.ChildProtectionPlans);
        Assert.Equal(D(2, 2), plan.StartDate);
        Assert.Equal("NEG", plan.InitialCategory);
        Assert.Equal(plan.Id, conference.PlanId);
        Assert.Equal(conference.Id, plan.StartedAtConferenceId);
        Assert.Equal(D(2, 2), enquiry.ConferenceDate);
        Assert.Same(plan, child.OpenChildProtectionPlan);
    }

    [Fact]
    public void InitialConference_NotDecidingAPlan_CreatesNoPlan()
    {
        var child = NewChild();
        var episode = ForStrategy(child);
        var enquiry = EnquiryNeedingConference(episode);

        var conference = episode.HoldInitialConference(enquiry.Id, D(2, 2), false, null, null, Today);

        Assert.Empty(episode.ChildProtectionPlans);
        Assert.Null(conference.PlanId);
        Assert.Null(child.OpenChildProtectionPlan);
    }

    [Fact]
    public void TransferInConference_NotDecidingAPlan_CreatesNoPlan()
    {
        var episode = ForStrategy(NewChild());
        episode.HoldTransferInConference(D(1, 10), false, null, null, Today);
        Assert.Empty(episode.ChildProtectionPlans);
    }

    [Theory]
    [InlineData(Section47Outcome.ConcernsSubstantiatedNoConference)]
    [InlineData(Section47Outcome.ConcernsNotSubstantiated)]
    public void InitialConference_OnEnquiryNotNeedingOne_Refused(Section47Outcome outcome)
    {
        var episode = ForStrategy(NewChild());
        var discussion = episode.HoldStrategyDiscussion(D(1, 6), [Agency.Police], true, "Disclosure at school", Today);
        var enquiry = episode.StartSection47(discussion.Id, D(1, 6), Today);
        enquiry.RecordOutcome(outcome, D(1, 15), Today);

        AssertRefused(() => episode.HoldInitialConference(enquiry.Id, D(2, 2), true, "NEG", null, Today),
            "Record the section 47 outcome as 'initial conference needed' before the conference", "Section47Id");
        Assert.Empty(episode.Conferences);
        Assert.Empty(episode.ChildProtectionPlans);
    }

    [Fact]
    public void InitialConference_OnEnquiryWithNoOutcome_Refused()
    {
        var episode = ForStrategy(NewChild());
        var discussion = episode.HoldStrategyDiscussion(D(1, 6), [Agency.Police], true, "Disclosure at school", Today);
        var enquiry = episode.StartSection47(discussion.Id, D(1, 6), Today);

        AssertRefused(() => episode.HoldInitialConference(enquiry.Id, D(2, 2), true, "NEG", null, Today),
            "Record the section 47 outcome as 'initial conference needed' before the conference", "Section47Id");
    }

    [Fact]
    public void InitialConference_WithUnknownEnquiry_Refused() =>
        AssertRefused(() => ForStrategy(NewChild()).HoldInitialConference(Guid.NewGuid(), D(2, 2), true, "NEG", null, Today),
            "Choose the section 47 enquiry the conference follows", "Section47Id");

    [Fact]
    public void SecondInitialConference_OnSameEnquiry_Refused()
    {
        var episode = ForStrategy(NewChild());
        var enquiry = EnquiryNeedingConference(episode);
        episode.HoldInitialConference(enquiry.Id, D(2, 2), false, null, null, Today);

        AssertRefused(() => episode.HoldInitialConference(enquiry.Id, D(2, 3), true, "NEG", null, Today),
            "An initial conference has already been held for that enquiry", "Section47Id");
    }

    [Fact]
    public void ConferenceDecidingAPlan_WithoutCategory_Refused() =>
        AssertRefused(() => ForStrategy(NewChild()).HoldTransferInConference(D(1, 10), true, null, null, Today),
            "Select the category of abuse", "InitialCategory");

    [Fact]
    public void ConferenceDecidingAPlan_WithUnknownCategory_Refused() =>
        AssertRefused(() => ForStrategy(NewChild()).HoldTransferInConference(D(1, 10), true, "CSE", null, Today),
            "'CSE' is not a valid category of abuse code", "InitialCategory");

    [Fact]
    public void SecondPlan_WhileOneIsOpen_RefusedAndNoConferenceRecorded()
    {
        var child = NewChild();
        OnPlan(child, out var episode);
        var conferencesBefore = episode.Conferences.Count;

        AssertRefused(() => episode.HoldTransferInConference(D(2, 10), true, "PHY", null, Today),
            "The child is already on a child protection plan from 2 February 2026", "PlanRequired");
        Assert.Equal(conferencesBefore, episode.Conferences.Count);
        Assert.Single(episode.ChildProtectionPlans);
    }

    [Fact]
    public void InitialConference_BeforeEnquiryStarted_Refused()
    {
        var episode = ForStrategy(NewChild());
        var enquiry = EnquiryNeedingConference(episode);
        AssertRefused(() => episode.HoldInitialConference(enquiry.Id, D(1, 5), true, "NEG", null, Today),
            "The date of the conference must be the same as or after the start of the section 47 enquiry (6 January 2026)", "Date");
    }

    [Fact]
    public void InitialConference_BeforeEnquiryOutcome_Refused()
    {
        var episode = ForStrategy(NewChild());
        var enquiry = EnquiryNeedingConference(episode);
        AssertRefused(() => episode.HoldInitialConference(enquiry.Id, D(1, 19), true, "NEG", null, Today),
            "The date of the conference must be the same as or after the section 47 outcome (20 January 2026)", "Date");
    }

    [Fact]
    public void InitialConference_InFuture_Refused()
    {
        var episode = ForStrategy(NewChild());
        var enquiry = EnquiryNeedingConference(episode);
        AssertRefused(() => episode.HoldInitialConference(enquiry.Id, Today.AddDays(1), true, "NEG", null, Today),
            "The date of the conference must be today or in the past", "Date");
    }

    [Fact]
    public void TransferInConference_BeforeReferral_Refused() =>
        AssertRefused(() => ForStrategy(NewChild()).HoldTransferInConference(D(1, 4), true, "NEG", null, Today),
            "The date of the conference must be the same as or after the referral date (5 January 2026)", "Date");

    [Fact]
    public void TransferInConference_InFuture_Refused() =>
        AssertRefused(() => ForStrategy(NewChild()).HoldTransferInConference(Today.AddDays(1), true, "NEG", null, Today),
            "The date of the conference must be today or in the past", "Date");

    [Fact]
    public void SecondPlan_AfterFirstEnded_CountsPreviousPlans()
    {
        var child = NewChild();
        var first = OnPlan(child, out var episode);
        first.HoldReview(D(3, 1), false, null, null, Today);

        episode.HoldTransferInConference(D(3, 10), true, "EMO", null, Today);

        Assert.Equal(0, first.PreviousPlans);
        Assert.Equal(1, episode.ChildProtectionPlans.Last().PreviousPlans);
    }

    [Fact]
    public void ReviewConference_OnPlanStartDate_Refused() =>
        AssertRefused(() => OnPlan(NewChild(), out _).HoldReview(D(2, 2), true, null, null, Today),
            "The review conference must be after the start of the plan (2 February 2026)", "Date");

    [Fact]
    public void ReviewConference_NotAfterLastReview_Refused()
    {
        var plan = OnPlan(NewChild(), out _);
        plan.HoldReview(D(3, 2), true, null, null, Today);
        AssertRefused(() => plan.HoldReview(D(3, 2), true, null, null, Today),
            "The review conference must be after the last review (2 March 2026)", "Date");
    }

    [Fact]
    public void ReviewConference_InFuture_Refused() =>
        AssertRefused(() => OnPlan(NewChild(), out _).HoldReview(Today.AddDays(1), true, null, null, Today),
            "The date of the review conference must be today or in the past", "Date");

    [Fact]
    public void ReviewConference_PlanContinuing_RecordsReviewAndNewCategory()
    {
        var plan = OnPlan(NewChild(), out var episode);
        var review = plan.HoldReview(D(3, 2), true, "EMO", null, Today);

        Assert.True(plan.IsOpen);
        Assert.Equal("NEG", plan.InitialCategory);
        Assert.Equal("EMO", plan.LatestCategory);
        Assert.Equal(D(3, 2), plan.LastReviewOrStart);
        Assert.Equal(review.Id, Assert.Single(plan.Reviews).ConferenceId);
        Assert.Equal(ConferenceKind.Review, review.Kind);
        Assert.Contains(review, episode.Conferences);
    }

    [Fact]
    public void ReviewConference_PlanNoLongerNeeded_EndsPlanThatDay()
    {
        var child = NewChild();
        var plan = OnPlan(child, out _);
        plan.HoldReview(D(3, 2), false, null, null, Today);
        Assert.False(plan.IsOpen);
        Assert.Equal(D(3, 2), plan.EndDate);
        Assert.Null(child.OpenChildProtectionPlan);
    }

    [Fact]
    public void PlanEnd_BeforeStart_Refused() =>
        AssertRefused(() => OnPlan(NewChild(), out _).End(D(2, 1), "Moved to another authority", Today),
            "The end date of the plan must be the same as or after the start of the plan (2 February 2026)", "EndDate");

    [Fact]
    public void PlanEnd_BeforeLastReview_Refused()
    {
        var plan = OnPlan(NewChild(), out _);
        plan.HoldReview(D(3, 2), true, null, null, Today);
        AssertRefused(() => plan.End(D(3, 1), "Moved to another authority", Today),
            "The end date of the plan must be the same as or after the last review (2 March 2026)", "EndDate");
    }

    [Fact]
    public void PlanEnd_InFuture_Refused() =>
        AssertRefused(() => OnPlan(NewChild(), out _).End(Today.AddDays(1), "Moved to another authority", Today),
            "The end date of the plan must be today or in the past", "EndDate");

    [Fact]
    public void PlanEnd_WithoutReason_Refused() =>
        AssertRefused(() => OnPlan(NewChild(), out _).End(D(3, 1), " ", Today), "Enter why the plan ended", "EndReason");

    [Fact]
    public void EndedPlan_RefusesCoreGroupsAndReviews()
    {
        var plan = OnPlan(NewChild(), out _);
        plan.End(D(3, 1), "Moved to another authority", Today);
        AssertRefused(() => plan.HoldCoreGroup(D(3, 5), Today), "The plan ended on 1 March 2026: you cannot record a core group", "EndDate");
        AssertRefused(() => plan.HoldReview(D(3, 5), true, null, null, Today), "The plan ended on 1 March 2026: you cannot record a review conference", "EndDate");
    }

    [Fact]
    public void CoreGroup_BeforePlanStart_Refused() =>
        AssertRefused(() => OnPlan(NewChild(), out _).HoldCoreGroup(D(2, 1), Today),
            "The date of the core group must be the same as or after the start of the plan (2 February 2026)", "Date");

    [Fact]
    public void CoreGroup_InFuture_Refused() =>
        AssertRefused(() => OnPlan(NewChild(), out _).HoldCoreGroup(Today.AddDays(1), Today),
            "The date of the core group must be today or in the past", "Date");

    [Fact]
    public void PlanEnd_BeforeLastCoreGroup_Refused()
    {
        var plan = OnPlan(NewChild(), out _);
        plan.HoldCoreGroup(D(3, 10), Today);
        AssertRefused(() => plan.End(D(3, 5), "Moved to another authority", Today),
            "The end date of the plan must be the same as or after the last core group (10 March 2026)", "EndDate");
        AssertRefused(() => plan.HoldReview(D(3, 5), false, null, null, Today),
            "The date of the review conference must be the same as or after the last core group (10 March 2026)", "Date");
        Assert.True(plan.IsOpen);
    }

    [Fact]
    public void ReviewContinuingPlan_BeforeLastCoreGroup_Allowed()
    {
        var plan = OnPlan(NewChild(), out _);
        plan.HoldCoreGroup(D(3, 10), Today);
        plan.HoldReview(D(3, 5), true, null, null, Today);
        Assert.Single(plan.Reviews);
    }
}
