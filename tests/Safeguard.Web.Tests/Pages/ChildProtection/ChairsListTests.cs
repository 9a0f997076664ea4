using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Data.Audit;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.ChildProtection;

[Collection(WebAppCollection.Name)]
public sealed class ChairsListTests(SafeguardWebApp app)
{
    private readonly CpRecords _records = new(app);

    [Fact]
    public async Task Get_ListsChildrenWaitingForAConferenceAndPlansWithReviewsLinkedToThePagesAndAuditsEachChild()
    {
        var waiting = await _records.ChildAsync(CpStage.ConferenceNeeded);
        var onPlan = await _records.ChildAsync(CpStage.OnPlan);
        var notYet = await _records.ChildAsync(CpStage.Section47Started);
        using var client = await _records.SignedInAsync(WorkerRole.ConferenceChair);
        var before = await _records.LastAuditAsync();

        var page = await CpRecords.GetAsync(client, "/conferences");

        var waitingLinks = page.QuerySelectorAll("[data-testid=waiting] a").Select(a => a.GetAttribute("href")!).ToList();
        var enquiry = (await _records.EpisodeAsync(waiting)).Section47Enquiries.Single().Id;
        Assert.Contains($"/children/{waiting}/conferences/new?enquiryId={enquiry}", waitingLinks);
        var plan = (await _records.EpisodeAsync(onPlan)).ChildProtectionPlans.Single().Id;
        var reviewLinks = page.QuerySelectorAll("[data-testid=reviews] a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains($"/children/{onPlan}/plans/{plan}/reviews/new", reviewLinks);
        Assert.DoesNotContain(waitingLinks.Concat(reviewLinks), l => l.Contains(notYet.ToString(), StringComparison.Ordinal));

        await using var db = SafeguardDatabase.Open(app.Database);
        var listed = await db.Set<AuditEntry>().Where(a => a.Sequence > before && a.What == "Chair's list of conferences").Select(a => a.ChildId).ToListAsync();
        Assert.Contains(waiting, listed.OfType<Guid>());
        Assert.Contains(onPlan, listed.OfType<Guid>());
        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.Equal(waitingLinks.Count + reviewLinks.Count, listed.Count);
    }

    [Fact]
    public async Task Get_SocialWorker_HasNoChairsList()
    {
        using var client = await _records.SignedInAsync(WorkerRole.SocialWorker);
        Assert.NotEqual(HttpStatusCode.OK, (await CpRecords.GetRawAsync(client, "/conferences")).StatusCode);
    }
}
