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

    // Who may open the child's record, by relation (rows) and role (columns, in the order of Roles above).
    //                                            SW     TM     FD     Chair  IRO    Partner Analyst Admin  Auditor
    private static readonly Dictionary<Relation, bool[]> Expected = new()
    {
        [Relation.Allocated] =                 [true,  true,  false, false, false, false, false, false, false],
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
        var cells = 0;
        foreach (var (role, column) in Roles.Select((r, i) => (r, i)))
        {
            using var client = app.NewClient();
            Assert.Equal(HttpStatusCode.Redirect, (await SafeguardWebApp.SignInAsync(client, SafeguardWebApp.UserFor(role), SafeguardWebApp.Password)).StatusCode);
            foreach (var (relation, child) in children)
            foreach (var route in routes)
            {
                var url = Fill(route, child);
                var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                var allowed = Allowed(response);
                cells++;
                if (allowed != Expected[relation][column])
                    mismatches.Add($"{role} × {relation} × /{route}: expected {(Expected[relation][column] ? "allow" : "deny")}, got {(int)response.StatusCode} {response.Headers.Location}");
            }
        }
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cells} cells differ:\n" + string.Join("\n", mismatches));
        Assert.Equal(Roles.Length * children.Count * routes.Count, cells);
    }

    /// <summary>Allowed: the page itself (200), or a form's redirect within the record. Denied: 404, 403 or a redirect to the error page.</summary>
    private static bool Allowed(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.OK => true,
        HttpStatusCode.NotFound or HttpStatusCode.Forbidden => false,
        HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/error/403", StringComparison.Ordinal) => false,
        HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.StartsWith("/children/", StringComparison.Ordinal) => true,
        _ => throw new InvalidOperationException($"Unexpected answer {(int)response.StatusCode} {response.Headers.Location}"),
    };

    /// <summary>The route with the child's id and, for pages about one part of the record, that part's id.</summary>
    public static string Fill(string route, MatrixFixture.MatrixChild child) =>
        "/" + Parameter().Replace(route, m =>
        {
            var name = m.Groups[1].Value;
            if (name == "id") return child.Id.ToString();
            // A part this child does not have: any id — the access check must still answer first.
            return child.Parts.TryGetValue(name, out var id) ? id.ToString() : Guid.Empty.ToString();
        });

    [GeneratedRegex(@"\{(\w+)(?::[^}]*)?\??\}")]
    private static partial Regex Parameter();
}
