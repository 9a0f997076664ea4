using System.Net;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.Workforce;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.ChildProtection;

/// <summary>
/// The whole child protection sequence by HTTP, as the people who do it: the social worker records the strategy
/// discussion (starting the s47) and its outcome; the chair holds the ICPC and a plan starts; the social worker
/// records the core group; the chair holds a review; the plan ends. The record is checked after every step.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class SequenceTests(SafeguardWebApp app)
{
    private readonly CpRecords _records = new(app);

    [Fact]
    public async Task ChildProtection_FromStrategyDiscussionToTheEndOfThePlan()
    {
        var child = await _records.ChildAsync(CpStage.Decided);
        var (_, _, chairId) = await _records.StaffAsync();
        var today = _records.Today;
        var root = $"/children/{child}";
        using var worker = await _records.SignedInAsync(WorkerRole.SocialWorker);
        using var chair = await _records.SignedInAsync(WorkerRole.ConferenceChair);

        // Before the enquiry's outcome the chair cannot see the child.
        Assert.Equal(HttpStatusCode.NotFound, (await CpRecords.GetRawAsync(chair, root)).StatusCode);

        // 1. Strategy discussion, deciding on a section 47 enquiry.
        var summary = await CpRecords.GetAsync(worker, root);
        Assert.Equal($"{root}/strategy-discussions/new", summary.QuerySelector("[data-testid=cp-strategy-discussion]")!.GetAttribute("href"));
        await Step(await CpRecords.SubmitAsync(worker, $"{root}/strategy-discussions/new",
            [.. CpRecords.DateFields("Date", today.AddDays(-30)), ("Agencies", "Police"), ("Agencies", "Health"), ("Agencies", "ChildrensSocialCare"),
             ("Summary", "Made-up bruising reported by school; police and health agree to a joint enquiry."), ("Section47Needed", "yes")]), root);
        var episode = await _records.EpisodeAsync(child);
        var enquiry = Assert.Single(episode.Section47Enquiries);
        Assert.Null(enquiry.Outcome);

        // 2. The enquiry's outcome: an initial conference is needed.
        summary = await CpRecords.GetAsync(worker, root);
        var outcomeUrl = summary.QuerySelector("[data-testid=cp-section-47-outcome]")!.GetAttribute("href")!;
        await Step(await CpRecords.SubmitAsync(worker, outcomeUrl, [("Outcome", "ConferenceNeeded"), .. CpRecords.DateFields("Date", today.AddDays(-25))]), root);
        episode = await _records.EpisodeAsync(child);
        Assert.Equal(Section47Outcome.ConferenceNeeded, episode.Section47Enquiries.Single().Outcome);
        Assert.Null((await _records.RecordAsync(child)).OpenChildProtectionPlan);

        // 3. The chair now sees the child on their list, and holds the ICPC: a plan starts.
        var list = await CpRecords.GetAsync(chair, "/conferences");
        var icpcUrl = list.QuerySelectorAll("[data-testid=waiting] a").Select(a => a.GetAttribute("href")!).Single(h => h.StartsWith(root, StringComparison.Ordinal));
        var check = await SafeguardWebApp.ParseAsync(await CpRecords.SubmitAsync(chair, icpcUrl,
            [.. CpRecords.DateFields("Date", today.AddDays(-20)), ("ChairId", chairId.ToString()), ("PlanRequired", "yes"), ("Category", "PHY")]));
        Assert.NotNull(check.QuerySelector("[data-testid=check-answers]"));
        await Step(await Forms.SubmitAsync(chair, icpcUrl, check, new Dictionary<string, string> { ["Step"] = "confirm" }), root);
        var plan = Assert.Single((await _records.EpisodeAsync(child)).ChildProtectionPlans);
        Assert.Equal((today.AddDays(-20), "PHY", true), (plan.StartDate, plan.InitialCategory, plan.IsOpen));
        Assert.Equal(today.AddDays(-20), (await _records.EpisodeAsync(child)).Section47Enquiries.Single().ConferenceDate);
        var planUrl = $"{root}/plans/{plan.Id}";
        Assert.Equal("Child protection plan", (await CpRecords.GetAsync(worker, root)).QuerySelector("[data-testid=child-name] + p")!.TextContent.Trim());

        // 4. The core group meets.
        summary = await CpRecords.GetAsync(worker, root);
        Assert.Equal($"{planUrl}/core-groups/new", summary.QuerySelector("[data-testid=cp-core-group]")!.GetAttribute("href"));
        await Step(await CpRecords.SubmitAsync(worker, $"{planUrl}/core-groups/new", CpRecords.DateFields("Date", today.AddDays(-12))), planUrl);
        Assert.Equal(today.AddDays(-12), Assert.Single((await _records.EpisodeAsync(child)).ChildProtectionPlans.Single().CoreGroups).Date);

        // 5. The chair reviews the plan: it continues.
        summary = await CpRecords.GetAsync(chair, root);
        Assert.Equal($"{planUrl}/reviews/new", summary.QuerySelector("[data-testid=cp-review]")!.GetAttribute("href"));
        await Step(await CpRecords.SubmitAsync(chair, $"{planUrl}/reviews/new",
            [.. CpRecords.DateFields("Date", today.AddDays(-5)), ("ChairId", chairId.ToString()), ("PlanContinues", "yes"), ("Category", "PHY")]), planUrl);
        plan = (await _records.EpisodeAsync(child)).ChildProtectionPlans.Single();
        Assert.Equal(today.AddDays(-5), Assert.Single(plan.Reviews).Date);
        Assert.True(plan.IsOpen);

        // 6. The plan ends: the family moved away.
        await Step(await CpRecords.SubmitAsync(worker, $"{planUrl}/end",
            [.. CpRecords.DateFields("Date", today.AddDays(-1)), ("Reason", "The family moved to a made-up authority's area")]), planUrl);
        episode = await _records.EpisodeAsync(child);
        plan = episode.ChildProtectionPlans.Single();
        Assert.Equal((today.AddDays(-1), false), (plan.EndDate, plan.IsOpen));
        Assert.Null((await _records.RecordAsync(child)).OpenChildProtectionPlan);
        Assert.Equal(2, episode.Conferences.Count);
        Assert.DoesNotContain("plan is open", string.Join("; ", episode.OpenWork()), StringComparison.Ordinal);

        summary = await CpRecords.GetAsync(worker, root);
        Assert.Null(summary.QuerySelector("[data-testid=cp-core-group]"));
        Assert.NotNull(summary.QuerySelector("[data-testid=cp-past-plan]"));
    }

    private static async Task Step(HttpResponseMessage response, string redirectedTo)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await SafeguardWebApp.ParseAsync(response);
            Assert.Fail($"Expected a redirect, got {(int)response.StatusCode}: {string.Join(" | ", Forms.Errors(page))}");
        }
        Assert.Equal(redirectedTo, response.Headers.Location!.OriginalString);
    }
}
