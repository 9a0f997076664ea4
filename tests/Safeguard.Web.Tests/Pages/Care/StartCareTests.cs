using System.Net;
using Safeguard.Core.Workforce;
using Safeguard.Data.Audit;
using Safeguard.Web.Tests.Support;
using static Safeguard.Web.Tests.Pages.Care.CareRecords;

namespace Safeguard.Web.Tests.Pages.Care;

[Collection(CareAppCollection.Name)]
public sealed class StartCareTests(SafeguardWebApp app)
{
    private static Dictionary<string, string> Form(DateOnly start, string legal = "C2", string need = "N1", string place = "U4", string provider = "PR1",
        string postcode = "ab1 2cd", string longTerm = "true")
    {
        var form = Date("StartDate", start);
        form["LegalStatus"] = legal; form["CategoryOfNeed"] = need; form["PlacementType"] = place; form["PlacementProvider"] = provider;
        form["PlacementPostcode"] = postcode; form["LongTermPlacement"] = longTerm;
        return form;
    }

    [Fact]
    public async Task Post_ValidStart_OpensAPeriodOfCareWithOneChangedEntry()
    {
        var id = await NewChildAsync(app);
        using var client = await SignedInAsync(app);
        var start = Today.AddDays(-3);

        var response = await Forms.SubmitAsync(client, $"/children/{id}/care/new", Form(start));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/children/{id}/care", response.Headers.Location!.OriginalString);
        var period = Assert.Single((await ChildAsync(app, id)).PeriodsOfCare);
        Assert.Equal(start, period.StartDate);
        var episode = Assert.Single(period.Episodes);
        Assert.Equal(("S", "C2", "N1", "U4", "PR1", "AB1 2CD", true),
            (episode.ReasonForNewEpisode, episode.LegalStatus, episode.CategoryOfNeed, episode.PlacementType, episode.PlacementProvider, episode.PlacementPostcode, episode.IsLongTermPlacement));
        Assert.Equal("Started a period of care", Assert.Single(await AuditAsync(app, id, AuditAction.Changed)).What);

        var page = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri($"/children/{id}/care", UriKind.Relative)));
        Assert.Contains("Period of care started", page.QuerySelector("[data-testid=success]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Foster with other carer: long term", page.QuerySelector("[data-testid=current-placement]")!.TextContent, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Case(string name) => name switch
    {
        "empty" => [],
        "no day" => Without(Form(Today), "StartDate.Day"),
        "impossible date" => With(Form(Today), ("StartDate.Day", "31"), ("StartDate.Month", "2")),
        "future date" => Form(Today.AddDays(1)),
        "before birth" => Form(Today.AddYears(-11)),
        "unknown legal status" => Form(Today, legal: "ZZ"),
        "census-only need" => Form(Today, need: "N9"),
        "script placement" => Form(Today, place: "<script>alert(1)</script>"),
        "long postcode" => Form(Today, postcode: "AB1 2CD EXTRA"),
        "script postcode" => Form(Today, postcode: "<script>alert(1)</script>"),
        "markup postcode" => Form(Today, postcode: "<b>AB1</b>"),
        "not yes or no" => Form(Today, longTerm: "maybe"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [InlineData("empty", "Enter the date the child became looked after")]
    [InlineData("empty", "Select the legal status")]
    [InlineData("empty", "Select the category of need")]
    [InlineData("empty", "Select the placement type")]
    [InlineData("empty", "Select who provides the placement")]
    [InlineData("empty", "Select whether the placement is intended to last until the child is 18")]
    [InlineData("no day", "The date the child became looked after must include a day")]
    [InlineData("impossible date", "The date the child became looked after must be a real date")]
    [InlineData("future date", "The date the child became looked after must be today or in the past")]
    [InlineData("before birth", "The date the child became looked after must be the same as or after the date of birth")]
    [InlineData("unknown legal status", "'ZZ' is not a valid legal status code")]
    [InlineData("census-only need", "Choose a category of need from N1 to N8")]
    [InlineData("script placement", "'<script>alert(1)</script>' is not a valid placement type code")]
    [InlineData("long postcode", "The placement postcode must be 10 characters or fewer")]
    [InlineData("script postcode", "The placement postcode must be 10 characters or fewer")]
    [InlineData("markup postcode", "Enter a real postcode, like AB1 2CD")]
    [InlineData("not yes or no", "Select whether the placement is intended to last until the child is 18")]
    public async Task Post_BadInput_ShowsTheErrorSummaryAndStartsNothing(string input, string error)
    {
        var id = await NewChildAsync(app);
        using var client = await SignedInAsync(app);

        var response = await Forms.SubmitAsync(client, $"/children/{id}/care/new", Case(input));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Contains(Forms.Errors(page), e => e.StartsWith(error, StringComparison.Ordinal));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Empty((await ChildAsync(app, id)).PeriodsOfCare);
        Assert.Empty(await AuditAsync(app, id, AuditAction.Changed));
    }

    [Fact]
    public async Task Post_WhileAlreadyLookedAfter_IsRefused()
    {
        var id = await LookedAfterChildAsync(app);
        using var client = await SignedInAsync(app);
        var page = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(client, $"/children/{id}/care/new", Form(Today)));
        Assert.Contains(Forms.Errors(page), e => e.StartsWith("The child has been looked after since", StringComparison.Ordinal));
        Assert.Single((await ChildAsync(app, id)).PeriodsOfCare);
    }

    [Fact]
    public async Task Get_ChildOutsideScope_IsNotFound()
    {
        var stranger = await StrangerAsync(app);
        using var client = await SignedInAsync(app);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/children/{stranger}/care/new", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/children/{stranger}/care", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Get_AsAnIndependentReviewingOfficer_IsDenied()
    {
        var id = await LookedAfterChildAsync(app);
        using var client = await SignedInAsync(app, WorkerRole.IndependentReviewingOfficer);
        var response = await client.GetAsync(new Uri($"/children/{id}/care/change", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/error/403", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
