using System.Net;
using AngleSharp.Html.Dom;
using Safeguard.Core.People;
using Safeguard.Core.Recording;
using Safeguard.Data.Audit;
using Safeguard.Web.Tests.Support;
using Safeguard.Web.Tests.Pages.Care;
using static Safeguard.Web.Tests.Pages.Care.CareRecords;

namespace Safeguard.Web.Tests.Pages.Chronology;

/// <summary>
/// The chronology of a hand-built made-up child with six events, one of each kind and day, so each filter's answer is known:
/// allocated (social care, day -100), police contact (-90), school referral (-80), health's significant event (-70),
/// became looked after (-60), statutory visit (-50).
/// </summary>
[Collection(CareAppCollection.Name)]
public sealed class ChronologyTests(SafeguardWebApp app)
{
    private static DateOnly Day(int daysAgo) => Today.AddDays(-daysAgo);

    private Task<Guid> SixEventChildAsync() => NewChildAsync(app, (child, sam) =>
    {
        var today = Today;
        child.RecordContact(Day(90), "6", "Police called to a made-up address after a neighbour's call", null, today);
        child.ReceiveReferral(Day(80), "2A", "N1", "School worried about made-up bruising", null, null, today);
        child.AddCaseNote(Day(70), CaseNoteKind.PhoneCall, "Health visitor rang: missed appointments", sam, Agency.Health, true, today);
        var period = child.StartToBeLookedAfter(Day(60), "V2", "N1", "U6", "PR1", null, false, today);
        period.RecordVisit(Day(50), true, today);
    });

