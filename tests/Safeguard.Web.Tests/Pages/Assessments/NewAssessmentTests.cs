using System.Net;
using Safeguard.Core.Assessments;
using Safeguard.Web.Tests.Support;
using static Safeguard.Web.Tests.Pages.Assessments.SignOffWorld;

namespace Safeguard.Web.Tests.Pages.Assessments;

[Collection(WebAppCollection.Name)]
public sealed class NewAssessmentTests(SafeguardWebApp app)
{
    private async Task<(HttpClient Client, Guid ChildId)> WithNewChildAsync(Action<Core.People.Child, Core.FrontDoor.EpisodeOfNeed, DateOnly>? prepare = null)
    {
        var worker = await TeamWorkerAsync(app);
        return (await SignedInAsync(app, TeamWorkerEmail), await NewChildAsync(app, worker, prepare));
    }

    private (string, string)[] Form(string kind, DateOnly date) =>
        [("Kind", kind), ("StartDate.Day", date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)),
         ("StartDate.Month", date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("StartDate.Year", date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    [Fact]
    public async Task Post_Valid_StartsTheAssessmentWithOneChangedEntryAndOpensIt()
    {
        var (client, child) = await WithNewChildAsync();
        var response = await SubmitAsync(client, $"/children/{child}/assessments/new", Form("Single", Today(app).AddDays(-1)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var assessment = Assert.Single((await ChildAsync(app, child)).Episodes.Single().Assessments);
        Assert.Equal((AssessmentKind.Single, Today(app).AddDays(-1)), (assessment.Kind, assessment.StartDate));
        Assert.Equal($"/children/{child}/assessments/{assessment.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(["Started a child and family assessment"], await ChangesAsync(app, child));
        var page = await GetAsync(client, response.Headers.Location.OriginalString);
        // WT2023: 45 working days from the start; started yesterday, so 44 are left (45 minus the one working day, or all 45 after a weekend).
        Assert.Matches(@"Due by .* \(4[45] working days left\)", page.QuerySelector("[data-testid=assessment-summary]")!.TextContent);
    }

    [Theory]
    [InlineData("", 0, "Select what kind of assessment it is")]
    [InlineData("Sabotage", 0, "Select what kind of assessment it is")]
    [InlineData("7", 0, "Select what kind of assessment it is")]
    [InlineData("Single", 1, "The assessment start date must be today or in the past")]
    [InlineData("Single", -30, "The assessment start date must be the same as or after the referral date")]
    [InlineData("Core", -1, "A core assessment follows an initial assessment or a section 47 enquiry")]
    public async Task Post_BadInput_ShowsTheErrorSummaryAndSavesNothing(string kind, int days, string error)
    {
        var (client, child) = await WithNewChildAsync();
        var response = await SubmitAsync(client, $"/children/{child}/assessments/new", Form(kind, Today(app).AddDays(days)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Contains(Forms.Errors(page), e => e.StartsWith(error, StringComparison.Ordinal));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Empty((await ChildAsync(app, child)).Episodes.Single().Assessments);
        Assert.Empty(await ChangesAsync(app, child));
    }

    [Theory]
    [InlineData("", "", "", "Enter the date the assessment started")]
    [InlineData("31", "2", "2026", "The date the assessment started must be a real date")]
    [InlineData("1", "", "2026", "The date the assessment started must include a month")]
    [InlineData("<b>", "1", "2026", "The date the assessment started must be a real date")]
    public async Task Post_BadDate_ShowsTheErrorSummaryAndSavesNothing(string day, string month, string year, string error)
    {
        var (client, child) = await WithNewChildAsync();
        var response = await SubmitAsync(client, $"/children/{child}/assessments/new",
            ("Kind", "Single"), ("StartDate.Day", day), ("StartDate.Month", month), ("StartDate.Year", year));
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Contains(error, Forms.Errors(page));
        Assert.Empty((await ChildAsync(app, child)).Episodes.Single().Assessments);
    }

    [Fact]
    public async Task Post_WithNoOpenReferral_IsRefused()
    {
        var (client, child) = await WithNewChildAsync((_, episode, today) => episode.Close(today.AddDays(-1), "RC7", today));
        var page = await SafeguardWebApp.ParseAsync(await SubmitAsync(client, $"/children/{child}/assessments/new", Form("Single", Today(app))));
        Assert.Contains("The child has no open referral: record a referral before starting an assessment", Forms.Errors(page));
        Assert.Empty(await ChangesAsync(app, child));
    }

    [Fact]
    public async Task ChildOutsideScope_IsNotFound()
    {
        var client = await SignedInAsync(app, TeamWorkerEmail);
        var stranger = await StrangerAsync(app);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/children/{stranger}/assessments/new", UriKind.Relative))).StatusCode);
    }
}
