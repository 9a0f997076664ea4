using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Assessments;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.Clock;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data.Records;
using Safeguard.Tests;

namespace Safeguard.Data.Tests.Records;

public sealed class ChildRecordPersistenceTests
{
    private static readonly DateOnly Today = new(2025, 11, 20);

    private static (Authority, Team, Worker, Child) WholeJourney()
    {
        var authority = new Authority("886", "Kent", "E10000016", "WT2023", WorkingDayConvention.ExcludeBankHolidays);
        var team = new Team(authority.Id, "Canterbury Children in Need", TeamKind.ChildProtection);
        var worker = new Worker(authority.Id, team.Id, "Sam Example", WorkerRole.SocialWorker, Agency.ChildrensSocialCare, new DateOnly(2019, 9, 1), 18);
        var child = Child.Register(authority.Id, "K0001", "Ada", "Testchild", new DateOnly(2016, 4, 2), null, Sex.Female, "WBRI", Today);
        child.RecordIdentifiers("943 476 5919", null);
        child.RecordDisabilities(["NONE"]);
        child.MoveTo("1 Example Road", "Canterbury", "ct1 1aa", new DateOnly(2020, 1, 1), Today);
        child.AllocateTo(worker.Id, new DateOnly(2025, 3, 4), Today);
        var episode = child.ReceiveReferral(new DateOnly(2025, 3, 3), "6", "N1", "Police attended a domestic incident", null, null, Today);
        episode.Decide(ReferralDecision.StrategyDiscussion, new DateOnly(2025, 3, 4), worker.Id, Today);
        var discussion = episode.HoldStrategyDiscussion(new DateOnly(2025, 3, 5), [Agency.Police, Agency.Health, Agency.ChildrensSocialCare], true, "Agreed s47", Today);
        var s47 = episode.StartSection47(discussion.Id, new DateOnly(2025, 3, 5), Today);
        var assessment = episode.StartAssessment(AssessmentKind.Single, new DateOnly(2025, 3, 5), Today);
        assessment.Submit(new DateOnly(2025, 3, 20), "Analysis of needs", ["3B", "4B"], AssessmentOutcome.StrategyDiscussion, Today);
        assessment.Authorise(new DateOnly(2025, 3, 21), worker.Id, Today);
        s47.RecordOutcome(Section47Outcome.ConferenceNeeded, new DateOnly(2025, 3, 19), Today);
        var icpc = episode.HoldInitialConference(s47.Id, new DateOnly(2025, 3, 26), true, "EMO", null, Today);
        var plan = episode.ChildProtectionPlans.Single();
        plan.HoldCoreGroup(new DateOnly(2025, 4, 2), Today);
        plan.HoldReview(new DateOnly(2025, 6, 20), true, "NEG", null, Today);
        Assert.Equal(icpc.PlanId, plan.Id);
        return (authority, team, worker, child);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task WholeJourney_RoundTripsEveryTypedField(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (authority, team, worker, child) = WholeJourney();
        await using (var db = database.Open())
        {
            db.AddRange(authority, team, worker, child);
            await db.SaveChangesAsync();
        }

        await using var read = database.Open();
        var loaded = await read.FindWholeRecordAsync(child.Id);
        Assert.NotNull(loaded);
        Assert.Equal("Ada Testchild", loaded.FullName);
        Assert.Equal("9434765919", loaded.NhsNumber?.Value);
        Assert.Equal(["NONE"], loaded.Disabilities.Select(d => d.Code));
        Assert.Equal("CT1 1AA", loaded.CurrentAddress?.Postcode);
        Assert.Equal(worker.Id, loaded.CurrentAllocation?.WorkerId);
        var episode = Assert.Single(loaded.Episodes);
        Assert.Equal(ReferralDecision.StrategyDiscussion, episode.Decision);
        Assert.Equal(["3B", "4B"], episode.Assessments.Single().Factors.Select(f => f.Code).Order());
        Assert.Equal(3, episode.StrategyDiscussions.Single().Participants.Count);
        Assert.Equal(Section47Outcome.ConferenceNeeded, episode.Section47Enquiries.Single().Outcome);
        var plan = Assert.Single(episode.ChildProtectionPlans);
        Assert.Equal(("EMO", "NEG"), (plan.InitialCategory, plan.LatestCategory));
        Assert.Single(plan.CoreGroups);
        Assert.Equal(new DateOnly(2025, 6, 20), plan.Reviews.Single().Date);
        Assert.Equal(2, episode.Conferences.Count);
        Assert.Same(loaded, episode.Child);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ChangeToLoadedRecord_IsSavedAndRulesStillApply(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (authority, team, worker, child) = WholeJourney();
        await using (var db = database.Open())
        {
            db.AddRange(authority, team, worker, child);
            await db.SaveChangesAsync();
        }
        await using (var db = database.Open())
        {
            var loaded = (await db.FindWholeRecordAsync(child.Id))!;
            var plan = loaded.OpenChildProtectionPlan!;
            plan.HoldReview(new DateOnly(2025, 11, 14), false, null, null, Today);
            var episode = loaded.Episodes.Single();
            var error = Assert.Throws<Core.Shared.JourneyRuleException>(() => episode.Close(new DateOnly(2025, 11, 1), "RC7", Today));
            Assert.Contains("latest recorded activity", error.Message, StringComparison.Ordinal);
            episode.Close(new DateOnly(2025, 11, 18), "RC7", Today);
            await db.SaveChangesAsync();
        }
        await using var read = database.Open();
        var closed = (await read.FindWholeRecordAsync(child.Id))!;
        Assert.Null(closed.OpenEpisode);
        Assert.Equal("RC7", closed.Episodes.Single().ClosureReason);
        Assert.Equal(new DateOnly(2025, 11, 14), closed.Episodes.Single().ChildProtectionPlans.Single().EndDate);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task TwoPeopleEditingTheSameChild_SecondSaveIsAConflict(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (authority, team, worker, child) = WholeJourney();
        await using (var db = database.Open())
        {
            db.AddRange(authority, team, worker, child);
            await db.SaveChangesAsync();
        }
        await using var first = database.Open();
        await using var second = database.Open();
        var a = (await first.FindWholeRecordAsync(child.Id))!;
        var b = (await second.FindWholeRecordAsync(child.Id))!;
        a.AddCaseNote(Today, Core.Recording.CaseNoteKind.Visit, "Seen at home", worker.Id, Agency.ChildrensSocialCare, false, Today);
        b.OpenChildProtectionPlan!.HoldCoreGroup(Today, Today);
        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var read = database.Open();
        var saved = (await read.FindWholeRecordAsync(child.Id))!;
        Assert.Single(saved.CaseNotes);
        Assert.Single(saved.OpenChildProtectionPlan!.CoreGroups);
    }
}
