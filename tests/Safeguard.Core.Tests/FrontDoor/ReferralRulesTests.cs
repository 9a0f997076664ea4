using Safeguard.Core.FrontDoor;
using Safeguard.Core.People;
using static Safeguard.Core.Tests.Journeys;

namespace Safeguard.Core.Tests.FrontDoor;

public sealed class ReferralRulesTests
{
    [Fact]
    public void Referral_InFuture_Refused() =>
        AssertRefused(() => Referred(NewChild(), Today.AddDays(1)), "The referral date must be today or in the past", "ReferralDate");

    [Fact]
    public void Referral_WhileOneIsOpen_Refused()
    {
        var child = NewChild();
        Referred(child);
        AssertRefused(() => Referred(child, D(2, 1)),
            "The child already has an open referral from 5 January 2026: record this as a contact or a case note on it, or close it first",
            "ReferralDate");
        Assert.Single(child.Episodes);
    }

    [Fact]
    public void Referral_BeforeLastClosure_Refused()
    {
        var child = NewChild();
        Referred(child).Decide(ReferralDecision.NoFurtherAction, D(1, 6), Manager, Today);
        AssertRefused(() => Referred(child, D(1, 5)), "The referral date must be on or after the last referral closed on 6 January 2026", "ReferralDate");
    }

    [Fact]
    public void Referral_OnDayLastClosed_OpensNewEpisode()
    {
        var child = NewChild();
        Referred(child).Decide(ReferralDecision.NoFurtherAction, D(1, 6), Manager, Today);
        var second = Referred(child, D(1, 6));
        Assert.Same(second, child.OpenEpisode);
        Assert.Equal(2, child.Episodes.Count);
    }

    [Fact]
    public void Referral_WithUnknownSource_Refused() =>
        AssertRefused(() => NewChild().ReceiveReferral(D(1, 5), "11", "N1", "Reason", null, null, Today),
            "'11' is not a valid referral source code", "ReferralSource");

    [Fact]
    public void Referral_WithUnknownPrimaryNeed_Refused() =>
        AssertRefused(() => NewChild().ReceiveReferral(D(1, 5), "6", "N10", "Reason", null, null, Today),
            "'N10' is not a valid primary need code", "PrimaryNeed");

    [Fact]
    public void Referral_WithoutReason_Refused() =>
        AssertRefused(() => NewChild().ReceiveReferral(D(1, 5), "6", "N1", "  ", null, null, Today),
            "Enter the reason for the referral", "Reason");

    [Fact]
    public void Contact_InFuture_Refused() =>
        AssertRefused(() => NewChild().RecordContact(Today.AddDays(1), "2A", "Worried about attendance", null, Today),
            "The date the contact was received must be today or in the past", "ReceivedOn");

    [Fact]
    public void Referral_FromContact_ProgressesIt()
    {
        var child = NewChild();
        var contact = child.RecordContact(D(1, 2), "2A", "Child says there is no food at home", null, Today);
        var episode = child.ReceiveReferral(D(1, 5), "2A", "N1", "School referral", contact.Id, null, Today);
        Assert.Equal(ContactOutcome.ProgressedToReferral, contact.Outcome);
        Assert.Equal(episode.Id, contact.EpisodeId);
        Assert.Equal(contact.Id, episode.ContactId);
    }

    [Fact]
    public void Referral_BeforeItsContact_Refused()
    {
        var child = NewChild();
        var contact = child.RecordContact(D(1, 6), "2A", "Child says there is no food at home", null, Today);
        AssertRefused(() => child.ReceiveReferral(D(1, 5), "2A", "N1", "School referral", contact.Id, null, Today),
            "The referral date must be the same as or after the contact date (6 January 2026)", "ReferralDate");
    }

    [Fact]
    public void Referral_FromAnotherChildsContact_Refused()
    {
        var other = NewChild("OTHER1");
        var contact = other.RecordContact(D(1, 2), "2A", "Sibling concern", null, Today);
        AssertRefused(() => NewChild().ReceiveReferral(D(1, 5), "2A", "N1", "School referral", contact.Id, null, Today),
            "That contact is not on this child's record", "ContactId");
    }

