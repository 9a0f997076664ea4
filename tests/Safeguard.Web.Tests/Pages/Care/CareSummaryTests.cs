using System.Net;
using Safeguard.Core.Workforce;
using Safeguard.Data.Audit;
using Safeguard.Web.Tests.Support;
using static Safeguard.Web.Tests.Pages.Care.CareRecords;

namespace Safeguard.Web.Tests.Pages.Care;

/// <summary>The care summary page and the care actions on the child's summary, by role and by where the child is.</summary>
[Collection(CareAppCollection.Name)]
public sealed class CareSummaryTests(SafeguardWebApp app)
{
    [Fact]
    public async Task Get_Care_ShowsPlacementEpisodesReviewsVisitsAndWhatIsDueWithOneViewEntry()
    {
        var id = await LookedAfterChildAsync(app, p =>
        {
            p.Change(Today.AddDays(-30), "P", "V2", "K2", "PR4", null, false, "CREQB", Today);
            p.RecordReview(Today.AddDays(-40), "PN6", Today);
            p.RecordVisit(Today.AddDays(-29), false, Today);
        });
        using var client = await SignedInAsync(app);

        var page = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri($"/children/{id}/care", UriKind.Relative)));

        Assert.Contains("Children's home", page.QuerySelector("[data-testid=current-placement]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("[data-testid=care-episodes] tbody tr").Length);
        Assert.Contains("Carer requests the placement end because of the child's behaviour", page.QuerySelector("[data-testid=care-episodes]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Child does not attend, conveys views another way", page.QuerySelector("[data-testid=care-reviews]")!.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("[data-testid=care-visits] tbody tr"));
        var due = page.QuerySelector("[data-testid=care-due]")!.TextContent;
        Assert.Contains("Hold the looked-after child review", due, StringComparison.Ordinal);
        Assert.Contains("Visit the child", due, StringComparison.Ordinal);
        Assert.Equal("Looked after", Assert.Single(await AuditAsync(app, id, AuditAction.Viewed)).What);
    }

    [Fact]
    public async Task ChildSummary_ForTheSocialWorker_OffersToStartCareWhenNotLookedAfter()
    {
        var id = await NewChildAsync(app);
        using var client = await SignedInAsync(app);
        var page = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri($"/children/{id}", UriKind.Relative)));
        Assert.NotNull(page.QuerySelector("[data-testid=actions] [data-testid=start-care]"));
        Assert.Null(page.QuerySelector("[data-testid=actions] [data-testid=change-placement]"));
    }

    [Fact]
    public async Task ChildSummary_ForTheSocialWorker_OffersChangesVisitsMissingAndEndWhenLookedAfter()
    {
        var id = await LookedAfterChildAsync(app);
        using var client = await SignedInAsync(app);
        var page = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri($"/children/{id}", UriKind.Relative)));
        var actions = page.QuerySelector("[data-testid=actions]")!;
        foreach (var action in new[] { "care", "change-placement", "record-visit", "record-missing", "end-care" })
            Assert.NotNull(actions.QuerySelector($"[data-testid={action}]"));
        Assert.Null(actions.QuerySelector("[data-testid=record-review]"));
        Assert.Null(actions.QuerySelector("[data-testid=start-care]"));
    }

    [Fact]
    public async Task ChildSummary_ForTheReviewingOfficer_OffersOnlyTheReview()
    {
        var id = await LookedAfterChildAsync(app, p => p.RecordMissing(Core.LookedAfter.MissingKind.Missing, Today, Today));
        using var client = await SignedInAsync(app, WorkerRole.IndependentReviewingOfficer);
        var page = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri($"/children/{id}", UriKind.Relative)));
        var actions = page.QuerySelector("[data-testid=actions]")!;
        Assert.NotNull(actions.QuerySelector("[data-testid=record-review]"));
        foreach (var action in new[] { "change-placement", "record-visit", "record-return", "end-care" })
            Assert.Null(actions.QuerySelector($"[data-testid={action}]"));
    }

    [Fact]
    public async Task ChildSummary_WhileMissing_OffersTheReturnInsteadOfMissing()
    {
        var id = await LookedAfterChildAsync(app, p => p.RecordMissing(Core.LookedAfter.MissingKind.Away, Today, Today));
        using var client = await SignedInAsync(app);
        var page = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri($"/children/{id}", UriKind.Relative)));
        Assert.NotNull(page.QuerySelector("[data-testid=actions] [data-testid=record-return]"));
        Assert.Null(page.QuerySelector("[data-testid=actions] [data-testid=record-missing]"));
    }
}
