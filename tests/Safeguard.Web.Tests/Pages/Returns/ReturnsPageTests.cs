using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.People;
using Safeguard.Core.Returns.Cin;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Data.Audit;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.Returns;

/// <summary>The performance team's census check: findings listed, linked only where the viewer may see the child, CSV, uploads.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ReturnsPageTests(SafeguardWebApp app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    private async Task<HttpClient> SignedInAsAsync(WorkerRole role)
    {
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SafeguardWebApp.SignInAsync(client, SafeguardWebApp.UserFor(role), SafeguardWebApp.Password)).StatusCode);
        return client;
    }

    /// <summary>
    /// A made-up unborn child referred in June 2025, more than 40 weeks before a due date outside the census range: an
    /// error (8606) and a query (8530Q) in the 2025-26 census. The referral is decided (so the child is not at anyone's
    /// front door) and allocated either to the team manager's demo worker or to a made-up worker in no team, so no
    /// other test's work tray or list sees it.
    /// </summary>
    private async Task<(Guid Id, string LaChildId)> ChildWithFindingsAsync(bool allocatedToTheTeamManager)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        var authority = await db.Authorities.SingleAsync(a => a.LaCode == "998");
        Worker worker;
        if (allocatedToTheTeamManager) worker = await db.Workers.FirstAsync(w => w.Role == WorkerRole.TeamManager && w.Name.StartsWith("Demo"));
        else
        {
            worker = new Worker(authority.Id, null, "Pat Madeup", WorkerRole.SocialWorker, Agency.ChildrensSocialCare, Today.AddYears(-3), 20);
            db.Add(worker);
        }
        var laChildId = $"R{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        var child = Child.Register(authority.Id, laChildId, "Rae", "Testcase", null, new DateOnly(2027, 1, 15), Sex.Unknown, "WBRI", Today);
        var referral = child.ReceiveReferral(new DateOnly(2025, 6, 2), "1A", "N1", "A made-up referral for the returns tests", null, null, Today);
        referral.Decide(Core.FrontDoor.ReferralDecision.Assessment, new DateOnly(2025, 6, 3), worker.Id, Today);
        child.AllocateTo(worker.Id, new DateOnly(2025, 6, 3), Today);
        db.Add(child);
        await db.SaveChangesAsync();
        return (child.Id, laChildId);
    }

    /// <summary>The findings rows naming the child, following the findings' pages.</summary>
    private static async Task<List<IElement>> RowsForAsync(HttpClient client, string url, string laChildId)
    {
        for (var pages = 0; pages < 50; pages++)
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await SafeguardWebApp.ParseAsync(response);
            var rows = page.QuerySelectorAll("[data-testid=findings] tbody tr").Where(r => r.Children[2].TextContent.Trim() == laChildId).ToList();
            if (rows.Count > 0) return rows;
            if (page.QuerySelector("[data-testid=next-page]")?.GetAttribute("href") is not { } next) return [];
            url = next;
        }
        return [];
    }

    [Fact]
    public async Task Check_ListsTheFindingsWithTagsAndCountsByRule_AndAuditsTheExport()
    {
        var (childId, laChildId) = await ChildWithFindingsAsync(allocatedToTheTeamManager: false);
        using var client = await SignedInAsAsync(WorkerRole.PerformanceAnalyst);

        var first = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri("/returns?year=2026&check=1", UriKind.Relative)));
        var rows = await RowsForAsync(client, "/returns?year=2026&check=1", laChildId);

        Assert.Contains("Census 2025-26 from the records", first.QuerySelector("[data-testid=result-heading]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("children checked", first.QuerySelector("[data-testid=result-summary]")!.TextContent, StringComparison.Ordinal);
        var byRule = first.QuerySelectorAll("[data-testid=findings-by-rule] tbody tr").Select(r => r.Children[0].TextContent.Trim()).ToList();
        Assert.Contains("8606", byRule);
        Assert.Contains("8530Q", byRule);
        var error = Assert.Single(rows, r => r.Children[0].TextContent.Trim() == "8606");
        Assert.Equal("ERROR", error.Children[1].TextContent.Trim());
        Assert.Equal("CINdetails 1", error.Children[3].TextContent.Trim());
        Assert.Contains("40 weeks", error.Children[5].TextContent, StringComparison.Ordinal);
        var query = Assert.Single(rows, r => r.Children[0].TextContent.Trim() == "8530Q");
        Assert.Equal("QUERY", query.Children[1].TextContent.Trim());
        await using var db = SafeguardDatabase.Open(app.Database);
        Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.ChildId == childId && a.Action == AuditAction.Exported));
    }

    [Fact]
    public async Task Findings_LinkToTheChild_OnlyWhenTheViewerMaySeeTheRecord()
    {
        var mine = await ChildWithFindingsAsync(allocatedToTheTeamManager: true);
        var notMine = await ChildWithFindingsAsync(allocatedToTheTeamManager: false);
        using var manager = await SignedInAsAsync(WorkerRole.TeamManager);
        using var analyst = await SignedInAsAsync(WorkerRole.PerformanceAnalyst);

        var managersRow = (await RowsForAsync(manager, "/returns?year=2026&check=1", mine.LaChildId))[0];
        var othersRow = (await RowsForAsync(manager, "/returns?year=2026&check=1", notMine.LaChildId))[0];
        var analystsRow = (await RowsForAsync(analyst, "/returns?year=2026&check=1", mine.LaChildId))[0];

        Assert.Equal($"/children/{mine.Id}", managersRow.Children[2].QuerySelector("a")?.GetAttribute("href"));
        Assert.Null(othersRow.Children[2].QuerySelector("a"));
        Assert.Null(analystsRow.Children[2].QuerySelector("a"));
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(new Uri($"/children/{mine.Id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync(new Uri($"/children/{notMine.Id}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Csv_DownloadsEveryFindingWithItsLocation()
    {
        var (_, laChildId) = await ChildWithFindingsAsync(allocatedToTheTeamManager: false);
        using var client = await SignedInAsAsync(WorkerRole.PerformanceAnalyst);

        var response = await client.GetAsync(new Uri("/returns?handler=csv&year=2026", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("cin-census-2026-998-findings.csv", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("code,severity,child,location,cin_details,item,file,line,fields,message", lines[0].TrimEnd('\r'));
        Assert.Contains(lines, l => l.StartsWith($"8606,ERROR,{laChildId},CINdetails 1,1,,,,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SocialWorker_MayNotOpenTheReturnsPage()
    {
        using var client = await SignedInAsAsync(WorkerRole.SocialWorker);

        var response = await client.GetAsync(new Uri("/returns", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/error/403", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownYear_Answers404()
    {
        using var client = await SignedInAsAsync(WorkerRole.PerformanceAnalyst);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/returns?year=1999&check=1", UriKind.Relative))).StatusCode);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[]? file, string name = "census.xml")
    {
        var page = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri("/returns", UriKind.Relative)));
        var token = ((IHtmlInputElement)page.QuerySelector("[data-testid=upload-form] input[name=__RequestVerificationToken]")!).Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("2026"), "year" },
        };
        if (file is not null) form.Add(new ByteArrayContent(file), "census", name);
        return await client.PostAsync(new Uri("/returns?handler=upload", UriKind.Relative), form);
    }

    [Theory]
    [InlineData(null, "Select a CIN census XML file to check")]
    [InlineData("", "Select a CIN census XML file to check")]
    [InlineData("<script>alert('x')</script>", "The file is not a CIN census we can read")]
    [InlineData("this is not xml at all", "The file is not a CIN census we can read")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE Message [<!ENTITY x \"boom\">]><Message>&x;</Message>", "The file is not a CIN census we can read")]
    [InlineData("<Message><Header>", "The file is not a CIN census we can read")]
    public async Task Upload_BadFile_ShowsAnErrorSummary_NeverA500(string? content, string expected)
    {
        using var client = await SignedInAsAsync(WorkerRole.PerformanceAnalyst);

        var response = await UploadAsync(client, content is null ? null : Encoding.UTF8.GetBytes(content));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        var error = Assert.Single(Forms.Errors(page));
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page.QuerySelector("[data-testid=error-summary]")!.InnerHtml, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=findings]"));
    }

    [Fact]
    public async Task Upload_CensusFromAnotherSystem_ListsItsFindings()
    {
        var census = new CinCensus
        {
            Header = new CinHeader { Year = 2026, ReferenceDate = new DateOnly(2026, 3, 31), LaCode = "998", SoftwareCode = "Other", Release = "1", SerialNo = "001", DateTime = new DateTime(2026, 4, 2, 9, 0, 0, DateTimeKind.Unspecified) },
            Children =
            [
                new CensusChild
                {
                    Identifiers = new ChildIdentifiers { LaChildId = "OTHER1", UpnUnknown = "UN1", ExpectedPersonBirthDate = new DateOnly(2027, 1, 15), Sex = "U" },
                    Characteristics = new ChildCharacteristics { Ethnicity = "WBRI", Disabilities = ["NONE"] },
                    CinDetails = [new CinDetails { CinReferralDate = new DateOnly(2025, 6, 2), ReferralSource = "1A", PrimaryNeedCode = "N1", ReferralNfaText = "0" }],
                },
            ],
        };
        using var file = new MemoryStream();
        CinCensusWriter.Write(census, file);
        using var client = await SignedInAsAsync(WorkerRole.PerformanceAnalyst);

        var response = await UploadAsync(client, file.ToArray(), "other-system.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Empty(Forms.Errors(page));
        Assert.Contains("other-system.xml", page.QuerySelector("[data-testid=result-heading]")!.TextContent, StringComparison.Ordinal);
        var rows = page.QuerySelectorAll("[data-testid=findings] tbody tr");
        Assert.Contains(rows, r => r.Children[0].TextContent.Trim() == "8606" && r.Children[2].TextContent.Trim() == "OTHER1");
    }
}