    [Fact]
    public void Contact_Concluded_OnlyOnceAndNotAsReferral()
    {
        var child = NewChild();
        var contact = child.RecordContact(D(1, 2), "3B", "Health visitor worried about weight", null, Today);
        AssertRefused(() => contact.Conclude(ContactOutcome.ProgressedToReferral, child),
            "Choose advice and information, early help or no further action; record a referral to progress it", "Outcome");
        contact.Conclude(ContactOutcome.EarlyHelp, child);
        Assert.Equal(ContactOutcome.EarlyHelp, contact.Outcome);
        AssertRefused(() => contact.Conclude(ContactOutcome.NoFurtherAction, child), "This contact already has an outcome", "Outcome");
    }

    [Fact]
    public void Contact_ConcludedThroughAnotherChild_Refused()
    {
        var child = NewChild();
        var contact = child.RecordContact(D(1, 2), "3B", "Health visitor worried about weight", null, Today);
        AssertRefused(() => contact.Conclude(ContactOutcome.EarlyHelp, NewChild("OTHER2")), "That contact is not on this child's record", "ContactId");
        Assert.Equal(ContactOutcome.AwaitingDecision, contact.Outcome);
    }

    [Fact]
    public void Decision_BeforeReferral_Refused() =>
        AssertRefused(() => Referred(NewChild()).Decide(ReferralDecision.Assessment, D(1, 4), Manager, Today),
            "The decision date must be the same as or after the referral date (5 January 2026)", "DecisionDate");

    [Fact]
    public void Decision_InFuture_Refused() =>
        AssertRefused(() => Referred(NewChild()).Decide(ReferralDecision.Assessment, Today.AddDays(1), Manager, Today),
            "The decision date must be today or in the past", "DecisionDate");

    [Fact]
    public void Decision_Twice_Refused()
    {
        var episode = Referred(NewChild());
        episode.Decide(ReferralDecision.Assessment, D(1, 5), Manager, Today);
        AssertRefused(() => episode.Decide(ReferralDecision.StrategyDiscussion, D(1, 6), Manager, Today),
            "A decision has already been recorded for this referral", "Decision");
    }

    [Theory]
    [InlineData(ReferralDecision.NoFurtherAction)]
    [InlineData(ReferralDecision.EarlyHelp)]
    public void Decision_NoFurtherActionOrEarlyHelp_ClosesEpisodeWithRc7(ReferralDecision decision)
    {
        var child = NewChild();
        var episode = Referred(child);
        episode.Decide(decision, D(1, 6), Manager, Today);
        Assert.True(episode.ReferralNfa);
        Assert.False(episode.IsOpen);
        Assert.Equal(D(1, 6), episode.ClosureDate);
        Assert.Equal("RC7", episode.ClosureReason);
        Assert.Null(child.OpenEpisode);
    }

    [Theory]
    [InlineData(ReferralDecision.Assessment)]
    [InlineData(ReferralDecision.StrategyDiscussion)]
    public void Decision_ForFurtherWork_KeepsEpisodeOpen(ReferralDecision decision)
    {
        var episode = Referred(NewChild());
        episode.Decide(decision, D(1, 6), Manager, Today);
        Assert.False(episode.ReferralNfa);
        Assert.True(episode.IsOpen);
    }

    [Fact]
    public void ClosedEpisode_RefusesFurtherWork()
    {
        var episode = Referred(NewChild());
        episode.Decide(ReferralDecision.NoFurtherAction, D(1, 6), Manager, Today);
        AssertRefused(() => episode.StartAssessment(Core.Assessments.AssessmentKind.Single, D(1, 7), Today),
            "The referral was closed on 6 January 2026: you cannot start an assessment", "ClosureDate");
        AssertRefused(() => episode.Close(D(1, 7), "RC7", Today), "The referral was closed on 6 January 2026: you cannot close it", "ClosureDate");
    }
}
