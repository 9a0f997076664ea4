using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Data.Audit;
using Safeguard.Web.Tests.Pages.FrontDoor;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.Partners;

/// <summary>Partners refer through the service, follow only their own referrals, answer only questions put to them, and never reach a record.</summary>
[Collection(WebAppCollection.Name)]
public sealed class PartnerTests(SafeguardWebApp app)
{
    private static DateOnly Today => FrontDoorTestData.Today;

    private static Dictionary<string, string> Referral(string given, string family, DateOnly born, string concern, string nhs = "") => new Dictionary<string, string>
    {
        ["GivenName"] = given, ["FamilyName"] = family, ["NhsNumber"] = nhs, ["Line1"] = "", ["Town"] = "", ["Postcode"] = "", ["Concern"] = concern,
    }.With(FrontDoorTestData.Date("DateOfBirth", born));

    private async Task<List<Child>> ChildrenNamedAsync(string family)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        return await db.Children.Include(c => c.Contacts).Where(c => c.FamilyName == family).ToListAsync();
    }

    private static string ValidNhs()
    {
        NhsNumber? nhs = null;
        while (nhs is null) nhs = NhsNumber.FromFirstNineDigits(Random.Shared.NextInt64(100_000_000, 999_999_999));
        return nhs.Value.Value;
    }

    [Fact]
    public async Task Refer_NewChild_CreatesTheChildWithTheContactAndShowsItAsReceived()
    {
        var family = FrontDoorTestData.UniqueName("Referred");
        var partner = await app.WorkerOfAsync(WorkerRole.PartnerPractitioner);
        using var client = await app.SignedInAsync(WorkerRole.PartnerPractitioner);
        var since = await app.LastAuditAsync();

        var response = await Forms.SubmitAsync(client, "/refer", Referral("Pip", family, Today.AddYears(-4), "A made-up worry about bruising"));

        Assert.Equal("/my-referrals", response.Headers.Location!.OriginalString);
        var child = Assert.Single(await ChildrenNamedAsync(family));
        var contact = Assert.Single(child.Contacts);
        // The demo partner is a police officer: referral source 6 (Police).
        Assert.Equal((partner, "6"), (contact.SubmittedBy!.Value, contact.Source));
        Assert.Equal(AuditAction.Created, Assert.Single(await app.AuditSinceAsync(since, child.Id), a => a.Action != AuditAction.Searched).Action);
        var mine = await client.PageAsync("/my-referrals");
        var row = mine.QuerySelectorAll("[data-testid=my-referrals] tbody tr").Single(r => r.TextContent.Contains(family, StringComparison.Ordinal));
        Assert.Contains("Received", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("/children/", mine.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refer_ChildOnTheRecordByNhsNumber_AddsTheContactThereAndShowsOnlyTheNameAsTyped()
    {
        var nhs = ValidNhs();
        var family = FrontDoorTestData.UniqueName("Onrecord");
        var existing = await app.NewChildAsync("Rowena", family, nhs: nhs);
        var typed = FrontDoorTestData.UniqueName("Typed");
        using var client = await app.SignedInAsync(WorkerRole.PartnerPractitioner);
        var since = await app.LastAuditAsync();

        await Forms.SubmitAsync(client, "/refer", Referral("Ro", typed, Today.AddYears(-5), "A made-up worry", nhs[..3] + " " + nhs[3..6] + " " + nhs[6..]));

        Assert.Empty(await ChildrenNamedAsync(typed));
        Assert.Single((await ChildrenNamedAsync(family)).Single().Contacts);
        Assert.Equal("A partner's referral received as a contact", Assert.Single(await app.AuditSinceAsync(since, existing), a => a.Action == AuditAction.Changed).What);
        var html = (await client.PageAsync("/my-referrals")).DocumentElement.OuterHtml;
        Assert.Contains($"Ro {typed}", html, StringComparison.Ordinal);
        Assert.DoesNotContain(family, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refer_SameNameAndDateOfBirth_MatchesTheChild()
    {
        var family = FrontDoorTestData.UniqueName("Samename");
        var born = Today.AddYears(-8);
        await app.NewChildAsync("Tam", family, born: born);
        using var client = await app.SignedInAsync(WorkerRole.PartnerPractitioner);
        await Forms.SubmitAsync(client, "/refer", Referral("tam", family.ToUpperInvariant(), born, "A made-up worry"));
        Assert.Single(await ChildrenNamedAsync(family)).Contacts.Single();
    }

    [Fact]
    public async Task MyReferrals_ShowsNoOtherPartnersContributions()
    {
        var family = FrontDoorTestData.UniqueName("Otherpartner");
        Guid other;
        await using (var db = SafeguardDatabase.Open(app.Database))
        {
            var authority = await db.Authorities.Where(a => a.LaCode == "998").Select(a => a.Id).SingleAsync();
            var worker = new Worker(authority, null, "Made-up Police Officer", WorkerRole.PartnerPractitioner, Agency.Police, null, null);
            db.Add(worker);
            await db.SaveChangesAsync();
            other = worker.Id;
        }
        await app.NewChildAsync("Uma", family, c => c.RecordContact(Today, "6", $"Referred as Uma {family}, born 1 May 2020.\n\nMade up", null, Today, submittedBy: other));
        using var client = await app.SignedInAsync(WorkerRole.PartnerPractitioner);
        Assert.DoesNotContain(family, (await client.PageAsync("/my-referrals")).DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/children")]
    [InlineData("/children/new")]
    [InlineData("/front-door")]
    public async Task Partner_NeverReachesCaseWork(string url)
    {
        using var client = await app.SignedInAsync(WorkerRole.PartnerPractitioner);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Contains("/error/403", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partner_CannotOpenTheRecordOfAChildTheyReferred()
    {
        var family = FrontDoorTestData.UniqueName("Ownreferral");
        using var client = await app.SignedInAsync(WorkerRole.PartnerPractitioner);
        await Forms.SubmitAsync(client, "/refer", Referral("Vic", family, Today.AddYears(-3), "A made-up worry"));
        var child = (await ChildrenNamedAsync(family)).Single();
        var response = await client.GetAsync(new Uri($"/children/{child.Id}", UriKind.Relative));
        Assert.Contains("/error/403", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaseWorkersAsk_PartnerAnswers_OthersCannot()
    {
        var sam = await app.SamAsync();
        var partner = await app.WorkerOfAsync(WorkerRole.PartnerPractitioner);
        var child = await app.NewChildAsync("Wren", FrontDoorTestData.UniqueName("Asked"), c => c.AllocateTo(sam, Today, Today));
        using (var worker = await app.SignedInAsync(WorkerRole.SocialWorker))
        {
            var since = await app.LastAuditAsync();
            var asked = await Forms.SubmitAsync(worker, $"/children/{child}/requests/new",
                new Dictionary<string, string> { ["PartnerId"] = partner.ToString(), ["Question"] = "Has the made-up family been known to you?" });
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
            Assert.Single(await app.AuditSinceAsync(since, child), a => a.Action == AuditAction.Changed);
            var refused = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(worker, $"/children/{child}/requests/new",
                new Dictionary<string, string> { ["PartnerId"] = sam.ToString(), ["Question"] = "" }));
            Assert.Contains("Select the partner practitioner to ask", Forms.Errors(refused));
            Assert.Contains("Enter your question", Forms.Errors(refused));
        }
        var request = (await app.LoadAsync(child)).InformationRequests.Single();

        using var client = await app.SignedInAsync(WorkerRole.PartnerPractitioner);
        var list = await client.PageAsync("/my-referrals");
        Assert.NotNull(list.QuerySelector($"[data-testid=my-requests] a[href='/my-referrals/requests/{request.Id}']"));
        var bad = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(client, $"/my-referrals/requests/{request.Id}", new Dictionary<string, string> { ["Answer"] = "<script>x</script>" }));
        Assert.Contains("Your answer must not contain markup or script (text between < and >)", Forms.Errors(bad));
        var sinceAnswer = await app.LastAuditAsync();
        var answered = await Forms.SubmitAsync(client, $"/my-referrals/requests/{request.Id}", new Dictionary<string, string> { ["Answer"] = "Known to us since a made-up date" });
        Assert.Equal("/my-referrals", answered.Headers.Location!.OriginalString);
        Assert.Equal("Known to us since a made-up date", (await app.LoadAsync(child)).InformationRequests.Single().Answer);
        Assert.Single(await app.AuditSinceAsync(sinceAnswer, child), a => a.Action == AuditAction.Changed);

        // Another partner's question is not found.
        Guid otherPartner;
        await using (var db = SafeguardDatabase.Open(app.Database))
        {
            var authority = await db.Authorities.Where(a => a.LaCode == "998").Select(a => a.Id).SingleAsync();
            var worker = new Worker(authority, null, "Made-up School Nurse", WorkerRole.PartnerPractitioner, Agency.Health, null, null);
            db.Add(worker);
            await db.SaveChangesAsync();
            otherPartner = worker.Id;
        }
        var second = await app.NewChildAsync("Xan", FrontDoorTestData.UniqueName("Notyours"), c => c.AskPartner(otherPartner, "Made up?", sam, Today));
        var notMine = (await app.LoadAsync(second)).InformationRequests.Single();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/my-referrals/requests/{notMine.Id}", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("", "2", "2", "2020", "A worry", "Enter a first name")]
    [InlineData("Pip", "31", "2", "2020", "A worry", "The child's date of birth must be a real date")]
    [InlineData("Pip", "1", "1", "2099", "A worry", "The child's date of birth must be today or in the past, or the expected date of an unborn baby")]
    [InlineData("Pip", "", "", "", "A worry", "Enter the child's date of birth")]
    [InlineData("Pip", "2", "2", "2020", "", "Enter your concern")]
    [InlineData("Pip", "2", "2", "2020", "<script>alert(1)</script>", "Your concern must not contain markup or script (text between < and >)")]
    public async Task Refer_BadInput_ShowsTheErrorSummaryAndSavesNothing(string given, string day, string month, string year, string concern, string error)
    {
        var family = FrontDoorTestData.UniqueName("Badrefer");
        using var client = await app.SignedInAsync(WorkerRole.PartnerPractitioner);
        var fields = Referral(given, family, Today, concern);
        (fields["DateOfBirth.Day"], fields["DateOfBirth.Month"], fields["DateOfBirth.Year"]) = (day, month, year);
        var response = await Forms.SubmitAsync(client, "/refer", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(error, Forms.Errors(await SafeguardWebApp.ParseAsync(response)));
        Assert.Empty(await ChildrenNamedAsync(family));
    }

    [Fact]
    public async Task Refer_TooLongConcern_IsRefused()
    {
        var family = FrontDoorTestData.UniqueName("Longrefer");
        using var client = await app.SignedInAsync(WorkerRole.PartnerPractitioner);
        var page = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(client, "/refer", Referral("Pip", family, Today.AddYears(-1), new string('x', 3501))));
        Assert.Contains("Your concern must be 3500 characters or fewer", Forms.Errors(page));
        Assert.Empty(await ChildrenNamedAsync(family));
    }
}
