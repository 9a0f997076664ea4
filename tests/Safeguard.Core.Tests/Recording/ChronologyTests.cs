using Safeguard.Core.Assessments;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.LookedAfter;
using Safeguard.Core.People;
using Safeguard.Core.Recording;
using static Safeguard.Core.Tests.Journeys;

namespace Safeguard.Core.Tests.Recording;

public sealed class ChronologyTests
{
    /// <summary>A child whose record holds one or more of every kind of event.</summary>
    private static Child FullRecord()
    {
        var child = NewChild();
        child.MoveTo("1 Test Street", "Testtown", "AB1 2CD", D(1, 1), Today);
        var contact = child.RecordContact(D(1, 2), "2A", "Bruise on arm", null, Today);
        var episode = child.ReceiveReferral(D(1, 2), "2A", "N1", "School reports a bruise and disclosure", contact.Id, null, Today);
        child.AllocateTo(Guid.NewGuid(), D(1, 2), Today);
        episode.Decide(ReferralDecision.StrategyDiscussion, D(1, 2), Manager, Today);
        var discussion = episode.HoldStrategyDiscussion(D(1, 3), [Agency.Police, Agency.Health], true, "Joint visit agreed", Today);
        var enquiry = episode.StartSection47(discussion.Id, D(1, 3), Today);
        var assessment = episode.StartAssessment(AssessmentKind.Single, D(1, 3), Today);
        enquiry.RecordOutcome(Section47Outcome.ConferenceNeeded, D(1, 16), Today);
        assessment.Submit(D(1, 20), "Analysis", ["3B", "18C"], AssessmentOutcome.StrategyDiscussion, Today);
        assessment.Authorise(D(1, 21), Manager, Today);
        episode.HoldInitialConference(enquiry.Id, D(1, 28), true, "NEG", null, Today);
        var plan = episode.ChildProtectionPlans.Single();
        plan.HoldCoreGroup(D(2, 6), Today);
        plan.HoldReview(D(2, 20), true, null, null, Today);
        plan.HoldReview(D(3, 2), false, null, null, Today);
        episode.StartChildInNeedPlan(D(3, 2), Today).End(D(3, 9), Today);
        episode.Close(D(3, 9), "RC7", Today);
        child.AddCaseNote(D(2, 8), CaseNoteKind.Visit, "Home visit: bedroom has no bed\nMother agreed to buy one", Guid.NewGuid(), Agency.ChildrensSocialCare, true, Today);
        child.AddCaseNote(D(2, 9), CaseNoteKind.PhoneCall, "Routine call", Guid.NewGuid(), Agency.Health, false, Today);
        child.AddCaseNote(D(2, 10), CaseNoteKind.Meeting, "Police: father arrested", Guid.NewGuid(), Agency.Police, true, Today);

        var care = child.StartToBeLookedAfter(D(3, 10), "V2", "N1", "U3", "PR1", null, false, Today);
        care.RecordVisit(D(3, 12), true, Today);
        care.Change(D(3, 14), "L", "C1", "U3", "PR1", null, false, null, Today);
        care.RecordReview(D(3, 16), "PN1", Today);
        care.Change(D(3, 18), "P", "C1", "U6", "PR4", null, false, "CREQB", Today);
        var missing = care.RecordMissing(MissingKind.Missing, D(3, 20), Today);
        care.RecordReturn(missing.Id, D(3, 21), Today);
        care.Cease(D(3, 25), "E4A", Today);
        child.MoveTo("2 Sample Road", "Otherton", "AB3 4EF", D(3, 25), Today);
        child.RecordDeath(D(3, 30), Today);
        return child;
    }

    [Fact]
    public void For_FullRecord_HasEveryKindOfEvent()
    {
        var kinds = Chronology.For(FullRecord()).Select(e => e.Kind).ToHashSet();
        Assert.Equal(Enum.GetValues<ChronologyKind>().ToHashSet(), kinds);
    }

