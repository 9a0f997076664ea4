using System.Net;
using Safeguard.Core.LookedAfter;
using Safeguard.Core.Workforce;
using Safeguard.Data.Audit;
using Safeguard.Web.Tests.Support;
using static Safeguard.Web.Tests.Pages.Care.CareRecords;

namespace Safeguard.Web.Tests.Pages.Care;

/// <summary>Reviews, visits, missing and return, and the end of care: each saved with one Changed entry, each refusing bad input.</summary>
[Collection(CareAppCollection.Name)]
public sealed class CareRecordingTests(SafeguardWebApp app)
{
    private static Dictionary<string, string> DateOr(string name, string input, params (string Key, string Value)[] rest)
    {
        var today = Today;
        var form = input switch
        {
            "empty" => [],
            "impossible date" => With(Date(name, today), ($"{name}.Day", "30"), ($"{name}.Month", "2")),
            "no year" => Without(Date(name, today), $"{name}.Year"),
            "future date" => Date(name, today.AddDays(1)),
            "before care" => Date(name, today.AddDays(-61)),
            _ => Date(name, today),
        };
        return input == "empty" ? form : With(form, rest);
    }

    // Reviews: the independent reviewing officer's.

    [Fact]
    public async Task Review_Valid_IsSavedWithOneChangedEntryAndShowsTheClock()
    {
        var id = await LookedAfterChildAsync(app);
        using var client = await SignedInAsync(app, WorkerRole.IndependentReviewingOfficer);
        var form = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri($"/children/{id}/care/reviews/new", UriKind.Relative)));
        // Care started 60 days ago with no review: the first review (20 working days) is overdue.
        var clock = form.QuerySelector("[data-testid=review-clock]")!.TextContent;
        Assert.Contains("Overdue", clock, StringComparison.Ordinal);
        Assert.Contains("20 working days after the child becoming looked after", clock, StringComparison.Ordinal);

        var response = await Forms.SubmitAsync(client, $"/children/{id}/care/reviews/new", With(Date("Date", Today.AddDays(-1)), ("Participation", "PN1")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var review = Assert.Single(Assert.Single((await ChildAsync(app, id)).PeriodsOfCare).Reviews);
        Assert.Equal((Today.AddDays(-1), "PN1"), (review.Date, review.Participation));
        Assert.Equal("Recorded a looked after review", Assert.Single(await AuditAsync(app, id, AuditAction.Changed)).What);
        var after = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri($"/children/{id}/care/reviews/new", UriKind.Relative)));
        Assert.Contains("3 months after the first review", after.QuerySelector("[data-testid=review-clock]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty", "Enter the date of the review")]
    [InlineData("empty", "Select how the child took part")]
    [InlineData("impossible date", "The date of the review must be a real date")]
    [InlineData("no year", "The date of the review must include a year")]
    [InlineData("future date", "The date of the review must be today or in the past")]
    [InlineData("before care", "The date of the review must be the same as or after the date the child became looked after")]
    [InlineData("PN9", "'PN9' is not a valid review participation code")]
    [InlineData("<script>alert(1)</script>", "'<script>alert(1)</script>' is not a valid review participation code")]
    public async Task Review_BadInput_ShowsTheErrorSummaryAndSavesNothing(string input, string error)
    {
        var id = await LookedAfterChildAsync(app);
        using var client = await SignedInAsync(app, WorkerRole.IndependentReviewingOfficer);
        var participation = input is "PN9" or "<script>alert(1)</script>" ? input : "PN1";
        await AssertRefusedAsync(client, id, "reviews/new", DateOr("Date", input, ("Participation", participation)), error, p => p.Reviews.Count);
    }

    [Fact]
    public async Task Review_ByTheSocialWorker_IsDenied()
    {
        var id = await LookedAfterChildAsync(app);
        using var client = await SignedInAsync(app);
        var response = await client.GetAsync(new Uri($"/children/{id}/care/reviews/new", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/error/403", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_ChildNotLookedAfter_IsNotFoundForTheReviewingOfficer()
    {
        // An IRO sees children looked after now: a child who never was is outside their scope.
        var id = await NewChildAsync(app);
        using var client = await SignedInAsync(app, WorkerRole.IndependentReviewingOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/children/{id}/care/reviews/new", UriKind.Relative))).StatusCode);
    }

    // Statutory visits.

    [Fact]
    public async Task Visit_Valid_IsSavedWithOneChangedEntry()
    {
        var id = await LookedAfterChildAsync(app);
        using var client = await SignedInAsync(app);
        var form = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri($"/children/{id}/care/visits/new", UriKind.Relative)));
        Assert.Contains("Visit the child in their new placement", form.QuerySelector("[data-testid=visit-clock]")!.TextContent, StringComparison.Ordinal);

        var response = await Forms.SubmitAsync(client, $"/children/{id}/care/visits/new", With(Date("Date", Today), ("SeenAlone", "true")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var visit = Assert.Single(Assert.Single((await ChildAsync(app, id)).PeriodsOfCare).Visits);
        Assert.Equal((Today, true), (visit.Date, visit.SeenAlone));
        Assert.Equal("Recorded a statutory visit", Assert.Single(await AuditAsync(app, id, AuditAction.Changed)).What);
    }

    [Theory]
    [InlineData("empty", "Enter the date of the visit")]
    [InlineData("empty", "Select whether the child was seen alone")]
    [InlineData("impossible date", "The date of the visit must be a real date")]
    [InlineData("future date", "The date of the visit must be today or in the past")]
    [InlineData("before care", "The date of the visit must be the same as or after the date the child became looked after")]
    [InlineData("<script>alert(1)</script>", "Select whether the child was seen alone")]
    public async Task Visit_BadInput_ShowsTheErrorSummaryAndSavesNothing(string input, string error)
    {
        var id = await LookedAfterChildAsync(app);
        using var client = await SignedInAsync(app);
        var alone = input.StartsWith('<') ? input : "false";
        await AssertRefusedAsync(client, id, "visits/new", DateOr("Date", input, ("SeenAlone", alone)), error, p => p.Visits.Count);
    }

    // Missing and return.

    [Fact]
    public async Task MissingThenReturn_AreSavedWithOneChangedEntryEach()
    {
        var id = await LookedAfterChildAsync(app);
        using var client = await SignedInAsync(app);

        var missing = await Forms.SubmitAsync(client, $"/children/{id}/care/missing/new", With(Date("StartDate", Today.AddDays(-2)), ("Kind", "Missing")));
        Assert.Equal(HttpStatusCode.Redirect, missing.StatusCode);
        var care = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri($"/children/{id}/care", UriKind.Relative)));
        Assert.NotNull(care.QuerySelector("[data-testid=missing-now]"));

        var back = await Forms.SubmitAsync(client, $"/children/{id}/care/missing/return", Date("EndDate", Today.AddDays(-1)));
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);

        var episode = Assert.Single(Assert.Single((await ChildAsync(app, id)).PeriodsOfCare).MissingEpisodes);
        Assert.Equal((MissingKind.Missing, Today.AddDays(-2), Today.AddDays(-1)), (episode.Kind, episode.StartDate, episode.EndDate!.Value));
        Assert.Equal(["Recorded the child missing", "Recorded the child's return"], (await AuditAsync(app, id, AuditAction.Changed)).Select(a => a.What));
    }

    [Theory]
    [InlineData("empty", "Enter the date the child went missing")]
    [InlineData("empty", "Select whether the child is missing or away from placement")]
    [InlineData("impossible date", "The date the child went missing must be a real date")]
    [InlineData("future date", "The date the child went missing must be today or in the past")]
    [InlineData("before care", "The date the child went missing must be the same as or after the date the child became looked after")]
    [InlineData("<script>alert(1)</script>", "Select whether the child is missing or away from placement")]
    [InlineData("1", "Select whether the child is missing or away from placement")]
    public async Task Missing_BadInput_ShowsTheErrorSummaryAndSavesNothing(string input, string error)
    {
        var id = await LookedAfterChildAsync(app);
        using var client = await SignedInAsync(app);
        var kind = input is "1" || input.StartsWith('<') ? input : "Away";
        await AssertRefusedAsync(client, id, "missing/new", DateOr("StartDate", input, ("Kind", kind)), error, p => p.MissingEpisodes.Count);
    }

    [Theory]
    [InlineData("empty", "Enter the date the child returned")]
    [InlineData("impossible date", "The date the child returned must be a real date")]
    [InlineData("future date", "The date the child returned must be today or in the past")]
    [InlineData("before care", "The date the child returned must be the same as or after the date they went missing")]
    public async Task Return_BadInput_ShowsTheErrorSummaryAndLeavesTheChildMissing(string input, string error)
    {
        var id = await LookedAfterChildAsync(app, p => p.RecordMissing(MissingKind.Away, Today.AddDays(-10), Today));
        using var client = await SignedInAsync(app);
        await AssertRefusedAsync(client, id, "missing/return", DateOr("EndDate", input), error, p => p.MissingEpisodes.Count(m => m.EndDate is not null));
    }

    // The end of care.

    [Fact]
    public async Task End_Valid_EndsThePeriodWithOneChangedEntry()
    {
        var id = await LookedAfterChildAsync(app);
        using var client = await SignedInAsync(app);

        var response = await Forms.SubmitAsync(client, $"/children/{id}/care/end", With(Date("EndDate", Today), ("ReasonCeased", "E4A")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var period = Assert.Single((await ChildAsync(app, id)).PeriodsOfCare);
        Assert.Equal((Today, "E4A"), (period.EndDate!.Value, period.CurrentEpisode.ReasonCeased!));
        Assert.Equal("Ended the period of care", Assert.Single(await AuditAsync(app, id, AuditAction.Changed)).What);
    }

    [Theory]
    [InlineData("empty", "Enter the date care ended")]
    [InlineData("empty", "Select why care ended")]
    [InlineData("impossible date", "The date care ended must be a real date")]
    [InlineData("future date", "The date care ended must be today or in the past")]
    [InlineData("before care", "The date care ended must be the same as or after the start of the current episode")]
    [InlineData("X1", "X1 continues care in a new episode; choose why the child stopped being looked after")]
    [InlineData("<script>alert(1)</script>", "'<script>alert(1)</script>' is not a valid reason episode ceased code")]
    public async Task End_BadInput_ShowsTheErrorSummaryAndKeepsTheChildInCare(string input, string error)
    {
        var id = await LookedAfterChildAsync(app);
        using var client = await SignedInAsync(app);
        var reason = input is "X1" || input.StartsWith('<') ? input : "E13";
        await AssertRefusedAsync(client, id, "end", DateOr("EndDate", input, ("ReasonCeased", reason)), error, p => p.IsOpen ? 0 : 1);
    }

    /// <summary>Posts the form; expects the error in the summary, nothing counted by <paramref name="count"/> and no Changed entry.</summary>
    private async Task AssertRefusedAsync(HttpClient client, Guid id, string path, Dictionary<string, string> form, string error, Func<PeriodOfCare, int> count)
    {
        var before = count(Assert.Single((await ChildAsync(app, id)).PeriodsOfCare));
        var response = await Forms.SubmitAsync(client, $"/children/{id}/care/{path}", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Contains(Forms.Errors(page), e => e.StartsWith(error, StringComparison.Ordinal));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Equal(before, count(Assert.Single((await ChildAsync(app, id)).PeriodsOfCare)));
        Assert.Empty(await AuditAsync(app, id, AuditAction.Changed));
    }
}
