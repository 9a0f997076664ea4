using System.Globalization;
using System.Net;
using Safeguard.Web.Tests.Support;
using static Safeguard.Web.Tests.Pages.Assessments.SignOffWorld;

namespace Safeguard.Web.Tests.Pages.ChildInNeed;

[Collection(WebAppCollection.Name)]
public sealed class ChildInNeedPlanTests(SafeguardWebApp app)
{
    private async Task<(HttpClient Client, Guid Child, Guid? Plan)> SamWithChildAsync(bool withPlan)
    {
        var sam = await TeamWorkerAsync(app);
        Guid? plan = null;
        var child = await NewChildAsync(app, sam, (_, episode, today) => { if (withPlan) plan = episode.StartChildInNeedPlan(today.AddDays(-10), today).Id; });
        return (await SignedInAsync(app, TeamWorkerEmail), child, plan);
    }

    private static (string, string)[] Date(string field, DateOnly d) =>
        [($"{field}.Day", d.Day.ToString(CultureInfo.InvariantCulture)), ($"{field}.Month", d.Month.ToString(CultureInfo.InvariantCulture)), ($"{field}.Year", d.Year.ToString(CultureInfo.InvariantCulture))];

    [Fact]
    public async Task Start_Valid_StartsThePlanWithOneChangedEntry()
    {
        var (client, child, _) = await SamWithChildAsync(false);
        var response = await SubmitAsync(client, $"/children/{child}/child-in-need-plans/new", Date("StartDate", Today(app).AddDays(-1)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var plan = Assert.Single((await ChildAsync(app, child)).Episodes.Single().ChildInNeedPlans);
        Assert.Equal(Today(app).AddDays(-1), plan.StartDate);
        Assert.Equal(["Started a child in need plan"], await ChangesAsync(app, child));
        var summary = await GetAsync(client, $"/children/{child}");
        Assert.NotNull(summary.QuerySelector("[data-testid=review-cin-plan]"));
        Assert.Null(summary.QuerySelector("[data-testid=start-cin-plan]"));
    }

    [Theory]
    [InlineData("", "", "", "Enter the start date of the plan")]
    [InlineData("29", "2", "2026", "The start date of the plan must be a real date")]
    [InlineData("1", "1", "2099", "The start of the child in need plan must be today or in the past")]
    [InlineData("1", "1", "2020", "The start of the child in need plan must be the same as or after the referral date")]
    [InlineData("<script>", "1", "2026", "The start date of the plan must be a real date")]
    public async Task Start_BadInput_ShowsTheErrorSummaryAndSavesNothing(string day, string month, string year, string error)
    {
        var (client, child, _) = await SamWithChildAsync(false);
        var response = await SubmitAsync(client, $"/children/{child}/child-in-need-plans/new", ("StartDate.Day", day), ("StartDate.Month", month), ("StartDate.Year", year));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Contains(Forms.Errors(page), e => e.StartsWith(error, StringComparison.Ordinal));
        Assert.Empty((await ChildAsync(app, child)).Episodes.Single().ChildInNeedPlans);
        Assert.Empty(await ChangesAsync(app, child));
    }

    [Fact]
    public async Task Start_WhileAPlanIsOpen_IsRefused()
    {
        var (client, child, _) = await SamWithChildAsync(true);
        var page = await SafeguardWebApp.ParseAsync(await SubmitAsync(client, $"/children/{child}/child-in-need-plans/new", Date("StartDate", Today(app))));
        Assert.Contains("A child in need plan is already open", Forms.Errors(page));
    }

    [Fact]
    public async Task Review_Valid_IsRecordedWithOneChangedEntryAndListed()
    {
        var (client, child, plan) = await SamWithChildAsync(true);
        var url = $"/children/{child}/child-in-need-plans/{plan}/review";
        var response = await SubmitAsync(client, url, [.. Date("Date", Today(app)), ("Summary", "Made-up: attendance improving; plan continues.")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var review = Assert.Single((await ChildAsync(app, child)).Episodes.Single().ChildInNeedPlans.Single().Reviews);
        Assert.Equal((Today(app), "Made-up: attendance improving; plan continues."), (review.Date, review.Summary));
        Assert.Equal(["Reviewed the child in need plan"], await ChangesAsync(app, child));
        Assert.Contains("attendance improving", (await GetAsync(client, url)).QuerySelector("[data-testid=reviews]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("today", "", "Enter what the review found and decided")]
    [InlineData("today", "<img src=x onerror=alert(1)>", "What the review found and decided must not contain markup or script (text between < and >)")]
    [InlineData("future", "Summary", "The date of the review must be today or in the past")]
    [InlineData("before", "Summary", "The date of the review must be the same as or after the start of the plan")]
    [InlineData("impossible", "Summary", "The date of the review must be a real date")]
    [InlineData("empty", "Summary", "Enter the date of the review")]
    [InlineData("today", "long", "What the review found and decided must be 20000 characters or fewer")]
    public async Task Review_BadInput_ShowsTheErrorSummaryAndSavesNothing(string when, string summary, string error)
    {
        var (client, child, plan) = await SamWithChildAsync(true);
        var today = Today(app);
        (string, string)[] date = when switch
        {
            "future" => Date("Date", today.AddDays(1)),
            "before" => Date("Date", today.AddDays(-11)),
            "impossible" => [("Date.Day", "32"), ("Date.Month", "1"), ("Date.Year", "2026")],
            "empty" => [("Date.Day", ""), ("Date.Month", ""), ("Date.Year", "")],
            _ => Date("Date", today),
        };
        var response = await SubmitAsync(client, $"/children/{child}/child-in-need-plans/{plan}/review",
            [.. date, ("Summary", summary == "long" ? new string('r', 20_001) : summary)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Forms.Errors(await SafeguardWebApp.ParseAsync(response)), e => e.StartsWith(error, StringComparison.Ordinal));
        Assert.Empty((await ChildAsync(app, child)).Episodes.Single().ChildInNeedPlans.Single().Reviews);
        Assert.Empty(await ChangesAsync(app, child));
    }

    [Fact]
    public async Task End_Valid_EndsThePlanWithOneChangedEntry()
    {
        var (client, child, plan) = await SamWithChildAsync(true);
        var response = await SubmitAsync(client, $"/children/{child}/child-in-need-plans/{plan}/end", Date("Date", Today(app)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Today(app), (await ChildAsync(app, child)).Episodes.Single().ChildInNeedPlans.Single().EndDate);
        Assert.Equal(["Ended the child in need plan"], await ChangesAsync(app, child));
    }

    [Theory]
    [InlineData("1", "1", "2099", "The end date of the plan must be today or in the past")]
    [InlineData("1", "1", "2020", "The end date of the plan must be the same as or after the start of the plan")]
    [InlineData("", "", "", "Enter the end date of the plan")]
    [InlineData("31", "4", "2026", "The end date of the plan must be a real date")]
    public async Task End_BadInput_ShowsTheErrorSummaryAndSavesNothing(string day, string month, string year, string error)
    {
        var (client, child, plan) = await SamWithChildAsync(true);
        var response = await SubmitAsync(client, $"/children/{child}/child-in-need-plans/{plan}/end", ("Date.Day", day), ("Date.Month", month), ("Date.Year", year));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Forms.Errors(await SafeguardWebApp.ParseAsync(response)), e => e.StartsWith(error, StringComparison.Ordinal));
        Assert.Null((await ChildAsync(app, child)).Episodes.Single().ChildInNeedPlans.Single().EndDate);
        Assert.Empty(await ChangesAsync(app, child));
    }

    [Fact]
    public async Task OutsideScope_OrUnknownPlan_IsNotFound()
    {
        var (client, child, plan) = await SamWithChildAsync(true);
        var stranger = await StrangerAsync(app);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/children/{stranger}/child-in-need-plans/new", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/children/{stranger}/child-in-need-plans/{plan}/review", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/children/{child}/child-in-need-plans/{Guid.NewGuid()}/end", UriKind.Relative))).StatusCode);
    }
}
