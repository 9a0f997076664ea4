using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Clock;
using Safeguard.Core.Indicators;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Data.Records;
using Safeguard.Web.Performance;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.Performance;

[Collection(PerformanceAppCollection.Name)]
public sealed class DashboardTests(PerformanceApp fixture)
{
    private static async Task<IHtmlDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await SafeguardWebApp.ParseAsync(response);
    }

    /// <summary>The engine run directly over every child's whole record: what the dashboard must show.</summary>
    private async Task<IndicatorReport> EngineAsync(int year)
    {
        await using var db = SafeguardDatabase.Open(fixture.App.Database);
        var authority = await db.Authorities.SingleAsync(a => a.LaCode == "998");
        var workers = await db.Workers.Where(w => w.AuthorityId == authority.Id).ToListAsync();
        var children = await db.Children.AsNoTracking().WithWholeRecord().Where(c => c.AuthorityId == authority.Id).ToListAsync();
        return IndicatorEngine.Compute(children, new IndicatorContext(new DateOnly(year, 3, 31))
        {
            Calendar = WorkingDayCalendar.England(authority.WorkingDays),
            Workers = workers,
        });
    }

    [Theory]
    [InlineData(WorkerRole.PerformanceAnalyst)]
    [InlineData(WorkerRole.TeamManager)]
    public async Task Dashboard_ShowsEveryIndicatorAsTheEngineComputesIt(WorkerRole role)
    {
        using var client = await fixture.SignedInAsync(role);
        var page = await GetAsync(client, $"/performance?year={fixture.Year}");
        var expected = await EngineAsync(fixture.Year);
        var rows = page.QuerySelectorAll("[data-testid=indicators] tbody tr");
        Assert.Equal(IndicatorCatalogue.All.Count, rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var r = expected.Results[i];
            var cells = rows[i].Children.Select(c => c.TextContent.Trim()).ToList();
            Assert.StartsWith(r.Definition.Title, cells[0], StringComparison.Ordinal);
            Assert.Equal(Figures.Format(r.Value, r.Definition.Unit), cells[2]);
            Assert.Equal(Figures.Count(r.Numerator), cells[3]);
            if (r.Definition.Denominator is not null) Assert.Equal(Figures.Count(r.Denominator), cells[4]);
        }
        // Five referrals this year: Ava, Ben, Cal, Dee, Eve (unless the year turned in the last 20 days).
        Assert.Equal(expected[IndicatorCatalogue.Referrals].Numerator.ToString(CultureInfo.InvariantCulture), rows[0].Children[3].TextContent.Trim());
        Assert.True(expected[IndicatorCatalogue.Referrals].Numerator >= 2);
    }

    [Fact]
    public async Task Dashboard_ShowsEnglandsPublishedValueBesideTheIndicator()
    {
        using var client = await fixture.SignedInAsync(WorkerRole.PerformanceAnalyst);
        var page = await GetAsync(client, $"/performance?year={fixture.Year}");
        var reReferrals = page.QuerySelectorAll("[data-testid=indicators] tbody tr")
            .Single(r => r.Children[0].TextContent.Trim() == "Re-referrals within 12 months (%)");
        // England 2025, c1 file: 22.6 %.
        Assert.Equal("22.6", reReferrals.Children[6].TextContent.Trim());
        Assert.Equal("2025", reReferrals.Children[7].TextContent.Trim());
        Assert.Equal("Lower is better", reReferrals.Children[5].TextContent.Trim());
    }

    [Fact]
    public async Task IndicatorPage_ShowsAnAccessibleChartWithItsTableAndBreakdowns()
    {
        using var client = await fixture.SignedInAsync(WorkerRole.PerformanceAnalyst);
        var page = await GetAsync(client, $"/performance/referrals?year={fixture.Year}");
        var svg = page.QuerySelector("svg[data-testid=month-chart]")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.NotNull(svg.QuerySelector("title"));
        Assert.Contains("The same figures are in the table", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        var months = page.QuerySelectorAll("[data-testid=months] tbody tr");
        Assert.Equal(12, months.Length);
        var expected = (await EngineAsync(fixture.Year))[IndicatorCatalogue.Referrals];
        Assert.Equal(expected.Numerator, months.Sum(r => int.Parse(r.Children[1].TextContent.Trim(), CultureInfo.InvariantCulture)));
        var teams = page.QuerySelectorAll("[data-testid=teams] tbody tr").Select(r => r.Children[0].TextContent.Trim()).ToList();
        Assert.Contains(PerformanceApp.TeamName, teams);
        Assert.Contains("Assessment team 1", teams);
        var workers = page.QuerySelector("[data-testid=workers]")!.TextContent;
        Assert.Contains("Wes Drillworker", workers, StringComparison.Ordinal);
        Assert.Contains("Not allocated", workers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ForDates_UsesThePeriodAndSaysSo()
    {
        using var client = await fixture.SignedInAsync(WorkerRole.PerformanceAnalyst);
        var from = fixture.Today.AddDays(-2);
        var to = fixture.Today;
        var page = await GetAsync(client,
            $"/performance?from.Day={from.Day}&from.Month={from.Month}&from.Year={from.Year}&to.Day={to.Day}&to.Month={to.Month}&to.Year={to.Year}");
        Assert.Contains(from.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), page.QuerySelector("[data-testid=period-label]")!.TextContent, StringComparison.Ordinal);
        // Referred in the last two days: Ava (3 days ago) is out; Cal, Dee and Eve (yesterday) are in.
        var referrals = page.QuerySelectorAll("[data-testid=indicators] tbody tr")[0].Children[3].TextContent.Trim();
        Assert.Equal("3", referrals);
    }

    [Theory]
    [InlineData("/performance?year=1850", "Choose a collection year")]
    [InlineData("/performance?year=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "Choose a collection year")]
    [InlineData("/performance?year=2999", "Choose a collection year")]
    [InlineData("/performance?from.Day=1&from.Month=6&from.Year=2025&to.Day=1&to.Month=5&to.Year=2025", "The start date must be on or before the end date")]
    [InlineData("/performance?from.Day=1&from.Month=4&from.Year=2023&to.Day=1&to.Month=5&to.Year=2025", "The period can be at most a year long")]
    [InlineData("/performance?from.Day=31&from.Month=2&from.Year=2025&to.Day=1&to.Month=5&to.Year=2025", "The start date must be a real date")]
    [InlineData("/performance?from.Day=1&from.Month=4&from.Year=2025&to.Day=&to.Month=&to.Year=", "Enter the end date")]
    [InlineData("/performance/referrals?year=1850", "Choose a collection year")]
    [InlineData("/performance/referrals/children?year=1850&part=numerator", "Choose a collection year")]
    public async Task BadPeriod_ShowsTheErrorSummaryNotA500(string url, string error)
    {
        using var client = await fixture.SignedInAsync(WorkerRole.PerformanceAnalyst);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Contains(Forms.Errors(page), e => e.StartsWith(error, StringComparison.Ordinal));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=indicators]"));
    }

    [Theory]
    [InlineData("/performance/no-such-indicator")]
    [InlineData("/performance/%3Cscript%3E/children")]
    [InlineData("/performance/referrals/children?part=sideways")]
    [InlineData("/performance/referrals/children?part=denominator")]
    [InlineData("/performance/referrals/children?month=12")]
    [InlineData("/performance/referrals/children?worker=not-a-guid")]
    [InlineData("/performance/caseload/children?part=denominator")]
    [InlineData("/performance?format=pdf")]
    public async Task UnknownIndicatorOrFigure_Answers404(string url)
    {
        using var client = await fixture.SignedInAsync(WorkerRole.PerformanceAnalyst);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(WorkerRole.SocialWorker)]
    [InlineData(WorkerRole.PartnerPractitioner)]
    public async Task OtherRoles_AreRefusedTheDashboard(WorkerRole role)
    {
        using var client = await fixture.SignedInAsync(role);
        foreach (var url in new[] { "/performance", "/performance/referrals", "/performance/referrals/children" })
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("/error/403", response.Headers.Location?.OriginalString ?? "/error/403", StringComparison.Ordinal);
        }
    }
}