    [Fact]
    public void For_IsInDateOrder()
    {
        var dates = Chronology.For(FullRecord()).Select(e => e.Date).ToList();
        Assert.Equal(dates.Order(), dates);
    }

    [Fact]
    public void For_SameDay_FollowsTheJourney()
    {
        var day = Chronology.For(FullRecord()).Where(e => e.Date == D(1, 2)).Select(e => e.Kind);
        Assert.Equal([ChronologyKind.Contact, ChronologyKind.Referral, ChronologyKind.Decision, ChronologyKind.Allocation], day);
        var conferenceDay = Chronology.For(FullRecord()).Where(e => e.Date == D(1, 28)).Select(e => e.Kind);
        Assert.Equal([ChronologyKind.Conference, ChronologyKind.PlanStarted], conferenceDay);
        var stepDown = Chronology.For(FullRecord()).Where(e => e.Date == D(3, 2)).Select(e => e.Kind);
        Assert.Equal([ChronologyKind.PlanReview, ChronologyKind.PlanEnded, ChronologyKind.ChildInNeedPlanStarted], stepDown);
    }

    [Fact]
    public void For_ClosureAndNextReferralSameDay_ClosureFirst()
    {
        var child = NewChild();
        var first = Referred(child, D(1, 5));
        first.Decide(ReferralDecision.NoFurtherAction, D(1, 6), Manager, Today);
        child.ReceiveReferral(D(1, 6), "6", "N1", "Second police report", null, null, Today);

        var day = Chronology.For(child).Where(e => e.Date == D(1, 6)).Select(e => e.Kind);

        Assert.Equal([ChronologyKind.Decision, ChronologyKind.CaseClosed, ChronologyKind.Referral], day);
    }

    [Fact]
    public void For_WritesTitlesAWorkerWouldWrite()
    {
        var titles = Chronology.For(FullRecord()).Select(e => e.Title).ToList();
        Assert.Contains("Contact from school", titles);
        Assert.Contains("Referral from school: abuse, neglect and exploitation", titles);
        Assert.Contains("Referral decision: strategy discussion", titles);
        Assert.Contains("Strategy discussion: section 47 enquiry needed", titles);
        Assert.Contains("Section 47 enquiry outcome: initial conference needed", titles);
        Assert.Contains("Child and family assessment authorised: strategy discussion", titles);
        Assert.Contains("Initial child protection conference: plan under neglect", titles);
        Assert.Contains("Child protection plan started: neglect", titles);
        Assert.Contains("Review child protection conference: plan continues under neglect", titles);
        Assert.Contains("Review child protection conference: plan no longer needed", titles);
        Assert.Contains("Became looked after: single period of accommodation under section 20", titles);
        Assert.Contains("Legal status changed: interim care order", titles);
        Assert.Contains("Placement changed: foster with other carer: other", titles);
        Assert.Contains("Stopped being looked after: returned home as part of the care plan", titles);
        Assert.Contains("Visit: Home visit: bedroom has no bed", titles);
        Assert.Contains("Case closed: services ceased for any other reason, including child no longer in need", titles);
        Assert.Contains("Moved to Otherton", titles);
    }

    [Fact]
    public void For_SourceIdsPointAtTheRecords()
    {
        var child = FullRecord();
        var entries = Chronology.For(child);
        var episode = child.Episodes.Single();
        var plan = episode.ChildProtectionPlans.Single();
        Assert.Equal(episode.Id, entries.Single(e => e.Kind == ChronologyKind.Referral).SourceId);
        Assert.Equal(plan.Id, entries.Single(e => e.Kind == ChronologyKind.PlanStarted).SourceId);
        Assert.Equal(episode.Conferences.Where(c => c.Kind == ConferenceKind.Review).Select(c => c.Id),
            entries.Where(e => e.Kind == ChronologyKind.PlanReview).Select(e => e.SourceId));
        Assert.Equal(child.Contacts.Single().Id, entries.Single(e => e.Kind == ChronologyKind.Contact).SourceId);
    }

