using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.FrontDoor;
using Safeguard.Data;
using Safeguard.Web.Tests.Support;
using static Safeguard.Web.Tests.Pages.Assessments.SignOffWorld;

namespace Safeguard.Web.Tests.Pages.Closure;

[Collection(WebAppCollection.Name)]
public sealed class RequestClosureTests(SafeguardWebApp app)
{
    private async Task<(HttpClient Client, Guid Child)> ReadyToCloseAsync(bool openWork = false)
    {
        var sam = await TeamWorkerAsync(app);
        var child = await NewChildAsync(app, sam, (_, episode, today) =>
        {
            if (openWork)
            {
                episode.StartAssessment(Core.Assessments.AssessmentKind.Single, today.AddDays(-10), today);
                episode.StartChildInNeedPlan(today.AddDays(-9), today);
            }
            else Authorised(episode, sam, today);
        });
        return (await SignedInAsync(app, TeamWorkerEmail), child);
    }

    private static (string, string)[] Form(string reason, string day, string month, string year, string summary) =>
        [("Reason", reason), ("Date.Day", day), ("Date.Month", month), ("Date.Year", year), ("Summary", summary)];

    private (string, string)[] Form(string reason, DateOnly date, string summary) =>
        Form(reason, date.Day.ToString(CultureInfo.InvariantCulture), date.Month.ToString(CultureInfo.InvariantCulture), date.Year.ToString(CultureInfo.InvariantCulture), summary);

    private async Task<EpisodeOfNeed> EpisodeAsync(Guid child)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        return await db.Set<EpisodeOfNeed>().AsNoTracking().SingleAsync(e => e.ChildId == child);
    }

    [Fact]
    public async Task Post_Valid_RecordsTheRequestWithOneChangedEntryAndLeavesTheCaseOpen()
    {
        var (client, child) = await ReadyToCloseAsync();
        var response = await SubmitAsync(client, $"/children/{child}/closure", Form("RC8", Today(app), "Made-up: family managing well."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/children/{child}", response.Headers.Location!.OriginalString);
        var episode = await EpisodeAsync(child);
        Assert.True(episode.IsOpen);
        var request = Assert.Single(episode.ClosureRequests);
        Assert.Equal(("RC8", Today(app), "Made-up: family managing well.", ClosureRequestStatus.AwaitingAuthorisation),
            (request.Reason, request.ClosureDate, request.Summary, request.Status));
        Assert.Equal(await TeamWorkerAsync(app), request.RequestedBy);
        Assert.Equal(["Requested closure (RC8)"], await ChangesAsync(app, child));
        var page = await GetAsync(client, $"/children/{child}/closure");
        Assert.NotNull(page.QuerySelector("[data-testid=pending]"));
        Assert.Null(page.QuerySelector("main form[method=post]"));
        Assert.NotNull((await GetAsync(client, $"/children/{child}")).QuerySelector("[data-testid=closure-waiting]"));
    }

    [Fact]
    public async Task OpenWork_IsListedOnTheFormAndTheRequestIsRefusedWithTheList()
    {
        var (client, child) = await ReadyToCloseAsync(openWork: true);
        var form = await GetAsync(client, $"/children/{child}/closure");
        var listed = Forms.Errors(form);
        Assert.Contains(listed, e => e.StartsWith("The child and family assessment started", StringComparison.Ordinal) && e.EndsWith("is not authorised", StringComparison.Ordinal));
        Assert.Contains(listed, e => e.StartsWith("The child in need plan started", StringComparison.Ordinal) && e.EndsWith("is open", StringComparison.Ordinal));

        var response = await SubmitAsync(client, $"/children/{child}/closure", Form("RC7", Today(app), "Made-up summary"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        var errors = Forms.Errors(page);
        Assert.Contains(errors, e => e.EndsWith("is not authorised", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("The child in need plan started", StringComparison.Ordinal));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Empty((await EpisodeAsync(child)).ClosureRequests);
        Assert.Empty(await ChangesAsync(app, child));
    }

    [Theory]
    [InlineData("", "1", "1", "2026", "Summary", "Select why the case is closing")]
    [InlineData("RC0", "today", "", "", "Summary", "'RC0' is not a valid reason for closure code")]
    [InlineData("RC8", "", "", "", "Summary", "Enter the closure date")]
    [InlineData("RC8", "30", "2", "2026", "Summary", "The closure date must be a real date")]
    [InlineData("RC8", "1", "1", "2099", "Summary", "The closure date must be today or in the past")]
    [InlineData("RC8", "1", "1", "2020", "Summary", "The closure date must be the same as or after the latest recorded activity")]
    [InlineData("RC8", "today", "", "", "", "Enter a closing summary")]
    [InlineData("RC8", "today", "", "", "<script>alert(1)</script>", "A closing summary must not contain markup or script (text between < and >)")]
    [InlineData("RC2", "today", "", "", "Summary", "Record the child's date of death before closing the case as 'died'")]
    public async Task Post_BadInput_ShowsTheErrorSummaryAndSavesNothing(string reason, string day, string month, string year, string summary, string error)
    {
        var (client, child) = await ReadyToCloseAsync();
        var fields = day == "today" ? Form(reason, Today(app), summary) : Form(reason, day, month, year, summary);
        var response = await SubmitAsync(client, $"/children/{child}/closure", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Contains(Forms.Errors(page), e => e.StartsWith(error, StringComparison.Ordinal));
        Assert.Empty((await EpisodeAsync(child)).ClosureRequests);
        Assert.Empty(await ChangesAsync(app, child));
    }

    [Fact]
    public async Task Post_SummaryTooLong_IsRefused()
    {
        var (client, child) = await ReadyToCloseAsync();
        var page = await SafeguardWebApp.ParseAsync(await SubmitAsync(client, $"/children/{child}/closure", Form("RC8", Today(app), new string('z', 20_001))));
        Assert.Contains("A closing summary must be 20000 characters or fewer", Forms.Errors(page));
        Assert.Empty((await EpisodeAsync(child)).ClosureRequests);
    }

    [Fact]
    public async Task ChildOutsideScope_IsNotFound()
    {
        var client = await SignedInAsync(app, TeamWorkerEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/children/{await StrangerAsync(app)}/closure", UriKind.Relative))).StatusCode);
    }
}
