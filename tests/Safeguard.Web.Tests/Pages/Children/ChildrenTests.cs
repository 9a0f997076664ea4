using System.Net;
using Safeguard.Core.Clock;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.Children;

[Collection(WebAppCollection.Name)]
public sealed class ChildrenTests(SafeguardWebApp app)
{
    private async Task<HttpClient> SignedInAsync(string email = SafeguardWebApp.SocialWorker)
    {
        var client = app.NewClient();
        var response = await SafeguardWebApp.SignInAsync(client, email, SafeguardWebApp.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [Fact]
    public async Task Get_Children_ListsTheChildrenInScope50APage()
    {
        // The front door sees every child at the front door: the three open referrals and the 55 new records.
        using var client = await SignedInAsync(SafeguardWebApp.FrontDoorWorker);
        var page = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri("/children", UriKind.Relative)));
        var rows = page.QuerySelectorAll("[data-testid=children] tbody tr");
        Assert.Equal(50, rows.Length);
        // 58 from the seeder; other tests in the collection may add more children at the front door.
        var count = page.QuerySelector("[data-testid=children-count]")!.TextContent;
        Assert.Matches(@"Showing 1 to 50 of (5[89]|[6-9]\d) children", count);
        var ava = rows.Single(r => r.TextContent.Contains(PlaceholderSeeder.AllocatedChild, StringComparison.Ordinal));
        Assert.Contains("T0001", ava.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sam Placeholder", ava.TextContent, StringComparison.Ordinal);
        Assert.Contains("Open referral", ava.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-testid=next-page]"));
    }

    [Fact]
    public async Task Get_Children_ShowsASocialWorkerOnlyTheirOwnAndTheirTeamsChildren()
    {
        using var client = await SignedInAsync();
        var page = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri("/children", UriKind.Relative)));
        var names = page.QuerySelectorAll("[data-testid=children] tbody tr td:first-child").Select(c => c.TextContent.Trim()).ToList();
        // The seeder's three; other tests may allocate made-up children to the team too, but never the 55 unallocated ones.
        Assert.Contains(PlaceholderSeeder.AllocatedChild, names);
        Assert.Contains(PlaceholderSeeder.OverdueChild, names);
        Assert.Contains(PlaceholderSeeder.ColleaguesChild, names);
        Assert.DoesNotContain(names, n => n.EndsWith(" Zulu", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_ChildrenWithSearch_FindsByNameIgnoringCase()
    {
        using var client = await SignedInAsync();
        var page = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri("/children?q=testWOOD", UriKind.Relative)));
        var names = page.QuerySelectorAll("[data-testid=children] tbody tr td:first-child").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Ava Testwood", "Ben Testwood"], names);
    }

    [Fact]
    public async Task Get_ChildSummary_ShowsDetailsAndOpenClocksWithReasons()
    {
        using var client = await SignedInAsync();
        var list = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri("/children?q=ava", UriKind.Relative)));
        var href = list.QuerySelector("[data-testid=children] tbody a")!.GetAttribute("href")!;
        var page = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri(href, UriKind.Relative)));
        Assert.Equal(PlaceholderSeeder.AllocatedChild, page.QuerySelector("[data-testid=child-name]")!.TextContent.Trim());
        var clocks = page.QuerySelector("[data-testid=child-clocks]")!.TextContent;
        Assert.Contains("Decide on the referral", clocks, StringComparison.Ordinal);
        Assert.Contains("working day", clocks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownChild_Answers404PageWithoutStackTrace()
    {
        using var client = await SignedInAsync();
        var response = await client.GetAsync(new Uri($"/children/{Guid.NewGuid()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.Contains("govuk-generic-header", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ChildOfAnotherAuthority_Answers404NotForbidden()
    {
        var today = new DateOnly(2026, 11, 2);
        var other = new Authority("997", "Elsewhere Borough Council", null, "WT2023", WorkingDayConvention.ExcludeBankHolidays);
        var child = Child.Register(other.Id, "E0001", "Eve", "Elsewhere", today.AddYears(-6), null, Sex.Female, "WBRI", today);
        await using (var db = SafeguardDatabase.Open(app.Database))
        {
            db.AddRange(other, child);
            await db.SaveChangesAsync();
        }

        using var client = await SignedInAsync();
        var response = await client.GetAsync(new Uri($"/children/{child.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var list = await client.GetAsync(new Uri("/children?q=elsewhere", UriKind.Relative));
        Assert.DoesNotContain("Eve Elsewhere", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
