using Safeguard.Core.Workforce;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.ChildProtection;

/// <summary>The child protection actions on the child's summary fit the child's state and the user's role.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ActionsTests(SafeguardWebApp app)
{
    private readonly CpRecords _records = new(app);

    private async Task<List<string>> ActionsAsync(WorkerRole role, Guid child)
    {
        using var client = await _records.SignedInAsync(role);
        var page = await CpRecords.GetAsync(client, $"/children/{child}");
        return page.QuerySelectorAll("[data-testid=child-protection-actions] a").Select(a => a.GetAttribute("data-testid")!).ToList();
    }

    [Fact]
    public async Task SocialWorker_RecordsDiscussionsOutcomesAndCoreGroups()
    {
        Assert.Equal(["cp-strategy-discussion"], await ActionsAsync(WorkerRole.SocialWorker, await _records.ChildAsync(CpStage.Decided)));
        Assert.Equal(["cp-strategy-discussion", "cp-section-47-outcome"], await ActionsAsync(WorkerRole.SocialWorker, await _records.ChildAsync(CpStage.Section47Started)));
        Assert.Equal(["cp-strategy-discussion"], await ActionsAsync(WorkerRole.SocialWorker, await _records.ChildAsync(CpStage.ConferenceNeeded)));
        Assert.Equal(["cp-strategy-discussion", "cp-plan", "cp-core-group", "cp-end-plan"],
            await ActionsAsync(WorkerRole.SocialWorker, await _records.ChildAsync(CpStage.OnPlan)));
    }

    [Fact]
    public async Task Chair_HoldsConferencesAndReviews()
    {
        Assert.Equal(["cp-initial-conference"], await ActionsAsync(WorkerRole.ConferenceChair, await _records.ChildAsync(CpStage.ConferenceNeeded)));
        Assert.Equal(["cp-plan", "cp-review", "cp-end-plan"], await ActionsAsync(WorkerRole.ConferenceChair, await _records.ChildAsync(CpStage.OnPlan)));
    }
}