    [Fact]
    public void For_CaseNotes_OnlyWhenSignificant()
    {
        var entries = Chronology.For(FullRecord());
        var notes = entries.Where(e => e.Kind == ChronologyKind.SignificantEvent).ToList();
        Assert.Equal(2, notes.Count);
        Assert.DoesNotContain(entries, e => e.Detail == "Routine call");
        Assert.Equal("Home visit: bedroom has no bed\nMother agreed to buy one", notes[0].Detail);
        Assert.Equal(Agency.Police, notes[1].Agency);
    }

    [Theory]
    [InlineData("2A", Agency.Education)]
    [InlineData("3B", Agency.Health)]
    [InlineData("3E", Agency.Health)]
    [InlineData("4", Agency.Housing)]
    [InlineData("5C", Agency.OtherLocalAuthority)]
    [InlineData("5D", Agency.EarlyHelp)]
    [InlineData("6", Agency.Police)]
    [InlineData("8", Agency.Other)]
    public void ReferralSource_MapsToAgency(string source, Agency agency)
    {
        Assert.Equal(agency, Chronology.AgencyForReferralSource(source));
        var child = NewChild();
        child.ReceiveReferral(D(1, 5), source, "N1", "Concern", null, null, Today);
        Assert.Equal(agency, Chronology.For(child).Single().Agency);
    }

    [Theory]
    [InlineData("1A")]
    [InlineData("1C")]
    [InlineData("9")]
    [InlineData("10")]
    public void ReferralSource_FromIndividualOrUnknown_HasNoAgency(string source) => Assert.Null(Chronology.AgencyForReferralSource(source));

    [Fact]
    public void Title_KeepsAcronymsInSourceDescriptions()
    {
        var child = NewChild();
        child.RecordContact(D(1, 2), "3E", "Attended with burn", null, Today);
        child.RecordContact(D(1, 3), "3A", "Missed appointments", null, Today);
        Assert.Equal(["Contact from A&E", "Contact from GP"], Chronology.For(child).Select(e => e.Title));
    }

    [Fact]
    public void Filter_ByKinds()
    {
        var filtered = Chronology.Filter(Chronology.For(FullRecord()), kinds: [ChronologyKind.PlanReview, ChronologyKind.CoreGroup]);
        Assert.Equal([ChronologyKind.CoreGroup, ChronologyKind.PlanReview, ChronologyKind.PlanReview], filtered.Select(e => e.Kind));
    }

    [Fact]
    public void Filter_ByAgency_KeepsOnlyThatAgencysEntries()
    {
        var filtered = Chronology.Filter(Chronology.For(FullRecord()), agencies: [Agency.Education, Agency.Police]);
        Assert.Equal([ChronologyKind.Contact, ChronologyKind.Referral, ChronologyKind.SignificantEvent], filtered.Select(e => e.Kind));
    }

    [Fact]
    public void Filter_ByDateRange_IsInclusive()
    {
        var filtered = Chronology.Filter(Chronology.For(FullRecord()), from: D(3, 10), to: D(3, 14));
        Assert.Equal([ChronologyKind.BecameLookedAfter, ChronologyKind.Visit, ChronologyKind.LegalStatusChange], filtered.Select(e => e.Kind));
    }

    [Fact]
    public void Filter_Combined()
    {
        var filtered = Chronology.Filter(Chronology.For(FullRecord()), [ChronologyKind.SignificantEvent], [Agency.ChildrensSocialCare], D(2, 1), D(2, 28));
        Assert.Equal(D(2, 8), Assert.Single(filtered).Date);
    }

    [Fact]
    public void For_NewChild_IsEmpty() => Assert.Empty(Chronology.For(NewChild()));
}
