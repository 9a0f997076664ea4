using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.Workforce;
using Safeguard.Web.Tests.Support;
using static Safeguard.Web.Tests.Pages.Assessments.SignOffWorld;

namespace Safeguard.Web.Tests.Pages.Authorisations;

/// <summary>The team manager's queue and sign-off: assessments and closures, authorised or returned with comments.</summary>
[Collection(WebAppCollection.Name)]
public sealed class AuthorisationsTests(SafeguardWebApp app)
{
    private static readonly string Manager = SafeguardWebApp.UserFor(WorkerRole.TeamManager);

    private async Task<(Guid Child, Guid AssessmentId)> SubmittedByTeamWorkerAsync(string analysis = "Made-up analysis: needs met with support.")
    {
        var worker = await TeamWorkerAsync(app);
        var child = await NewChildAsync(app, worker, (_, episode, today) => Submitted(episode, worker, today, analysis));
        return (child, (await ChildAsync(app, child)).Episodes.Single().Assessments.Single().Id);
    }

    [Fact]
    public async Task SocialWorker_CannotOpenTheQueue_AndSeesTheAccessDeniedPage()
    {
        var client = await SignedInAsync(app, SafeguardWebApp.SocialWorker);
        var response = await client.GetAsync(new Uri("/authorisations", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/error/403", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        var denied = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("You do not have access to this page", (await SafeguardWebApp.ParseAsync(denied)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var (child, assessment) = await SubmittedByTeamWorkerAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri($"/authorisations/children/{child}/assessments/{assessment}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Queue_ListsSubmittedAssessmentsAndClosureRequestsInScope_WithTheClock()
    {
        var worker = await TeamWorkerAsync(app);
        var (child, assessment) = await SubmittedByTeamWorkerAsync();
        var closing = await NewChildAsync(app, worker, (_, episode, today) =>
        {
            Authorised(episode, worker, today);
            episode.RequestClosure(today, "RC8", "Made-up closing summary", worker, today);
        });
        var client = await SignedInAsync(app, Manager);
        var page = await GetAsync(client, "/authorisations?page=1");
        var table = page.QuerySelector("[data-testid=authorisations]")!;
        var links = table.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/authorisations/children/{child}/assessments/{assessment}", links);
        Assert.Contains(links, l => l!.StartsWith($"/authorisations/children/{closing}/closures/", StringComparison.Ordinal));
        Assert.Contains("working days left", table.TextContent, StringComparison.Ordinal);
        Assert.Contains("Submitted by Pat Madeup", table.TextContent, StringComparison.Ordinal);
        // Children outside the manager's teams are never listed.
        var outsider = await OutsiderAsync(app);
        var outside = await NewChildAsync(app, outsider, (_, episode, today) => Submitted(episode, outsider, today));
        Assert.DoesNotContain(outside.ToString(), (await GetAsync(client, "/authorisations")).Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manager_AuthorisesAnAssessment_AndTheWorkerSeesItAuthorised()
    {
        var (child, assessment) = await SubmittedByTeamWorkerAsync("Made-up analysis the manager reads.");
        var manager = await SignedInAsync(app, Manager);
        var url = $"/authorisations/children/{child}/assessments/{assessment}";
        var signOff = await GetAsync(manager, url);
        Assert.Contains("Made-up analysis the manager reads.", signOff.QuerySelector("[data-testid=analysis]")!.TextContent, StringComparison.Ordinal);

        var response = await SubmitAsync(manager, url, ("Decision", "authorise"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/authorisations", response.Headers.Location!.OriginalString);
        var stored = (await ChildAsync(app, child)).Episodes.Single().Assessments.Single();
        Assert.Equal(Today(app), stored.AuthorisationDate);
        Assert.Equal(await WorkerOfAsync(app, Manager), stored.AuthorisedBy);
        Assert.Equal(["Authorised the child and family assessment"], await ChangesAsync(app, child));
        Assert.DoesNotContain(assessment.ToString(), (await GetAsync(manager, "/authorisations")).Body!.InnerHtml, StringComparison.Ordinal);

        var worker = await SignedInAsync(app, TeamWorkerEmail);
        var page = await GetAsync(worker, $"/children/{child}/assessments/{assessment}");
        Assert.Contains("Authorised by Demo team manager on", page.QuerySelector("[data-testid=assessment-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form[method=post]"));
    }

    [Fact]
    public async Task Manager_ReturnsAnAssessment_AndItGoesBackToDraftWithTheComments()
    {
        var (child, assessment) = await SubmittedByTeamWorkerAsync();
        var manager = await SignedInAsync(app, Manager);
        var response = await SubmitAsync(manager, $"/authorisations/children/{child}/assessments/{assessment}",
            ("Decision", "return"), ("Comments", "Say more about the father's capacity."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = (await ChildAsync(app, child)).Episodes.Single().Assessments.Single();
        Assert.Null(stored.SubmittedDate);
        Assert.Null(stored.AuthorisationDate);
        Assert.Equal("Say more about the father's capacity.", stored.ReturnComments);
        Assert.Equal(["Returned the child and family assessment to the worker"], await ChangesAsync(app, child));

        var worker = await SignedInAsync(app, TeamWorkerEmail);
        var page = await GetAsync(worker, $"/children/{child}/assessments/{assessment}");
        Assert.Contains("Say more about the father's capacity.", page.QuerySelector("[data-testid=return-comments]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-testid=submit]"));
        Assert.Equal("Made-up analysis: needs met with support.", page.QuerySelector("textarea#analysis")!.TextContent);
    }

    [Theory]
    [InlineData("", "", "Select whether you authorise it or return it to the worker")]
    [InlineData("maybe", "", "Select whether you authorise it or return it to the worker")]
    [InlineData("return", "", "Enter your comments for the worker")]
    [InlineData("return", "   ", "Enter your comments for the worker")]
    [InlineData("return", "<script>alert(1)</script>", "Your comments for the worker must not contain markup or script (text between < and >)")]
    public async Task SignOff_BadInput_ShowsTheErrorSummaryAndChangesNothing(string decision, string comments, string error)
    {
        var (child, assessment) = await SubmittedByTeamWorkerAsync();
        var manager = await SignedInAsync(app, Manager);
        var response = await SubmitAsync(manager, $"/authorisations/children/{child}/assessments/{assessment}", ("Decision", decision), ("Comments", comments));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Contains(error, Forms.Errors(page));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        var stored = (await ChildAsync(app, child)).Episodes.Single().Assessments.Single();
        Assert.True(stored.IsAwaitingAuthorisation);
        Assert.Empty(await ChangesAsync(app, child));
    }

    [Fact]
    public async Task SignOff_CommentsTooLong_AreRefused()
    {
        var (child, assessment) = await SubmittedByTeamWorkerAsync();
        var manager = await SignedInAsync(app, Manager);
        var page = await SafeguardWebApp.ParseAsync(await SubmitAsync(manager, $"/authorisations/children/{child}/assessments/{assessment}",
            ("Decision", "return"), ("Comments", new string('y', 4001))));
        Assert.Contains("Your comments for the worker must be 4000 characters or fewer", Forms.Errors(page));
        Assert.Empty(await ChangesAsync(app, child));
    }

    [Fact]
    public async Task Manager_AuthorisesAClosure_AndOnlyThenTheCaseCloses()
    {
        var worker = await TeamWorkerAsync(app);
        var child = await NewChildAsync(app, worker, (_, episode, today) =>
        {
            Authorised(episode, worker, today);
            episode.RequestClosure(today, "RC8", "Made-up closing summary", worker, today);
        });
        var request = (await ClosureRequestAsync(child)).Id;
        Assert.Null((await ChildAsync(app, child)).Episodes.Single().ClosureDate);

        var manager = await SignedInAsync(app, Manager);
        var url = $"/authorisations/children/{child}/closures/{request}";
        Assert.Contains("Made-up closing summary", (await GetAsync(manager, url)).QuerySelector("[data-testid=closure-summary]")!.TextContent, StringComparison.Ordinal);
        var response = await SubmitAsync(manager, url, ("Decision", "authorise"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var episode = (await ChildAsync(app, child)).Episodes.Single();
        Assert.Equal((Today(app), "RC8"), (episode.ClosureDate, episode.ClosureReason));
        var stored = await ClosureRequestAsync(child);
        Assert.Equal((ClosureRequestStatus.Authorised, await WorkerOfAsync(app, Manager), Today(app)), (stored.Status, stored.DecidedBy, stored.DecidedOn));
        Assert.Equal(["Authorised closure (RC8)"], await ChangesAsync(app, child));
    }

    [Fact]
    public async Task Manager_ReturnsAClosure_TheCaseStaysOpenAndTheWorkerSeesWhy()
    {
        var worker = await TeamWorkerAsync(app);
        var child = await NewChildAsync(app, worker, (_, episode, today) =>
        {
            Authorised(episode, worker, today);
            episode.RequestClosure(today, "RC8", "Made-up closing summary", worker, today);
        });
        var request = (await ClosureRequestAsync(child)).Id;
        var manager = await SignedInAsync(app, Manager);
        var response = await SubmitAsync(manager, $"/authorisations/children/{child}/closures/{request}", ("Decision", "return"), ("Comments", "Check with the school first."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null((await ChildAsync(app, child)).Episodes.Single().ClosureDate);
        Assert.Equal(ClosureRequestStatus.Returned, (await ClosureRequestAsync(child)).Status);
        var page = await GetAsync(await SignedInAsync(app, TeamWorkerEmail), $"/children/{child}/closure");
        Assert.Contains("Check with the school first.", page.QuerySelector("[data-testid=return-comments]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOff_ChildOutsideTheManagersScope_IsNotFound()
    {
        var outsider = await OutsiderAsync(app);
        var child = await NewChildAsync(app, outsider, (_, episode, today) => Submitted(episode, outsider, today));
        var assessment = (await ChildAsync(app, child)).Episodes.Single().Assessments.Single().Id;
        var manager = await SignedInAsync(app, Manager);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync(new Uri($"/authorisations/children/{child}/assessments/{assessment}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync(new Uri($"/authorisations/children/{child}/closures/{Guid.NewGuid()}", UriKind.Relative))).StatusCode);
    }

    private async Task<ClosureRequest> ClosureRequestAsync(Guid child)
    {
        await using var db = Data.SafeguardDatabase.Open(app.Database);
        var episode = await db.Set<EpisodeOfNeed>().AsNoTracking().SingleAsync(e => e.ChildId == child);
        return episode.ClosureRequests.Single();
    }
}

internal static class UriPaths
{
    public static string PathAndQuery(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
