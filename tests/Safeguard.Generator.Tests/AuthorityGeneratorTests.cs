using Safeguard.Core.ChildProtection;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;

namespace Safeguard.Generator.Tests;

public sealed class AuthorityGeneratorTests
{
    [Fact]
    public void Generate_SameSeed_GivesTheSamePeopleDatesAndCodes()
    {
        var first = Generated.Run(BuiltInTargets.Rutland2025, 2, 7);
        var second = Generated.Run(BuiltInTargets.Rutland2025, 2, 7);

        Assert.Equal(Generated.Describe(first.Sink.Children), Generated.Describe(second.Sink.Children));
        Assert.Equal(first.Sink.Workers.Select(w => w.Name), second.Sink.Workers.Select(w => w.Name));
        Assert.Equal(first.Sink.FamilyMembers.Select(f => f.FullName + f.DateOfBirth), second.Sink.FamilyMembers.Select(f => f.FullName + f.DateOfBirth));
    }

    [Fact]
    public void Generate_DifferentSeed_GivesDifferentChildren()
    {
        var first = Generated.Run(BuiltInTargets.Rutland2025, 1, 7);
        var second = Generated.Run(BuiltInTargets.Rutland2025, 1, 8);

        Assert.NotEqual(Generated.Describe(first.Sink.Children), Generated.Describe(second.Sink.Children));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Generate_ManySeeds_NeverBreaksAJourneyRuleAndHandsEverythingOverInOrder(int seed)
    {
        // A JourneyRuleException would escape Generate: reaching the asserts means every record passed the domain's rules.
        var (sink, summary, order) = Generated.Run(BuiltInTargets.Rutland2025 with { ReferralsPerYear = 1500, Section47sPerYear = 400 }, 3, seed);

        Assert.True(sink.Completed);
        Assert.Empty(order.Problems);
        Assert.Equal(summary.Children, sink.Children.Count);
        Assert.Equal(sink.Children.Count, sink.Children.Select(c => c.LaChildId).Distinct().Count());
        Assert.All(sink.Children, c => Assert.NotEmpty(c.Episodes));
        Assert.All(sink.Children.SelectMany(c => c.Episodes).Where(e => !e.IsOpen), e => Assert.Empty(e.OpenWork()));
        Assert.All(sink.Children.SelectMany(c => c.Episodes), e => Assert.True(e.ClosureDate is null || e.ClosureDate <= Generated.End));
        Assert.All(sink.Children, c => Assert.True(c.Episodes.Count(e => e.IsOpen) <= 1));
        Assert.All(sink.Children.SelectMany(c => c.PeriodsOfCare).Where(p => !p.IsOpen),
            p => Assert.Contains(p.Child.Episodes, e => e.ReferralDate <= p.StartDate && (e.ClosureDate is null || e.ClosureDate >= p.EndDate)));
    }

    [Fact]
    public void Generate_Identifiers_AreValidAndUpnsOnlyForSchoolAge()
    {
        var (sink, _, _) = Generated.Run(BuiltInTargets.Rutland2025, 2, 11);

        var withNhs = sink.Children.Where(c => c.NhsNumber is not null).ToList();
        Assert.True(withNhs.Count > sink.Children.Count * 0.9);
        Assert.All(withNhs, c => Assert.True(NhsNumber.TryParse(c.NhsNumber!.Value.Value, out _)));
        Assert.Equal(withNhs.Count, withNhs.Select(c => c.NhsNumber!.Value.Value).Distinct().Count());
        var withUpn = sink.Children.Where(c => c.Upn is not null).ToList();
        Assert.NotEmpty(withUpn);
        Assert.All(withUpn, c =>
        {
            Assert.True(UniquePupilNumber.TryParse(c.Upn!.Value.Value, out _));
            Assert.Equal("857", c.Upn!.Value.LaCode);
            var registered = c.Episodes[0].ReferralDate;
            var age = (registered.DayNumber - c.DateOfBirth!.Value.DayNumber) / 365.25;
            Assert.InRange(age, 3.9, 17.1);
        });
    }

    [Fact]
    public void Generate_Siblings_ShareAFamilyNameAndParents()
    {
        var (sink, _, _) = Generated.Run(BuiltInTargets.Rutland2025, 2, 5);
        var byId = sink.Children.ToDictionary(c => c.Id);

        var siblingLinks = sink.Children.SelectMany(c => c.Relationships.Where(r => r.Kind == RelationshipKind.Sibling).Select(r => (c, Other: byId[r.RelatedChildId!.Value]))).ToList();
        Assert.NotEmpty(siblingLinks);
        Assert.All(siblingLinks, l =>
        {
            Assert.Equal(l.c.FamilyName, l.Other.FamilyName);
            var mother = l.c.Relationships.Single(r => r.Kind == RelationshipKind.Mother).FamilyMemberId;
            Assert.Equal(mother, l.Other.Relationships.Single(r => r.Kind == RelationshipKind.Mother).FamilyMemberId);
            Assert.Contains(l.Other.Relationships, r => r.RelatedChildId == l.c.Id);
        });
    }

    [Fact]
    public void Generate_Workforce_MatchesTheFteWithManagedTeamsAndSomeNewlyQualified()
    {
        var (sink, _, _) = Generated.Run(BuiltInTargets.Birmingham2025 with { ReferralsPerYear = 800, Section47sPerYear = 300, InitialConferencesPerYear = 100,
            PlanStartsPerYear = 90, PlansAt31March = 80, ChildrenInNeedAt31March = 450, LookedAfterAt31March = 110, LookedAfterStartsPerYear = 40 }, 1, 3);

        var socialWorkers = sink.Workers.Where(w => w.Role == WorkerRole.SocialWorker).ToList();
        Assert.InRange(socialWorkers.Count, 760, 780);
        Assert.All(sink.Teams, t => Assert.NotNull(t.ManagerId));
        foreach (var kind in new[] { TeamKind.FrontDoor, TeamKind.Assessment, TeamKind.ChildProtection, TeamKind.LookedAfter, TeamKind.ConferenceAndReview })
            Assert.Contains(sink.Teams, t => t.Kind == kind);
        var newlyQualified = socialWorkers.Count(w => w.IsNewlyQualified(Generated.End));
        Assert.InRange(newlyQualified, socialWorkers.Count / 20, socialWorkers.Count / 5);
        Assert.Contains(sink.Workers, w => w.Role == WorkerRole.ConferenceChair);
        Assert.Contains(sink.Workers, w => w.Role == WorkerRole.IndependentReviewingOfficer);
    }

    [Fact]
    public void Generate_ReportsProgressEachSimulatedMonth()
    {
        var reports = new List<GenerationProgress>();
        var target = BuiltInTargets.Rutland2025;
        AuthorityGenerator.Generate(AuthorityGenerator.AuthorityFor(target), target, 1, 1, Generated.End, new InMemoryAuthoritySink(), new SyncProgress(reports.Add));

        Assert.Equal(12 * (1 + AuthorityGenerator.BurnInYears) + 1, reports.Count);
        Assert.Equal(Generated.End, reports[^1].SimulatedDate);
        Assert.True(reports[^1].ChildrenSoFar > 0);
    }

    [Fact]
    public void Generate_NoPlanOrEpisodeRunsOnPastTheChildsEighteenthBirthday()
    {
        // Three years of history after an 18-year warm start: before the cap covered child-in-need plans that would
        // start after 18, such a plan kept adults' episodes open for years (18,189 adults in the England census).
        var (sink, _, _) = Generated.Run(BuiltInTargets.Rutland2025 with { ReferralsPerYear = 3000, Section47sPerYear = 900 }, 3, 5);

        foreach (var child in sink.Children)
        {
            if (child.DateOfBirth is not { } born) continue;
            var eighteen = born.AddYears(18);
            foreach (var episode in child.Episodes)
            {
                // A step already under way at 18 (an assessment, an enquiry, the last days of care) may close the episode later.
                Assert.True((episode.ClosureDate ?? Generated.End) <= eighteen.AddMonths(6),
                    $"{child.LaChildId} born {born}: episode referred {episode.ReferralDate} runs to {episode.ClosureDate?.ToString() ?? "open"}");
                foreach (var plan in episode.ChildInNeedPlans)
                    Assert.True(plan.StartDate < eighteen && (plan.EndDate ?? Generated.End) <= eighteen,
                        $"{child.LaChildId} born {born}: child-in-need plan {plan.StartDate} to {plan.EndDate?.ToString() ?? "open"}");
                foreach (var plan in episode.ChildProtectionPlans)
                    Assert.True(plan.StartDate < eighteen && (plan.EndDate ?? Generated.End) <= eighteen,
                        $"{child.LaChildId} born {born}: child protection plan {plan.StartDate} to {plan.EndDate?.ToString() ?? "open"}");
            }
        }
    }

    [Fact]
    public void Generate_ToADateMidYear_RecordsNothingAfterIt_AndLeavesWorkOpen()
    {
        // The demo authority ends on the day it is made, so its work tray has live work.
        var target = BuiltInTargets.Rutland2025;
        var end = new DateOnly(2025, 11, 20);
        var sink = new InMemoryAuthoritySink();
        AuthorityGenerator.Generate(AuthorityGenerator.AuthorityFor(target), target, 1, 1, end, sink);

        var referrals = sink.Children.SelectMany(c => c.Episodes).ToList();
        Assert.All(referrals, e => Assert.True(e.ReferralDate <= end && (e.ClosureDate is null || e.ClosureDate <= end)));
        Assert.Contains(referrals, e => e.IsOpen);
        Assert.Contains(referrals, e => e.ReferralDate > new DateOnly(2025, 10, 1));
    }

    [Fact]
    public void GenerateMany_EachAuthorityGetsItsOwnSinkAndDerivedSeed()
    {
        var small = new[] { BuiltInTargets.Rutland2025, BuiltInTargets.Rutland2025 with { LaCode = "858", Name = "Smallshire" } };
        var sinks = new List<InMemoryAuthoritySink>();

        var summaries = AuthorityGenerator.GenerateMany(small.Select(t => (AuthorityGenerator.AuthorityFor(t), t)), 1, 42, Generated.End,
            _ => { var s = new InMemoryAuthoritySink(); sinks.Add(s); return s; });

        Assert.Equal(["Rutland", "Smallshire"], summaries.Select(s => s.Authority));
        Assert.Equal(2, sinks.Count);
        Assert.All(sinks, s => Assert.True(s.Completed));
        Assert.NotEqual(Generated.Describe(sinks[0].Children).Replace("C857", "C", StringComparison.Ordinal),
            Generated.Describe(sinks[1].Children).Replace("C858", "C", StringComparison.Ordinal));
        Assert.NotEqual(AuthorityGenerator.SeedFor(42, "857"), AuthorityGenerator.SeedFor(42, "858"));
    }

    [Fact]
    public void Generate_PlansAndCare_FollowTheStatutoryRhythm()
    {
        var (sink, _, _) = Generated.Run(BuiltInTargets.Birmingham2025 with { ReferralsPerYear = 2000, Section47sPerYear = 750, InitialConferencesPerYear = 260,
            PlanStartsPerYear = 240, PlansAt31March = 210, ChildrenInNeedAt31March = 1150, LookedAfterAt31March = 290, LookedAfterStartsPerYear = 95, SocialWorkerFte = 90 }, 2, 9);
        var plans = sink.Children.SelectMany(c => c.Episodes).SelectMany(e => e.ChildProtectionPlans).Where(p => p.Reviews.Count > 0).ToList();

        var firstReviewOnTime = plans.Count(p => p.Reviews.Min(r => r.Date) <= p.StartDate.AddMonths(3)) / (double)plans.Count;
        Assert.InRange(firstReviewOnTime, 0.8, 0.97);
        Assert.All(sink.Children.SelectMany(c => c.Episodes).SelectMany(e => e.Conferences).Where(c => c.Kind == ConferenceKind.Initial),
            c => Assert.NotNull(c.ChairId));
        var categories = sink.Children.SelectMany(c => c.Episodes).SelectMany(e => e.ChildProtectionPlans).GroupBy(p => p.InitialCategory)
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.True(categories["NEG"] > categories["EMO"] && categories["EMO"] > categories["PHY"]);
        var inCare = sink.Children.SelectMany(c => c.PeriodsOfCare).Where(p => p.Reviews.Count > 0).ToList();
        Assert.NotEmpty(inCare);
        Assert.All(inCare, p => Assert.NotEmpty(p.Visits));
        var openCases = sink.Children.Count(c => c.CurrentAllocation is not null);
        var socialWorkers = sink.Workers.Count(w => w.Role == Core.Workforce.WorkerRole.SocialWorker);
        Assert.InRange(openCases / (double)socialWorkers, 9, 18);
    }

    private sealed class SyncProgress(Action<GenerationProgress> report) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value) => report(value);
    }
}
