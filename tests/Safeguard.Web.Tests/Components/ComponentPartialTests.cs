using System.Globalization;
using System.Text.Json;
using Safeguard.Web.Components;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Components;

/// <summary>Our GOV.UK partials against GOV.UK Frontend's own fixtures for the same options.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ComponentPartialTests(SafeguardWebApp app)
{
    private Task<string> Render<T>(string partial, T model) =>
        PartialRenderer.RenderAsync(app.Services, $"/Pages/Shared/Components/{partial}.cshtml", model);

    [Fact]
    public async Task ErrorSummary_MatchesTheDefaultFixture()
    {
        var (options, html) = GovUkFixtures.Load("error-summary", "default");
        var errors = options.GetProperty("errorList").EnumerateArray()
            .Select(e => new FieldError(e.GetProperty("href").GetString()!.TrimStart('#'), e.GetProperty("text").GetString()!)).ToList();
        var ours = await Render("_ErrorSummary", new ErrorSummaryModel(errors, options.GetProperty("titleText").GetString()!));
        Assert.Equal(GovUkFixtures.Skeleton(html), GovUkFixtures.Skeleton(ours));
    }

    [Theory]
    [InlineData("default", null)]
    [InlineData("grey", "grey")]
    [InlineData("red", "red")]
    public async Task Tag_MatchesTheFixture(string fixture, string? colour)
    {
        var (options, html) = GovUkFixtures.Load("tag", fixture);
        var ours = await Render("_Tag", new TagModel(options.GetProperty("text").GetString()!, colour));
        Assert.Equal(GovUkFixtures.Skeleton(html), GovUkFixtures.Skeleton(ours));
    }

    [Fact]
    public async Task BackLink_MatchesTheFixture()
    {
        var (options, html) = GovUkFixtures.Load("back-link", "with custom text and link");
        var ours = await Render("_BackLink", new BackLinkModel(options.GetProperty("href").GetString()!, options.GetProperty("text").GetString()!));
        Assert.Equal(GovUkFixtures.Skeleton(html), GovUkFixtures.Skeleton(ours));
    }

    [Theory]
    [InlineData("with values")]
    [InlineData("with error message and hint")]
    [InlineData("with error on day input")]
    [InlineData("with error on month input")]
    public async Task DateInput_MatchesTheFixture(string fixture)
    {
        var (options, html) = GovUkFixtures.Load("date-input", fixture);
        string? Text(string property) => options.TryGetProperty(property, out var p) ? p.GetProperty("text").GetString() : null;
        string? Value(string part) => options.TryGetProperty("values", out var v) && v.TryGetProperty(part, out var x) ? x.GetInt32().ToString(CultureInfo.InvariantCulture) : null;
        var errorParts = new[] { "day", "month", "year" }
            .Where(p => options.TryGetProperty(p, out var o) && o.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.True).ToList();
        var model = new DateInputModel(
            options.GetProperty("id").GetString()!, "Date",
            options.GetProperty("fieldset").GetProperty("legend").GetProperty("text").GetString()!,
            Text("hint"), new DateParts { Day = Value("day"), Month = Value("month"), Year = Value("year") },
            Text("errorMessage"), errorParts);
        var ours = await Render("_DateInput", model);
        Assert.Equal(GovUkFixtures.Skeleton(html), GovUkFixtures.Skeleton(ours));
    }
}
