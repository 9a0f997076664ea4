using System.Net;
using Safeguard.Core.Assessments;
using Safeguard.Web.Tests.Support;
using static Safeguard.Web.Tests.Pages.Assessments.SignOffWorld;

namespace Safeguard.Web.Tests.Pages.Assessments;

/// <summary>The assessment page: narrative first, drafts saved any number of times, submitted for authorisation.</summary>
[Collection(WebAppCollection.Name)]
public sealed class AssessmentPageTests(SafeguardWebApp app)
{
    private async Task<(HttpClient Client, Guid ChildId, string Url)> DraftAsync()
    {
        var sam = await TeamWorkerAsync(app);
        Guid assessmentId = default;
        var child = await NewChildAsync(app, sam, (_, episode, today) => assessmentId = episode.StartAssessment(AssessmentKind.Single, today.AddDays(-5), today).Id);
        return (await SignedInAsync(app, TeamWorkerEmail), child, $"/children/{child}/assessments/{assessmentId}");
    }

    private async Task<Assessment> StoredAsync(Guid child) => (await ChildAsync(app, child)).Episodes.Single().Assessments.Single();

    [Fact]
    public async Task Get_ShowsTheNarrativeBoxTheGroupedFactorsAndTheClock()
    {
        var (client, _, url) = await DraftAsync();
        var page = await GetAsync(client, url);
        Assert.NotNull(page.QuerySelector("textarea#analysis"));
        Assert.Equal(42, page.QuerySelectorAll("input[name=Factors][type=checkbox]").Length);
        Assert.True(page.QuerySelectorAll("legend").Length >= 7);
        Assert.Contains("working days left", page.QuerySelector("[data-testid=assessment-summary]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SaveDraftTwice_KeepsTheLatestWithOneChangedEntryEach()
    {
        var (client, child, url) = await DraftAsync();
        var first = await SubmitAsync(client, url, ("Analysis", "First thoughts"), ("Factors", "1B"), ("Intent", "draft"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(["Saved the draft child and family assessment"], await ChangesAsync(app, child));

        var second = await SubmitAsync(client, url, ("Analysis", "Fuller analysis\nof parenting capacity"), ("Factors", "1B"), ("Factors", "3B"),
            ("Outcome", "ChildInNeedPlan"), ("Intent", "draft"));
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var stored = await StoredAsync(child);
        Assert.Equal("Fuller analysis\nof parenting capacity", stored.Analysis);
        Assert.Equal(["1B", "3B"], stored.Factors.Select(f => f.Code).Order());
        Assert.Equal(AssessmentOutcome.ChildInNeedPlan, stored.Outcome);
        Assert.Null(stored.SubmittedDate);
        Assert.Equal(2, (await ChangesAsync(app, child)).Count);

        var page = await GetAsync(client, url);
        Assert.Equal("Fuller analysis\nof parenting capacity", page.QuerySelector("textarea#analysis")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("input[name=Factors][checked]").Length);
    }

    [Fact]
    public async Task Post_Submit_SendsItForAuthorisationAndTheFormBecomesReadOnly()
    {
        var (client, child, url) = await DraftAsync();
        var response = await SubmitAsync(client, url, ("Analysis", "Mother and child doing well with support"), ("Factors", "4B"),
            ("Outcome", "ChildInNeedPlan"), ("Intent", "submit"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/children/{child}", response.Headers.Location!.OriginalString);
        var stored = await StoredAsync(child);
        Assert.Equal(Today(app), stored.SubmittedDate);
        Assert.Equal(await TeamWorkerAsync(app), stored.SubmittedBy);
        Assert.Equal(["Submitted the child and family assessment for authorisation"], await ChangesAsync(app, child));
        var page = await GetAsync(client, url);
        Assert.Null(page.QuerySelector("main form[method=post]"));
        Assert.Contains("waiting for a manager's authorisation", page.QuerySelector("[data-testid=assessment-summary]")!.TextContent, StringComparison.Ordinal);
        var summary = await GetAsync(client, $"/children/{child}");
        Assert.NotNull(summary.QuerySelector("[data-testid=view-assessment]"));
    }

    public static TheoryData<string, string[], string, string, string> BadInput => new()
    {
        { "", ["1B"], "ChildInNeedPlan", "submit", "Enter your analysis of the child's needs" },
        { "Analysis", [], "ChildInNeedPlan", "submit", "Select the factors identified, or 'No factors identified'" },
        { "Analysis", ["21", "1B"], "ChildInNeedPlan", "submit", "Select 'No factors identified' on its own, or the factors you identified" },
        { "Analysis", ["99Z"], "ChildInNeedPlan", "draft", "'99Z' is not a valid factor identified at assessment code" },
        { "Analysis", ["1B"], "", "submit", "Select what you recommend" },
        { "Analysis", ["1B"], "Sabotage", "draft", "Select what you recommend" },
        { "<script>alert(1)</script>", ["1B"], "ChildInNeedPlan", "draft", "Your analysis of the child's needs must not contain markup or script (text between < and >)" },
        { "<img src=x onerror=alert(1)>", ["1B"], "ChildInNeedPlan", "submit", "Your analysis of the child's needs must not contain markup or script (text between < and >)" },
        { new string('x', 50_001), ["1B"], "ChildInNeedPlan", "draft", "Your analysis of the child's needs must be 50000 characters or fewer" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Post_BadInput_ShowsTheErrorSummaryKeepsWhatWasTypedAndSavesNothing(string analysis, string[] factors, string outcome, string intent, string error)
    {
        var (client, child, url) = await DraftAsync();
        var fields = new List<(string, string)> { ("Analysis", analysis), ("Outcome", outcome), ("Intent", intent) };
        fields.AddRange(factors.Select(f => ("Factors", f)));
        var response = await SubmitAsync(client, url, [.. fields]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Contains(error, Forms.Errors(page));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Equal(analysis, page.QuerySelector("textarea#analysis")!.TextContent);
        var stored = await StoredAsync(child);
        Assert.Null(stored.Analysis);
        Assert.Empty(stored.Factors);
        Assert.Null(stored.SubmittedDate);
        Assert.Empty(await ChangesAsync(app, child));
    }

    [Fact]
    public async Task ChildOutsideScope_OrAnotherChildsAssessment_IsNotFound()
    {
        var (client, _, url) = await DraftAsync();
        var stranger = await StrangerAsync(app);
        var assessmentId = url[(url.LastIndexOf('/') + 1)..];
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/children/{stranger}/assessments/{assessmentId}", UriKind.Relative))).StatusCode);
        var (_, otherChild, _) = await DraftAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/children/{otherChild}/assessments/{assessmentId}", UriKind.Relative))).StatusCode);
    }
}
