using Safeguard.Core.ChildProtection;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.People;
using Safeguard.Core.Shared;

namespace Safeguard.Core.Tests;

/// <summary>Made-up children and journeys for the domain tests. "Today" is fixed at 31 March 2026.</summary>
internal static class Journeys
{
    public static readonly DateOnly Today = new(2026, 3, 31);
    public static readonly Guid Manager = Guid.NewGuid();

    /// <summary>A date in 2026.</summary>
    public static DateOnly D(int month, int day) => new(2026, month, day);

    public static Child NewChild(string laChildId = "TEST0001") =>
        Child.Register(Guid.NewGuid(), laChildId, "Amelia", "Testperson", new DateOnly(2019, 5, 14), null, Sex.Female, "WBRI", Today);

    /// <summary>A police referral on 5 January for neglect, undecided.</summary>
    public static EpisodeOfNeed Referred(Child child, DateOnly? on = null) =>
        child.ReceiveReferral(on ?? D(1, 5), "6", "N1", "Police found the children home alone overnight", null, null, Today);

    /// <summary>Referred 5 January, decided for a strategy discussion the same day.</summary>
    public static EpisodeOfNeed ForStrategy(Child child)
    {
        var episode = Referred(child);
        episode.Decide(ReferralDecision.StrategyDiscussion, D(1, 5), Manager, Today);
        return episode;
    }

    /// <summary>Strategy discussion 6 January, section 47 started 6 January, outcome 'conference needed' 20 January.</summary>
    public static Section47Enquiry EnquiryNeedingConference(EpisodeOfNeed episode)
    {
        var discussion = episode.HoldStrategyDiscussion(D(1, 6), [Agency.Police, Agency.Health], true, "Bruising seen at school", Today);
        var enquiry = episode.StartSection47(discussion.Id, D(1, 6), Today);
        enquiry.RecordOutcome(Section47Outcome.ConferenceNeeded, D(1, 20), Today);
        return enquiry;
    }

    /// <summary>A plan under neglect from an initial conference on 2 February.</summary>
    public static ChildProtectionPlan OnPlan(Child child, out EpisodeOfNeed episode)
    {
        episode = ForStrategy(child);
        var enquiry = EnquiryNeedingConference(episode);
        episode.HoldInitialConference(enquiry.Id, D(2, 2), true, "NEG", null, Today);
        return episode.ChildProtectionPlans.Single();
    }

    public static JourneyRuleException Refused(Action change) => Assert.Throws<JourneyRuleException>(change);

    public static void AssertRefused(Action change, string message, string field)
    {
        var refusal = Refused(change);
        Assert.Equal(message, refusal.Message);
        Assert.Equal(field, refusal.Field);
    }
}
