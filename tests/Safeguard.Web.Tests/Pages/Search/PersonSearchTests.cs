using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data.Audit;
using Safeguard.Web.Tests.Pages.FrontDoor;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.Search;

/// <summary>/children as person search: misspelt and alike-sounding names, dates of birth, NHS numbers and UPNs; ranked; only what the user may see.</summary>
[Collection(WebAppCollection.Name)]
public sealed class PersonSearchTests(SafeguardWebApp app)
{
    private async Task<Guid> SamsChildAsync(string given, string family, DateOnly? born = null, string? nhs = null, Action<Child>? more = null)
    {
        var sam = await app.SamAsync();
        return await app.NewChildAsync(given, family, c => { c.AllocateTo(sam, FrontDoorTestData.Today, FrontDoorTestData.Today); more?.Invoke(c); }, born, nhs);
    }

    private static async Task<List<string>> NamesAsync(HttpClient client, string q)
    {
        var page = await client.PageAsync($"/children?q={Uri.EscapeDataString(q)}");
        return page.QuerySelectorAll("[data-testid=children] tbody tr td:first-child").Select(c => c.TextContent.Trim()).ToList();
    }

    [Fact]
    public async Task Search_WithATypo_FindsTheChild()
    {
        var family = FrontDoorTestData.UniqueName("Featherstone");
        await SamsChildAsync("Isobel", family);
        using var client = await app.SignedInAsync(WorkerRole.SocialWorker);
        // Two letters swapped, and one missing, in a long name.
        var typo = family.Replace("stone", "tsone", StringComparison.Ordinal);
        Assert.Contains($"Isobel {family}", await NamesAsync(client, typo));
        Assert.Contains($"Isobel {family}", await NamesAsync(client, "isbel " + family));
    }

    [Fact]
    public async Task Search_SoundsAlike_FindsOtherSpellingsAndRanksTheExactFirst()
    {
        var born = new DateOnly(2019, 4, 3);
        await SamsChildAsync("Kathryn", "Smyth", born);
        await SamsChildAsync("Catherine", "Smith", born);
        await SamsChildAsync("Steven", "Mohammed", born);
        using var client = await app.SignedInAsync(WorkerRole.SocialWorker);

        var names = await NamesAsync(client, "Catherine Smith 3/4/2019");
        Assert.Equal("Catherine Smith", names[0]);
        Assert.Contains("Kathryn Smyth", names);
        Assert.Contains("Steven Mohammed", await NamesAsync(client, "stephen muhammad"));
    }

    [Theory]
    [InlineData("{0:d/M/yyyy}")]
    [InlineData("{0:dd/MM/yyyy}")]
    [InlineData("{0:d M yyyy}")]
    public async Task Search_ByDateOfBirth_InTheFormatsPeopleType(string format)
    {
        var born = new DateOnly(2015, 1, 1).AddDays(Random.Shared.Next(0, 3000));
        var family = FrontDoorTestData.UniqueName("Datewell");
        await SamsChildAsync("Rosa", family, born);
        using var client = await app.SignedInAsync(WorkerRole.SocialWorker);
        Assert.Contains($"Rosa {family}", await NamesAsync(client, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, born.ToDateTime(TimeOnly.MinValue))));
    }

    [Fact]
    public async Task Search_ByNhsNumberWithOrWithoutSpaces_AndByUpn()
    {
        var nhs = NhsNumber.FromFirstNineDigits(Random.Shared.NextInt64(100_000_000, 999_999_999));
        while (nhs is null) nhs = NhsNumber.FromFirstNineDigits(Random.Shared.NextInt64(100_000_000, 999_999_999));
        var upn = UniquePupilNumber.FromBody($"998{Random.Shared.Next(0, 99_999_999):D8}1");
        var family = FrontDoorTestData.UniqueName("Numbers");
        await SamsChildAsync("Nia", family, nhs: nhs.Value.Value, more: c => c.RecordIdentifiers(nhs.Value.Value, upn.Value));
        using var client = await app.SignedInAsync(WorkerRole.SocialWorker);

        Assert.Equal([$"Nia {family}"], await NamesAsync(client, nhs.Value.ToString()));
        Assert.Equal([$"Nia {family}"], await NamesAsync(client, nhs.Value.Value));
        Assert.Equal([$"Nia {family}"], await NamesAsync(client, upn.Value));
    }

    [Fact]
    public async Task Search_ShowsOnlyChildrenInScope_AndAuditsEachShownChildOnce()
    {
        var family = FrontDoorTestData.UniqueName("Scopewell");
        var mine = await SamsChildAsync("Ada", family);
        var notMine = await app.NewChildAsync("Ada", family, c => c.ReceiveReferral(FrontDoorTestData.Today, "1A", "N1", "Made up", null, null, FrontDoorTestData.Today));
        using var client = await app.SignedInAsync(WorkerRole.SocialWorker);
        var since = await app.LastAuditAsync();

        Assert.Equal([$"Ada {family}"], await NamesAsync(client, family));

        var mineEntries = await app.AuditSinceAsync(since, mine);
        Assert.Equal(AuditAction.Searched, Assert.Single(mineEntries).Action);
        Assert.Empty(await app.AuditSinceAsync(since, notMine));
    }

    [Fact]
    public async Task Search_WithNothingUsable_SaysWhatItCouldNotUse()
    {
        using var client = await app.SignedInAsync(WorkerRole.SocialWorker);
        var page = await client.PageAsync("/children?q=" + Uri.EscapeDataString("31/2/2019"));
        Assert.Contains("31/2/2019", page.QuerySelector("[data-testid=search-ignored]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-testid=search-not-understood]"));
        Assert.Empty(page.QuerySelectorAll("[data-testid=children] tbody tr"));
    }

    [Fact]
    public async Task Search_WithMarkup_IsShownAsTextNotRun()
    {
        using var client = await app.SignedInAsync(WorkerRole.SocialWorker);
        var response = await client.GetAsync(new Uri("/children?q=" + Uri.EscapeDataString("<script>alert(1)</script>"), UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