    private static async Task<IHtmlDocument> GetAsync(HttpClient client, string url) =>
        await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri(url, UriKind.Relative)));

    private static List<string> Kinds(IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=chronology-entry]").Select(e => e.GetAttribute("data-kind")!).ToList();

    private static string DateQuery(string name, DateOnly d) => $"{name}.Day={d.Day}&{name}.Month={d.Month}&{name}.Year={d.Year}";

    [Fact]
    public async Task Get_Unfiltered_ShowsEveryEntryNewestFirstWithOneViewEntry()
    {
        var id = await SixEventChildAsync();
        using var client = await SignedInAsync(app);

        var page = await GetAsync(client, $"/children/{id}/chronology");

        Assert.Equal(["Visit", "BecameLookedAfter", "SignificantEvent", "Referral", "Contact", "Allocation"], Kinds(page));
        Assert.NotNull(page.QuerySelector(".moj-timeline"));
        Assert.Equal("Chronology", Assert.Single(await AuditAsync(app, id, AuditAction.Viewed)).What);
        Assert.Equal("page", page.QuerySelector(".moj-sub-navigation a[aria-current=page]")!.GetAttribute("aria-current"));
        Assert.Equal("Chronology", page.QuerySelector(".moj-sub-navigation a[aria-current=page]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_OldestFirst_ReversesTheOrder()
    {
        var id = await SixEventChildAsync();
        using var client = await SignedInAsync(app);
        var page = await GetAsync(client, $"/children/{id}/chronology?Order=oldest");
        Assert.Equal(["Allocation", "Contact", "Referral", "SignificantEvent", "BecameLookedAfter", "Visit"], Kinds(page));
    }

    [Fact]
    public async Task Get_ByKind_KeepsOnlyThoseKinds()
    {
        var id = await SixEventChildAsync();
        using var client = await SignedInAsync(app);
        var page = await GetAsync(client, $"/children/{id}/chronology?Kind=Contact&Kind=Visit");
        Assert.Equal(["Visit", "Contact"], Kinds(page));
        Assert.Equal(["Contact", "Visit"], page.QuerySelectorAll("input[name=Kind][checked]").Select(i => i.GetAttribute("value")!).ToList());
        Assert.Contains("2 entries of 6", page.QuerySelector("[data-testid=chronology-count]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ByAgency_KeepsOnlyThoseAgencies()
    {
        var id = await SixEventChildAsync();
        using var client = await SignedInAsync(app);
        var page = await GetAsync(client, $"/children/{id}/chronology?Agency=Police&Agency=Health");
        Assert.Equal(["SignificantEvent", "Contact"], Kinds(page));
        var education = await GetAsync(client, $"/children/{id}/chronology?Agency=Education");
        Assert.Equal(["Referral"], Kinds(education));
    }

    [Fact]
    public async Task Get_ByDates_KeepsTheEntriesBetweenThemInclusive()
    {
        var id = await SixEventChildAsync();
        using var client = await SignedInAsync(app);
        var page = await GetAsync(client, $"/children/{id}/chronology?{DateQuery("From", Day(80))}&{DateQuery("To", Day(60))}");
        Assert.Equal(["BecameLookedAfter", "SignificantEvent", "Referral"], Kinds(page));
        Assert.Empty(Forms.Errors(page));
    }

    [Fact]
    public async Task Get_AllFiltersTogether_CombineAsAnd()
    {
        var id = await SixEventChildAsync();
        using var client = await SignedInAsync(app);
        var page = await GetAsync(client, $"/children/{id}/chronology?Agency=ChildrensSocialCare&Kind=Visit&Kind=Allocation&{DateQuery("From", Day(95))}");
        Assert.Equal(["Visit"], Kinds(page));
    }

    [Theory]
    [InlineData("From.Day=31&From.Month=2&From.Year=2026", "The from date must be a real date")]
    [InlineData("To.Day=1&To.Month=13&To.Year=2026", "The to date must be a real date")]
    [InlineData("From.Day=1&From.Year=2026", "The from date must include a month")]
    [InlineData("From.Day=%3Cscript%3E&From.Month=1&From.Year=2026", "The from date must be a real date")]
    [InlineData("From.Day=2&From.Month=1&From.Year=2026&To.Day=1&To.Month=1&To.Year=2026", "The to date must be the same as or after the from date")]
    public async Task Get_WrongDates_ShowTheErrorSummaryAndNoServerError(string query, string error)
    {
        var id = await SixEventChildAsync();
        using var client = await SignedInAsync(app);
        var response = await client.GetAsync(new Uri($"/children/{id}/chronology?{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Contains(error, Forms.Errors(page));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownKindsAndAgencies_AreIgnored()
    {
        var id = await SixEventChildAsync();
        using var client = await SignedInAsync(app);
        var page = await GetAsync(client, $"/children/{id}/chronology?Kind=%3Cscript%3E&Kind=3&Agency=Nobody");
        Assert.Equal(6, Kinds(page).Count);
        Assert.DoesNotContain("<script>", page.QuerySelector("main")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_HasNoNavigationShowsWhoAndWhatAndWritesOneAuditEntry()
    {
        var id = await SixEventChildAsync();
        using var client = await SignedInAsync(app);
        var screen = await GetAsync(client, $"/children/{id}/chronology?Kind=Visit&Kind=Referral&Order=oldest");
        var printLink = screen.QuerySelector("[data-testid=print-link]")!.GetAttribute("href")!;
        Assert.StartsWith($"/children/{id}/chronology/print?", printLink, StringComparison.Ordinal);

        var page = await GetAsync(client, printLink);

        Assert.Null(page.QuerySelector(".govuk-service-navigation"));
        Assert.Null(page.QuerySelector(".moj-sub-navigation"));
        Assert.Null(page.QuerySelector(".govuk-generic-header"));
        Assert.Null(page.QuerySelector(".govuk-footer"));
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Equal(["Referral", "Visit"], Kinds(page));
        Assert.Equal("Robin Madeupson", page.QuerySelector("[data-testid=print-child]")!.TextContent.Trim());
        var child = await ChildAsync(app, id);
        Assert.Equal(child.LaChildId, page.QuerySelector("[data-testid=print-child-id]")!.TextContent.Trim());
        Assert.Equal("Events: Referral, Statutory visit", page.QuerySelector("[data-testid=print-filters]")!.TextContent.Trim());
        var printedBy = page.QuerySelector("[data-testid=printed-by]")!.TextContent;
        Assert.Contains("Sam Placeholder", printedBy, StringComparison.Ordinal);
        Assert.Contains(Core.Shared.Guard.Show(Today), printedBy, StringComparison.Ordinal);

        var views = await AuditAsync(app, id, AuditAction.Viewed);
        Assert.Equal(["Chronology", "Printed the chronology"], views.Select(v => v.What));
    }

    [Fact]
    public async Task Get_ChildOutsideScope_IsNotFoundOnScreenAndInPrint()
    {
        var stranger = await StrangerAsync(app);
        using var client = await SignedInAsync(app);
        var before = (await AuditAsync(app, stranger, AuditAction.Viewed)).Count;
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/children/{stranger}/chronology", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/children/{stranger}/chronology/print", UriKind.Relative))).StatusCode);
        Assert.Equal(before, (await AuditAsync(app, stranger, AuditAction.Viewed)).Count);
    }
}
