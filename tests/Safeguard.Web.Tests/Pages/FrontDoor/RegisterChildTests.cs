using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Data.Audit;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.FrontDoor;

/// <summary>Registering a child: the ID assigned, Created audited with the save, and the possible-duplicate warning that leaks nothing.</summary>
[Collection(WebAppCollection.Name)]
public sealed class RegisterChildTests(SafeguardWebApp app)
{
    private static Dictionary<string, string> Details(string given, string family, DateOnly born, string sex = "Female") => new Dictionary<string, string>
    {
        ["GivenName"] = given, ["FamilyName"] = family, ["Sex"] = sex, ["Ethnicity"] = "WBRI",
        ["NhsNumber"] = "", ["Upn"] = "", ["Line1"] = "1 Made Up Street", ["Town"] = "Testtown", ["Postcode"] = "TE1 1ST",
    }.With(FrontDoorTestData.Date("DateOfBirth", born));

    private async Task<List<(Guid Id, string LaChildId)>> ChildrenNamedAsync(string family)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        return (await db.Children.Where(c => c.FamilyName == family).Select(c => new { c.Id, c.LaChildId }).ToListAsync()).Select(c => (c.Id, c.LaChildId)).ToList();
    }

    [Fact]
    public async Task Post_NewChild_AssignsTheNextIdAndWritesOneCreatedEntry()
    {
        var family = FrontDoorTestData.UniqueName("Newcombe");
        using var client = await app.SignedInAsync(WorkerRole.FrontDoorWorker);
        var since = await app.LastAuditAsync();

        var response = await Forms.SubmitAsync(client, "/children/new", Details("Orla", family, FrontDoorTestData.Today.AddYears(-3)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (id, laChildId) = Assert.Single(await ChildrenNamedAsync(family));
        Assert.Matches("^C998[0-9]{7}$", laChildId);
        var audit = await app.AuditSinceAsync(since, id);
        Assert.Equal(AuditAction.Created, Assert.Single(audit).Action);
        var done = await client.PageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(laChildId, done.QuerySelector("[data-testid=la-child-id]")!.TextContent.Trim());
        Assert.NotNull(done.QuerySelector("[data-testid=record-contact]"));
        var child = await app.LoadAsync(id);
        Assert.Equal("TE1 1ST", child.CurrentAddress!.Postcode);
    }

    [Fact]
    public async Task Post_TwoNewChildren_GetConsecutiveIds()
    {
        using var client = await app.SignedInAsync(WorkerRole.FrontDoorWorker);
        var first = FrontDoorTestData.UniqueName("Firstly");
        var second = FrontDoorTestData.UniqueName("Secondly");
        await Forms.SubmitAsync(client, "/children/new", Details("Una", first, FrontDoorTestData.Today.AddYears(-2)));
        await Forms.SubmitAsync(client, "/children/new", Details("Una", second, FrontDoorTestData.Today.AddYears(-2)));
        var a = long.Parse((await ChildrenNamedAsync(first)).Single().LaChildId[4..], System.Globalization.CultureInfo.InvariantCulture);
        var b = long.Parse((await ChildrenNamedAsync(second)).Single().LaChildId[4..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(b > a, $"{b} > {a}");
    }

    [Fact]
    public async Task Post_NearMatchOutsideScope_WarnsWithNameYearAndIdOnly_ThenRegistersWhenTold()
    {
        // An existing child past the front door (referral decided, allocated): outside the front door's access.
        var family = FrontDoorTestData.UniqueName("Rahman");
        var born = new DateOnly(2018, 6, 14);
        var sam = await app.SamAsync();
        var today = FrontDoorTestData.Today;
        var existing = await app.NewChildAsync("Mohammed", family, c =>
        {
            c.ReceiveReferral(today, "6", "N1", "A made-up referral", null, null, today)
                .Decide(Core.FrontDoor.ReferralDecision.Assessment, today, sam, today);
            c.AllocateTo(sam, today, today);
        }, born);
        using var client = await app.SignedInAsync(WorkerRole.FrontDoorWorker);
        var since = await app.LastAuditAsync();

        var response = await Forms.SubmitAsync(client, "/children/new", Details("Muhammad", family, born));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("[data-testid=duplicate-warning]"));
        var cells = page.QuerySelectorAll("[data-testid=possible-duplicates] tbody tr td").Select(c => c.TextContent.Trim()).ToList();
        Assert.StartsWith($"Mohammed {family}", cells[0], StringComparison.Ordinal);
        Assert.Equal("2018", cells[1]);  // the year only: not the date of birth
        Assert.StartsWith("F", cells[2], StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"[data-testid=possible-duplicates] a[href='/children/{existing}']"));
        Assert.Single(await ChildrenNamedAsync(family));
        Assert.Empty(await app.AuditSinceAsync(since, existing));

        var confirmed = await Forms.SubmitAsync(client, "/children/new", page, new Dictionary<string, string> { ["Decision"] = "new" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(2, (await ChildrenNamedAsync(family)).Count);
    }

    [Fact]
    public async Task Post_NearMatchInScope_OffersToOpenTheExistingRecord()
    {
        var family = FrontDoorTestData.UniqueName("Smyth");
        var born = new DateOnly(2017, 2, 9);
        var existing = await app.NewChildAsync("Kathryn", family, born: born);
        using var client = await app.SignedInAsync(WorkerRole.FrontDoorWorker);
        var since = await app.LastAuditAsync();

        var page = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(client, "/children/new", Details("Catherine", family, new DateOnly(2017, 9, 2))));

        Assert.NotNull(page.QuerySelector($"[data-testid=possible-duplicates] a[href='/children/{existing}']"));
        Assert.Equal(AuditAction.Searched, Assert.Single(await app.AuditSinceAsync(since, existing)).Action);
        var open = await Forms.SubmitAsync(client, "/children/new", page, new Dictionary<string, string> { ["Decision"] = existing.ToString() });
        Assert.Equal($"/children/{existing}", open.Headers.Location!.OriginalString);
        Assert.Single(await ChildrenNamedAsync(family));
    }

    [Fact]
    public async Task Post_Stranger_IsNotWarnedAbout()
    {
        var born = new DateOnly(2016, 3, 3);
        await app.NewChildAsync("Harriet", FrontDoorTestData.UniqueName("Unrelated"), born: born);
        using var client = await app.SignedInAsync(WorkerRole.FrontDoorWorker);
        var response = await Forms.SubmitAsync(client, "/children/new", Details("Zebedee", FrontDoorTestData.UniqueName("Quill"), born));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Theory]
    [InlineData("", "2", "2", "2020", "Female", "Enter a first name")]
    [InlineData("<script>alert(1)</script>", "2", "2", "2020", "Female", "A first name must not contain markup or script (text between < and >)")]
    [InlineData("Orla", "31", "2", "2020", "Female", "The date of birth must be a real date")]
    [InlineData("Orla", "1", "1", "2099", "Female", "The date of birth must be today or in the past")]
    [InlineData("Orla", "1", "1", "1990", "Female", "The date of birth must be within the last 25 years")]
    [InlineData("Orla", "", "", "", "Female", "Enter a date of birth, or an expected date of birth for an unborn child")]
    [InlineData("Orla", "2", "2", "2020", "", "Select the child's sex")]
    [InlineData("Orla", "2", "2", "2020", "Sabotage", "Select the child's sex")]
    public async Task Post_BadInput_ShowsTheErrorSummaryAndSavesNothing(string given, string day, string month, string year, string sex, string error)
    {
        var family = FrontDoorTestData.UniqueName("Badinput");
        using var client = await app.SignedInAsync(WorkerRole.FrontDoorWorker);
        var fields = Details(given, family, FrontDoorTestData.Today.AddYears(-1), sex);
        fields["DateOfBirth.Day"] = day; fields["DateOfBirth.Month"] = month; fields["DateOfBirth.Year"] = year;

        var response = await Forms.SubmitAsync(client, "/children/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Contains(error, Forms.Errors(page));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Empty(await ChildrenNamedAsync(family));
    }

    [Fact]
    public async Task Post_TooLongNameAndBadNhsNumber_AreRefused()
    {
        using var client = await app.SignedInAsync(WorkerRole.SocialWorker);
        var family = new string('x', 101);
        var fields = Details("Orla", family, FrontDoorTestData.Today.AddYears(-1));
        var page = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(client, "/children/new", fields));
        Assert.Contains("A last name must be 100 characters or fewer", Forms.Errors(page));
        fields = Details("Orla", FrontDoorTestData.UniqueName("Nhs"), FrontDoorTestData.Today.AddYears(-1));
        fields["NhsNumber"] = "123 456 7890";
        page = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(client, "/children/new", fields));
        Assert.Contains(Forms.Errors(page), e => e.StartsWith("Enter a valid NHS number", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_AsAConferenceChair_IsForbidden()
    {
        using var client = await app.SignedInAsync(WorkerRole.ConferenceChair);
        var response = await client.GetAsync(new Uri("/children/new", UriKind.Relative));
        Assert.Contains("/error/403", response.Headers.Location?.OriginalString ?? response.StatusCode.ToString(), StringComparison.Ordinal);
    }
}
