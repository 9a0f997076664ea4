using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Safeguard.Core.Workforce;
using Safeguard.Web.Tests.Support;
using static Safeguard.Core.Workforce.WorkerRole;

namespace Safeguard.Web.Tests.Access;

/// <summary>
/// Every page of a child's record × every role × each relation to the record: the expected table is written out
/// below, and every cell is requested over HTTP. A new page under /children/{id} joins the matrix by itself.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed partial class AuthorisationMatrixTests(SafeguardWebApp app)
{
    private static readonly WorkerRole[] Roles =
        [SocialWorker, TeamManager, FrontDoorWorker, ConferenceChair, IndependentReviewingOfficer, PartnerPractitioner, PerformanceAnalyst, Administrator, Auditor];

    // Who may open the child's record, by relation (rows) and role (columns, in the order of Roles above); a page
    // is then open to those of them its row in RouteRoles names.
    //                                            SW     TM     FD     Chair  IRO    Partner Analyst Admin  Auditor
    private static readonly Dictionary<Relation, bool[]> Expected = new()
    {
        [Relation.Allocated] =                 [true,  true,  false, true,  false, false, false, false, false], // on a plan: chairs review it
        [Relation.SameTeam] =                  [true,  true,  false, false, false, false, false, false, false],
        [Relation.OtherTeam] =                 [false, false, false, false, false, false, false, false, false],
        [Relation.AtFrontDoor] =               [false, false, true,  false, false, false, false, false, false],
        [Relation.ChairedConference] =         [false, false, false, true,  false, false, false, false, false],
        [Relation.LookedAfter] =               [false, false, false, false, true,  false, false, false, false],
        [Relation.PartnerContributed] =        [false, false, false, false, false, false, false, false, false],
        [Relation.PartnerDidNotContribute] =   [false, false, false, false, false, false, false, false, false],
        [Relation.RestrictedNamed] =           [true,  false, false, false, false, false, false, false, false],
        [Relation.RestrictedUnnamed] =         [false, false, false, false, false, false, false, false, false],
    };

    private static readonly WorkerRole[] CaseWork = [SocialWorker, TeamManager, FrontDoorWorker, ConferenceChair, IndependentReviewingOfficer];
    private static readonly WorkerRole[] CaseWorkers = [SocialWorker, TeamManager];
    private static readonly WorkerRole[] FrontDoor = [FrontDoorWorker, TeamManager];
    private static readonly WorkerRole[] Chairs = [ConferenceChair, IndependentReviewingOfficer];

    // Which roles each page of a record is for, before the record's own access applies. Every route of the app under
    // /children/{id} must be listed: a new page fails the test until its row is written here.
    private static readonly Dictionary<string, WorkerRole[]> RouteRoles = new()
    {
        ["children/{id:guid}"] = CaseWork,
        ["children/{id:guid}/allocation"] = FrontDoor,
        ["children/{id:guid}/assessments/new"] = CaseWork,
        ["children/{id:guid}/assessments/{assessmentId:guid}"] = CaseWork,
        ["children/{id:guid}/care"] = CaseWork,
        ["children/{id:guid}/care/change"] = CaseWorkers,
        ["children/{id:guid}/care/end"] = CaseWorkers,
        ["children/{id:guid}/care/missing/new"] = CaseWorkers,
        ["children/{id:guid}/care/missing/return"] = CaseWorkers,
        ["children/{id:guid}/care/new"] = CaseWorkers,
        ["children/{id:guid}/care/reviews/new"] = [IndependentReviewingOfficer],
        ["children/{id:guid}/care/visits/new"] = CaseWorkers,
        ["children/{id:guid}/child-in-need-plans/new"] = CaseWork,
        ["children/{id:guid}/child-in-need-plans/{planId:guid}/end"] = CaseWork,
        ["children/{id:guid}/child-in-need-plans/{planId:guid}/review"] = CaseWork,
        ["children/{id:guid}/chronology"] = CaseWork,
        ["children/{id:guid}/chronology/print"] = CaseWork,
        ["children/{id:guid}/closure"] = CaseWork,
        ["children/{id:guid}/conferences/new"] = Chairs,
        ["children/{id:guid}/contacts/new"] = CaseWork,
        ["children/{id:guid}/contacts/{contactId:guid}/outcome"] = FrontDoor,
        ["children/{id:guid}/notes"] = CaseWork,
        ["children/{id:guid}/notes/new"] = CaseWork,
        ["children/{id:guid}/plans/{planId:guid}"] = CaseWork,
        ["children/{id:guid}/plans/{planId:guid}/core-groups/new"] = CaseWork,
        ["children/{id:guid}/plans/{planId:guid}/end"] = CaseWork,
        ["children/{id:guid}/plans/{planId:guid}/reviews/new"] = Chairs,
        ["children/{id:guid}/referrals/new"] = CaseWork,
        ["children/{id:guid}/referrals/{episodeId:guid}/decision"] = FrontDoor,
        ["children/{id:guid}/requests/new"] = CaseWork,
        ["children/{id:guid}/section-47/{enquiryId:guid}/outcome"] = CaseWork,
        ["children/{id:guid}/strategy-discussions/new"] = CaseWork,
    };

    [Fact]
    public void RouteTable_ListsEveryPageOfARecord() =>
        Assert.Equal(ChildRoutes(app), RouteRoles.Keys.Order(StringComparer.Ordinal).ToList());

    /// <summary>The GET pages of a child's record, from the app's own route table.</summary>
    public static IReadOnlyList<string> ChildRoutes(SafeguardWebApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(t => t.StartsWith("children/{id:guid}", StringComparison.OrdinalIgnoreCase))
            .Distinct().Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Table_CoversEveryRelationAndRole()
    {
        Assert.Equal(Enum.GetValues<Relation>().Order(), Expected.Keys.Order());
        Assert.All(Expected.Values, row => Assert.Equal(Roles.Length, row.Length));
        Assert.Equal(Enum.GetValues<WorkerRole>().Order(), Roles.Order());
    }

    [Fact]
    public async Task EveryChildRoute_ForEveryRoleAndRelation_AllowsExactlyTheTable()
    {
        var children = await MatrixFixture.ChildrenAsync(app);
        var routes = ChildRoutes(app);
        Assert.Contains("children/{id:guid}", routes);
        var mismatches = new List<string>();
        var shownTo = routes.ToDictionary(r => r, _ => 0);
        var cells = 0;
        foreach (var (role, column) in Roles.Select((r, i) => (r, i)))
        {
            using var client = app.NewClient();
            Assert.Equal(HttpStatusCode.Redirect, (await SafeguardWebApp.SignInAsync(client, SafeguardWebApp.UserFor(role), SafeguardWebApp.Password)).StatusCode);
            foreach (var (relation, child) in children)
            foreach (var route in routes)
            {
                var response = await client.GetAsync(new Uri(Fill(route, child), UriKind.Relative));
                var answer = Answer(response);
                cells++;
                var expected = Expected[relation][column] && RouteRoles[route].Contains(role);
                if (answer == Outcome.Shown) shownTo[route]++;
                // An allowed user asking for a part this child has not got (another child's plan, say) is told "not found" too.
                var ok = expected ? answer == Outcome.Shown || (answer == Outcome.Denied && !HasParts(route, child)) : answer == Outcome.Denied;
                if (!ok)
                    mismatches.Add($"{role} × {relation} × /{route}: expected {(expected ? "allow" : "deny")}, got {(int)response.StatusCode} {response.Headers.Location}");
            }
        }
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cells} cells differ:\n" + string.Join("\n", mismatches));
        Assert.Equal(Roles.Length * children.Count * routes.Count, cells);
        // Every page was shown to someone the table allows: no page denies everyone.
        Assert.True(shownTo.Values.All(n => n > 0), "Never shown: " + string.Join(", ", shownTo.Where(x => x.Value == 0).Select(x => x.Key)));
    }

    private enum Outcome { Shown, Denied }

    /// <summary>Shown: the page (200) or a redirect within the record. Denied: 404, 403 or a redirect to the error page.</summary>
    private static Outcome Answer(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.OK => Outcome.Shown,
        HttpStatusCode.NotFound or HttpStatusCode.Forbidden => Outcome.Denied,
        HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/error/403", StringComparison.Ordinal) => Outcome.Denied,
        HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.StartsWith("/children/", StringComparison.Ordinal) => Outcome.Shown,
        _ => throw new InvalidOperationException($"Unexpected answer {(int)response.StatusCode} {response.Headers.Location}"),
    };

    private static bool HasParts(string route, MatrixFixture.MatrixChild child) =>
        Parameter().Matches(route).Select(m => PartName(route, m.Groups[1].Value)).All(p => p == "id" || child.Parts.ContainsKey(p));

    private static string PartName(string route, string parameter) =>
        parameter == "planId" && route.Contains("child-in-need-plans", StringComparison.Ordinal) ? "childInNeedPlanId" : parameter;

    /// <summary>The route with the child's id and, for pages about one part of the record, that part's id.</summary>
    public static string Fill(string route, MatrixFixture.MatrixChild child) =>
        "/" + Parameter().Replace(route, m =>
        {
            var name = PartName(route, m.Groups[1].Value);
            if (name == "id") return child.Id.ToString();
            // A part this child does not have: any id — the access check must still answer first.
            return child.Parts.TryGetValue(name, out var id) ? id.ToString() : Guid.Empty.ToString();
        });

    [GeneratedRegex(@"\{(\w+)(?::[^}]*)?\??\}")]
    private static partial Regex Parameter();
}
