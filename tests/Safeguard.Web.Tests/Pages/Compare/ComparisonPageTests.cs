using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Safeguard.Web.Tests.Pages.Performance;
using Safeguard.Web.Tests.Support;
using F = Safeguard.Web.Tests.Pages.Compare.PublishedFiles;

namespace Safeguard.Web.Tests.Pages.Compare;

/// <summary>
/// The comparison pages against the shipped files read independently: England's value and the quartiles must be
/// exactly the published figures (and R type 7 quantiles of the authorities' published values).
/// </summary>
[Collection(PerformanceAppCollection.Name)]
public sealed class ComparisonPageTests(PerformanceApp fixture)
{
    private const string C1 = "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv";
    private const string D3 = "d3_cpps_subsequent_plan_2013_to_2025.csv";
    private const string D5 = "d5_cpps_at31march_by_duration_2013_to_2025.csv";
    private const string Cla = "cla_number_and_rate_per_10k_children.csv";
    private const string Lait = "lait_csc_measures_wide.csv";
    private const string Ons = "ons_mid-year_population_estimates_2012_to_2024.csv";

    private async Task<IHtmlDocument> PublicAsync(string url)
    {
        using var client = fixture.App.NewClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await SafeguardWebApp.ParseAsync(response);
    }

    private static double Cell(AngleSharp.Dom.IElement cell) =>
        double.Parse(cell.TextContent.Trim(), NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    /// <summary>(England value, every authority's value) for the year from an EES file's National and Local authority rows.</summary>
    private static (double England, List<double> Authorities) Ees(string file, int year, string column, Func<Dictionary<string, string>, bool>? filter = null)
    {
        var rows = F.Read(file).Where(r => r["time_period"] == year.ToString(CultureInfo.InvariantCulture) && (filter?.Invoke(r) ?? true)).ToList();
        var england = F.Number(rows.Single(r => r["geographic_level"] == "National")[column])!.Value;
        var las = rows.Where(r => r["geographic_level"] == "Local authority").Select(r => F.Number(r[column])).OfType<double>().ToList();
        return (england, las);
    }

    public static TheoryData<string, int> Measures => new()
    {
        { "referral_rate", 2025 },
        { "rereferral_pct", 2024 },
        { "cpp_subsequent_pct", 2023 },
        { "cla_rate", 2025 },
        { "cpp_2yrs_at31_pct", 2021 },
    };

    private static (double England, List<double> Authorities) Expected(string measure, int year) => measure switch
    {
        // LAIT publishes the authorities' rate; England is DfE's referrals over ONS 0–17 of the previous mid-year, to 1 decimal.
        "referral_rate" => (
            Math.Round(Ees(C1, year, "referral_count").England
                / F.Number(F.Read(Ons).Single(r => r["time_period"] == (year - 1).ToString(CultureInfo.InvariantCulture) && r["geographic_level"] == "National")["population_estimate"])!.Value
                * 10000, 1),
            F.Read(Lait).Where(r => r["year_label"] == year.ToString(CultureInfo.InvariantCulture)).Select(r => F.Number(r["CPP_Total_Rateper10,000"])).OfType<double>().ToList()),
        "rereferral_pct" => Ees(C1, year, "rereferral_percent"),
        "cpp_subsequent_pct" => Ees(D3, year, "CPP_subsequent_percent"),
        "cla_rate" => Ees(Cla, year, "rate_per_10000", r => r["population_type"] == "Children looked after on 31 March each year"),
        "cpp_2yrs_at31_pct" => Ees(D5, year, "2_years_or_more_percent"),
        _ => throw new ArgumentOutOfRangeException(nameof(measure)),
    };

    [Theory]
    [MemberData(nameof(Measures))]
    public async Task EnglandAndQuartiles_AreExactlyThePublishedFigures(string measure, int year)
    {
        var (england, authorities) = Expected(measure, year);
        var sorted = authorities.Order().ToList();
        var page = await PublicAsync($"/statistics?measure={measure}&year={year}");

        Assert.Equal(england, Cell(page.QuerySelector("[data-testid=england-value]")!));
        var englandRow = page.QuerySelectorAll("[data-testid=areas] tbody tr")[0];
        Assert.Equal("England", englandRow.Children[0].TextContent.Trim());
        Assert.Equal(england, Cell(englandRow.Children[1]));

        var q = page.QuerySelectorAll("[data-testid=quartiles] tbody tr td").ToList();
        Assert.Equal(sorted[0], Cell(q[0]));
        Assert.Equal(Math.Round(F.Quantile7(sorted, 0.25), 3), Cell(q[1]));
        Assert.Equal(Math.Round(F.Quantile7(sorted, 0.5), 3), Cell(q[2]));
        Assert.Equal(Math.Round(F.Quantile7(sorted, 0.75), 3), Cell(q[3]));
        Assert.Equal(sorted[^1], Cell(q[4]));
        Assert.Equal(sorted.Count, (int)Cell(q[5]));
        Assert.Equal(sorted.Count, page.QuerySelectorAll("[data-testid=ranked] tbody tr").Count(r => r.Children[0].TextContent.Trim() != "–"));
    }

    [Fact]
    public async Task ReferralRate2025_IsEngland519Point4WithQuartiles422_522_620()
    {
        var page = await PublicAsync("/statistics?measure=referral_rate&year=2025");
        Assert.Equal("519.4", page.QuerySelector("[data-testid=england-value]")!.TextContent.Trim());
        var q = page.QuerySelectorAll("[data-testid=quartiles] tbody tr td").Select(c => Math.Round(Cell(c))).ToList();
        Assert.Equal([422, 522, 620], q.Skip(1).Take(3));
    }

    [Fact]
    public async Task Ranks_FollowPolarity_TiesShareTheLowestRank()
    {
        // Re-referrals: lower is better, so rank 1 is the lowest percentage.
        var page = await PublicAsync("/statistics?measure=rereferral_pct&year=2025");
        var rows = page.QuerySelectorAll("[data-testid=ranked] tbody tr").Where(r => r.Children[0].TextContent.Trim() != "–").ToList();
        var ranks = rows.Select(r => int.Parse(r.Children[0].TextContent, CultureInfo.InvariantCulture)).ToList();
        var values = rows.Select(r => Cell(r.Children[3])).ToList();
        Assert.Equal(1, ranks[0]);
        Assert.Equal(values.Min(), values[0]);
        for (var i = 1; i < rows.Count; i++)
        {
            Assert.True(values[i] >= values[i - 1]);
            Assert.Equal(values[i] == values[i - 1] ? ranks[i - 1] : i + 1, ranks[i]);
        }
        var expected = Ees(C1, 2025, "rereferral_percent").Authorities;
        Assert.Equal(expected.Order(), values);
    }

    [Fact]
    public async Task Neighbours_AreDfEs2025Ten_WithTheirMedian()
    {
        var page = await PublicAsync("/statistics?measure=rereferral_pct&year=2025&la=886");
        var model = F.Read("sn_model_2025_wide.csv").Single(r => r["old_la_code"] == "886");
        var values = F.Read(C1).Where(r => r["time_period"] == "2025" && r["geographic_level"] == "Local authority")
            .ToDictionary(r => r["old_la_code"], r => F.Number(r["rereferral_percent"]));
        var neighbourValues = Enumerable.Range(1, 10).Select(i => values[model[$"SN_{i}"].Trim()]).OfType<double>().ToList();
        var rows = page.QuerySelectorAll("[data-testid=neighbours] tbody tr").ToList();
        Assert.Equal(12, rows.Count);
        var names = F.Read(C1).Where(r => r["time_period"] == "2025" && r["geographic_level"] == "Local authority")
            .ToDictionary(r => r["old_la_code"], r => r["la_name"]);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => names[model[$"SN_{i}"].Trim()]), rows.Take(10).Select(r => r.Children[1].TextContent.Trim()));
        Assert.Equal("Neighbours' median", rows[11].Children[1].TextContent.Trim());
        Assert.Equal(Math.Round(F.Median(neighbourValues), 3), Cell(rows[11].Children[2]));
        Assert.Contains("Kent", rows[10].Children[1].TextContent, StringComparison.Ordinal);
        Assert.Equal(values["886"], Cell(rows[10].Children[2]));
    }

    [Fact]
    public async Task FunnelPlot_FlagsTheSameOutliersAsTheLimitsFromTheFiles()
    {
        var page = await PublicAsync("/statistics?measure=rereferral_pct&year=2025&la=886");
        var svg = page.QuerySelector("svg[data-testid=funnel-chart]")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.NotNull(svg.QuerySelector("desc"));
        var rows = F.Read(C1).Where(r => r["time_period"] == "2025").ToList();
        var england = rows.Single(r => r["geographic_level"] == "National");
        var p = F.Number(england["rereferral_count"])!.Value / F.Number(england["referral_count"])!.Value;
        var expected = rows.Where(r => r["geographic_level"] == "Local authority" && F.Number(r["referral_count"]) is > 0 && F.Number(r["rereferral_percent"]) is not null)
            .Where(r =>
            {
                var n = F.Number(r["referral_count"])!.Value;
                var x = F.Number(r["rereferral_percent"])!.Value / 100;
                var se = Math.Sqrt(p * (1 - p) / n);
                return x > p + (3.09 * se) || x < p - (3.09 * se);
            })
            .Select(r => r["la_name"]).Order(StringComparer.Ordinal).ToList();
        var flagged = page.QuerySelectorAll("[data-testid=funnel] tbody tr")
            .Where(r => r.Children[9].TextContent.Trim() != "No").Select(r => r.Children[0].TextContent.Trim()).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, flagged);
    }

    [Fact]
    public async Task Trend_ShowsTheAuthorityEnglandAndNeighboursEachYear()
    {
        var page = await PublicAsync("/statistics?measure=rereferral_pct&year=2025&la=886");
        Assert.Equal("img", page.QuerySelector("svg[data-testid=trend-chart]")!.GetAttribute("role"));
        var rows = page.QuerySelectorAll("[data-testid=trend] tbody tr").ToList();
        var c1 = F.Read(C1);
        foreach (var row in rows)
        {
            var year = row.Children[0].TextContent.Trim();
            var kent = F.Number(c1.Single(r => r["time_period"] == year && r["old_la_code"] == "886")["rereferral_percent"]);
            var england = F.Number(c1.Single(r => r["time_period"] == year && r["geographic_level"] == "National")["rereferral_percent"]);
            Assert.Equal(kent, Cell(row.Children[1]));
            Assert.Equal(england, Cell(row.Children[2]));
        }
        Assert.Equal(13, rows.Count);
    }

    [Fact]
    public async Task SortByName_WorksFromTheQueryString()
    {
        var page = await PublicAsync("/statistics?measure=rereferral_pct&year=2025&sort=name&dir=asc");
        var names = page.QuerySelectorAll("[data-testid=ranked] tbody tr").Where(r => r.Children[0].TextContent.Trim() != "–")
            .Select(r => r.Children[1].TextContent.Trim()).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal("ascending", page.QuerySelectorAll("[data-testid=ranked] thead th")[1].GetAttribute("aria-sort"));
        var desc = await PublicAsync("/statistics?measure=rereferral_pct&year=2025&sort=name&dir=desc");
        Assert.Equal(names.AsEnumerable().Reverse().First(), desc.QuerySelectorAll("[data-testid=ranked] tbody tr")[0].Children[1].TextContent.Trim());
    }

    [Fact]
    public async Task Csv_OfTheRankedTableHasEveryAuthority()
    {
        using var client = fixture.App.NewClient();
        var response = await client.GetAsync(new Uri("/statistics?measure=referral_rate&year=2025&format=csv&table=ranked", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Rank,Authority,Region,Value,Quartile band", lines[0], StringComparison.Ordinal);
        Assert.Equal(Expected("referral_rate", 2025).Authorities.Count, lines.Skip(1).Count(l => !l.StartsWith('–')));
        var areas = await client.GetStringAsync(new Uri("/statistics?measure=referral_rate&year=2025&format=csv&table=areas", UriKind.Relative));
        Assert.Contains("England,519.4", areas, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_ComparesTheAuthorityOnEveryMeasure()
    {
        var page = await PublicAsync("/statistics/authorities/886?year=2025");
        Assert.Equal("Kent", page.QuerySelector("h1")!.TextContent.Trim());
        var rows = page.QuerySelectorAll("[data-testid=profile] tbody tr").ToList();
        Assert.True(rows.Count >= 25);
        var reReferral = rows.Single(r => r.Children[0].TextContent.Trim() == "Re-referrals within 12 months (%)");
        var c1 = F.Read(C1).Where(r => r["time_period"] == "2025").ToList();
        Assert.Equal(F.Number(c1.Single(r => r["old_la_code"] == "886")["rereferral_percent"]), Cell(reReferral.Children[2]));
        Assert.Equal(F.Number(c1.Single(r => r["geographic_level"] == "National")["rereferral_percent"]), Cell(reReferral.Children[5]));
        Assert.Matches(@"^\d+ of 15\d$", reReferral.Children[3].TextContent.Trim());
        using var client = fixture.App.NewClient();
        var csv = await client.GetStringAsync(new Uri("/statistics/authorities/886?year=2025&format=csv", UriKind.Relative));
        Assert.Contains("Re-referrals within 12 months (%),2025,", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/statistics", "/statistics/authorities/886")]
    public async Task PublicPages_NeedNoSignIn_AndShowNoChildData(params string[] urls)
    {
        foreach (var url in urls)
        {
            using var client = fixture.App.NewClient();
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            foreach (var childData in new[] { "Testwood", "Otherton", "Drilldown", "T0001", "/children/", "Sign out" })
                Assert.DoesNotContain(childData, html, StringComparison.Ordinal);
        }
        using var anonymous = fixture.App.NewClient();
        var signedInOnly = await anonymous.GetAsync(new Uri("/compare", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, signedInOnly.StatusCode);
        Assert.Contains("/sign-in", signedInOnly.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInCompare_ShowsTheSameFigures()
    {
        using var client = await fixture.SignedInAsync(Core.Workforce.WorkerRole.SocialWorker);
        var page = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri("/compare?measure=referral_rate&year=2025", UriKind.Relative)));
        Assert.Equal("519.4", page.QuerySelector("[data-testid=england-value]")!.TextContent.Trim());
        Assert.StartsWith("/compare/authorities/", page.QuerySelector("[data-testid=ranked] tbody a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/statistics?measure=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "Choose a measure from the list")]
    [InlineData("/statistics?measure=referral_rate&year=1850", "Choose a year from")]
    [InlineData("/statistics?measure=referral_rate&year=twenty", "Choose a year from")]
    [InlineData("/statistics?measure=population_0_17", "Choose a measure from the list")]
    [InlineData("/statistics?measure=referral_rate&la=%3Cb%3Ex%3C%2Fb%3E", "Choose an authority from the list")]
    [InlineData("/statistics/authorities/886?year=1850", "Choose a year from")]
    [InlineData("/compare?measure=nonsense", "Choose a measure from the list")]
    public async Task BadChoices_ShowTheErrorSummary(string url, string error)
    {
        using var client = await fixture.SignedInAsync(Core.Workforce.WorkerRole.PerformanceAnalyst);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>x</b>", html, StringComparison.Ordinal);
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Contains(Forms.Errors(page), e => e.StartsWith(error, StringComparison.Ordinal));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/statistics/authorities/000")]
    [InlineData("/statistics/authorities/%3Cscript%3E")]
    [InlineData("/statistics?measure=referral_rate&year=2025&format=csv&table=nonsense")]
    public async Task UnknownAuthorityOrTable_Answers404(string url)
    {
        using var client = fixture.App.NewClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
