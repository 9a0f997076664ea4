using System.IO.Compression;
using System.Net;
using System.Text;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Data.Audit;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.Performance;

[Collection(PerformanceAppCollection.Name)]
public sealed class DrillDownTests(PerformanceApp fixture)
{
    private string Referrals => $"/performance/referrals/children?year={fixture.Year}&part=numerator";

    private async Task<long> LastAuditAsync()
    {
        await using var db = SafeguardDatabase.Open(fixture.App.Database);
        return await db.Set<AuditEntry>().MaxAsync(a => (long?)a.Sequence) ?? 0;
    }

    private async Task<List<AuditEntry>> AuditSinceAsync(long sequence)
    {
        await using var db = SafeguardDatabase.Open(fixture.App.Database);
        return await db.Set<AuditEntry>().Where(a => a.Sequence > sequence).ToListAsync();
    }

    [Fact]
    public async Task Manager_SeesNamesLinkedOnlyForChildrenInScope()
    {
        using var client = await fixture.SignedInAsync(WorkerRole.TeamManager);
        var page = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri(Referrals, UriKind.Relative)));
        var rows = page.QuerySelectorAll("[data-testid=drill-down] tbody tr").ToList();
        var dee = rows.Single(r => r.TextContent.Contains("P0001", StringComparison.Ordinal));
        var link = dee.QuerySelector("a")!;
        Assert.Equal(PerformanceApp.InScopeChild, link.TextContent.Trim());
        Assert.StartsWith("/children/", link.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains(PerformanceApp.TeamName, dee.TextContent, StringComparison.Ordinal);
        Assert.Equal(PerformanceApp.WaitingChild, rows.Single(r => r.TextContent.Contains("P0002", StringComparison.Ordinal)).QuerySelector("a")!.TextContent.Trim());
        // Ava is in another team: listed by ID, never by name.
        var ava = rows.Single(r => r.TextContent.Contains("T0001", StringComparison.Ordinal));
        Assert.Null(ava.QuerySelector("a"));
        Assert.DoesNotContain("Testwood", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Not shown", ava.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyst_SeesNoNamesAndNoLinks_AndTheListIsAudited()
    {
        using var client = await fixture.SignedInAsync(WorkerRole.PerformanceAnalyst);
        var before = await LastAuditAsync();
        var response = await client.GetAsync(new Uri(Referrals, UriKind.Relative));
        var page = await SafeguardWebApp.ParseAsync(response);
        var table = page.QuerySelector("[data-testid=drill-down]")!;
        var rows = table.QuerySelectorAll("tbody tr");
        Assert.True(rows.Length >= 3);
        Assert.Empty(table.QuerySelectorAll("a"));
        foreach (var name in new[] { "Drilldown", "Waiting", "Testwood", "Otherton" })
            Assert.DoesNotContain(name, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["LA child ID", "Age", "Team", "Date counted"], table.QuerySelectorAll("thead th").Select(h => h.TextContent.Trim()));
        var listed = (await AuditSinceAsync(before)).Where(a => a.Action == AuditAction.Searched).ToList();
        Assert.Equal(rows.Length, listed.Select(a => a.ChildId).Distinct().Count());
        Assert.All(listed, a => Assert.StartsWith("Performance drill-down: Referrals", a.What, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DrillDown_ByTeamCell_ListsOnlyThatTeamsChildren()
    {
        using var client = await fixture.SignedInAsync(WorkerRole.PerformanceAnalyst);
        var trend = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri($"/performance/referrals?year={fixture.Year}", UriKind.Relative)));
        var href = trend.QuerySelectorAll("[data-testid=teams] tbody tr")
            .Single(r => r.Children[0].TextContent.Trim() == PerformanceApp.TeamName).QuerySelector("a")!.GetAttribute("href")!;
        Assert.Contains("team=", href, StringComparison.Ordinal);
        var page = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri(href, UriKind.Relative)));
        var ids = page.QuerySelectorAll("[data-testid=drill-down] tbody tr").Select(r => r.Children[0].TextContent.Trim()).ToList();
        Assert.Equal(["P0001"], ids);
    }

    [Fact]
    public async Task DashboardCsv_HasEveryIndicator()
    {
        using var client = await fixture.SignedInAsync(WorkerRole.PerformanceAnalyst);
        var response = await client.GetAsync(new Uri($"/performance?year={fixture.Year}&format=csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Indicator,NI / LAIT code,Value,Numerator,Denominator,Polarity,England,England year", lines[0]);
        Assert.Equal(Core.Indicators.IndicatorCatalogue.All.Count + 1, lines.Length);
        Assert.StartsWith("Referrals to children's social care,CPP_Total_NumRef,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task DashboardXlsx_IsAValidWorkbookWithTheFigures()
    {
        using var client = await fixture.SignedInAsync(WorkerRole.PerformanceAnalyst);
        var page = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri($"/performance?year={fixture.Year}", UriKind.Relative)));
        var referrals = page.QuerySelectorAll("[data-testid=indicators] tbody tr")[0].Children[3].TextContent.Trim();
        var response = await client.GetAsync(new Uri($"/performance?year={fixture.Year}&format=xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var parts = zip.Entries.Select(e => e.FullName).ToHashSet();
        foreach (var part in new[] { "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml" })
            Assert.Contains(part, parts);
        XNamespace s = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var types = XDocument.Load(zip.GetEntry("[Content_Types].xml")!.Open());
        Assert.Contains(types.Root!.Elements(), e => (string?)e.Attribute("PartName") == "/xl/worksheets/sheet1.xml");
        var sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var rows = sheet.Descendants(s + "row").ToList();
        Assert.Equal(Core.Indicators.IndicatorCatalogue.All.Count + 1, rows.Count);
        string Text(XElement c) => c.Attribute("t")?.Value == "inlineStr" ? c.Descendants(s + "t").Single().Value : c.Element(s + "v")!.Value;
        var a1 = rows[0].Elements(s + "c").First();
        Assert.Equal("A1", a1.Attribute("r")!.Value);
        Assert.Equal("Indicator", Text(a1));
        var referralRow = rows[1].Elements(s + "c").ToList();
        Assert.Equal("Referrals to children's social care", Text(referralRow[0]));
        Assert.Equal("D2", referralRow[3].Attribute("r")!.Value);
        Assert.Null(referralRow[3].Attribute("t"));
        Assert.Equal(referrals, Text(referralRow[3]));
    }

    [Fact]
    public async Task DrillDownDownloads_FollowTheRole_AndAreAuditedAsExports()
    {
        using var manager = await fixture.SignedInAsync(WorkerRole.TeamManager);
        var before = await LastAuditAsync();
        var csv = Encoding.UTF8.GetString(await manager.GetByteArrayAsync(new Uri(Referrals + "&format=csv", UriKind.Relative)));
        Assert.Contains("P0001,Dee Drilldown,", csv, StringComparison.Ordinal);
        Assert.Contains("T0001,Not shown: outside your teams,", csv, StringComparison.Ordinal);
        Assert.Contains((await AuditSinceAsync(before)), a => a.Action == AuditAction.Exported);

        using var analyst = await fixture.SignedInAsync(WorkerRole.PerformanceAnalyst);
        var xlsx = await analyst.GetByteArrayAsync(new Uri(Referrals + "&format=xlsx", UriKind.Relative));
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEnd();
        Assert.Contains("P0001", sheet, StringComparison.Ordinal);
        Assert.DoesNotContain("Drilldown", sheet, StringComparison.Ordinal);
    }
}
