using Safeguard.Core.ChildProtection;
using Safeguard.Core.People;
using static Safeguard.Core.Tests.Journeys;

namespace Safeguard.Core.Tests.ChildProtection;

public sealed class StrategyAndSection47RulesTests
{
    [Fact]
    public void StrategyDiscussion_BeforeDecision_Refused() =>
        AssertRefused(() => Referred(NewChild()).HoldStrategyDiscussion(D(1, 6), [Agency.Police], true, "Injury", Today),
            "Record the front door's decision on the referral before you record a strategy discussion", "Decision");

    [Fact]
    public void StrategyDiscussion_BeforeReferral_Refused() =>
        AssertRefused(() => ForStrategy(NewChild()).HoldStrategyDiscussion(D(1, 4), [Agency.Police], true, "Injury", Today),
            "The date of the strategy discussion must be the same as or after the referral date (5 January 2026)", "Date");

    [Fact]
    public void StrategyDiscussion_InFuture_Refused() =>
        AssertRefused(() => ForStrategy(NewChild()).HoldStrategyDiscussion(Today.AddDays(1), [Agency.Police], true, "Injury", Today),
            "The date of the strategy discussion must be today or in the past", "Date");

    [Fact]
    public void StrategyDiscussion_WithNoAgencies_Refused() =>
        AssertRefused(() => ForStrategy(NewChild()).HoldStrategyDiscussion(D(1, 6), [], true, "Injury", Today),
            "Select the agencies that took part", "Agencies");

    [Fact]
    public void Section47_BeforeStrategyDiscussion_Refused()
    {
        var episode = ForStrategy(NewChild());
        var discussion = episode.HoldStrategyDiscussion(D(1, 7), [Agency.Police], true, "Injury", Today);
        AssertRefused(() => episode.StartSection47(discussion.Id, D(1, 6), Today),
            "The start of the section 47 enquiry must be the same as or after the strategy discussion (7 January 2026)", "StartDate");
    }

    [Fact]
    public void Section47_InFuture_Refused()
    {
        var episode = ForStrategy(NewChild());
        var discussion = episode.HoldStrategyDiscussion(D(1, 7), [Agency.Police], true, "Injury", Today);
        AssertRefused(() => episode.StartSection47(discussion.Id, Today.AddDays(1), Today),
            "The start of the section 47 enquiry must be today or in the past", "StartDate");
    }

    [Fact]
    public void Section47_FromDiscussionThatDecidedNone_Refused()
    {
        var episode = ForStrategy(NewChild());
        var discussion = episode.HoldStrategyDiscussion(D(1, 7), [Agency.Police], false, "No harm indicated", Today);
        AssertRefused(() => episode.StartSection47(discussion.Id, D(1, 7), Today),
            "That strategy discussion decided no section 47 enquiry was needed", "StrategyDiscussionId");
    }

    [Fact]
    public void Section47_SecondFromSameDiscussion_Refused()
    {
        var episode = ForStrategy(NewChild());
        var discussion = episode.HoldStrategyDiscussion(D(1, 7), [Agency.Police], true, "Injury", Today);
        episode.StartSection47(discussion.Id, D(1, 7), Today);
        AssertRefused(() => episode.StartSection47(discussion.Id, D(1, 8), Today),
            "A section 47 enquiry has already started from that strategy discussion", "StrategyDiscussionId");
    }

    [Fact]
    public void Section47_RemembersItsStrategyDiscussionDate()
    {
        var episode = ForStrategy(NewChild());
        var discussion = episode.HoldStrategyDiscussion(D(1, 7), [Agency.Police], true, "Injury", Today);
        Assert.Equal(D(1, 7), episode.StartSection47(discussion.Id, D(1, 8), Today).StrategyDiscussionDate);
    }

    [Fact]
    public void Section47Outcome_BeforeStart_Refused()
    {
        var episode = ForStrategy(NewChild());
        var discussion = episode.HoldStrategyDiscussion(D(1, 7), [Agency.Police], true, "Injury", Today);
        var enquiry = episode.StartSection47(discussion.Id, D(1, 8), Today);
        AssertRefused(() => enquiry.RecordOutcome(Section47Outcome.ConferenceNeeded, D(1, 7), Today),
            "The date of the outcome must be the same as or after the start of the enquiry (8 January 2026)", "OutcomeDate");
    }

    [Fact]
    public void Section47Outcome_InFuture_Refused()
    {
        var episode = ForStrategy(NewChild());
        var discussion = episode.HoldStrategyDiscussion(D(1, 7), [Agency.Police], true, "Injury", Today);
        var enquiry = episode.StartSection47(discussion.Id, D(1, 8), Today);
        AssertRefused(() => enquiry.RecordOutcome(Section47Outcome.ConferenceNeeded, Today.AddDays(1), Today),
            "The date of the outcome must be today or in the past", "OutcomeDate");
    }

    [Fact]
    public void Section47Outcome_Twice_Refused()
    {
        var enquiry = EnquiryNeedingConference(ForStrategy(NewChild()));
        AssertRefused(() => enquiry.RecordOutcome(Section47Outcome.ConcernsNotSubstantiated, D(1, 21), Today),
            "The enquiry's outcome has already been recorded", "Outcome");
    }

    [Theory]
    [InlineData(Section47Outcome.ConferenceNeeded, false)]
    [InlineData(Section47Outcome.ConcernsSubstantiatedNoConference, true)]
    [InlineData(Section47Outcome.ConcernsNotSubstantiated, true)]
    public void Section47Outcome_SetsConferenceNotRequired(Section47Outcome outcome, bool notRequired)
    {
        var episode = ForStrategy(NewChild());
        var discussion = episode.HoldStrategyDiscussion(D(1, 7), [Agency.Police], true, "Injury", Today);
        var enquiry = episode.StartSection47(discussion.Id, D(1, 8), Today);
        enquiry.RecordOutcome(outcome, D(1, 15), Today);
        Assert.Equal(notRequired, enquiry.ConferenceNotRequired);
    }
}
