using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Data.Audit;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Access;

/// <summary>Reading a child's record through any page leaves exactly one audit entry for that child, and the chain still verifies.</summary>
[Collection(WebAppCollection.Name)]
public sealed class AuditOnReadTests(SafeguardWebApp app)
{
    private async Task<long> LastSequenceAsync()
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        return await db.Set<AuditEntry>().MaxAsync(a => (long?)a.Sequence) ?? 0;
    }

    private async Task<List<AuditEntry>> EntriesSinceAsync(long sequence, Guid childId)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        return await db.Set<AuditEntry>().Where(a => a.Sequence > sequence && a.ChildId == childId).ToListAsync();
    }

    [Fact]
    public async Task EveryChildRoute_ReadOnce_WritesExactlyOneEntryNamingTheUser()
    {
        var children = await MatrixFixture.ChildrenAsync(app);
        var child = children[Relation.Allocated];
        using var client = app.NewClient();
        await SafeguardWebApp.SignInAsync(client, SafeguardWebApp.UserFor(WorkerRole.SocialWorker), SafeguardWebApp.Password);
        var failures = new List<string>();
        foreach (var route in AuthorisationMatrixTests.ChildRoutes(app))
        {
            var before = await LastSequenceAsync();
            var response = await client.GetAsync(new Uri(AuthorisationMatrixTests.Fill(route, child), UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK) continue; // a page about a part this child has not got
            var entries = await EntriesSinceAsync(before, child.Id);
            if (entries.Count != 1 || entries[0].Action != AuditAction.Viewed || entries[0].UserName != SafeguardWebApp.UserFor(WorkerRole.SocialWorker)
                || entries[0].Role != nameof(WorkerRole.SocialWorker))
                failures.Add($"/{route}: {entries.Count} entries ({string.Join(", ", entries.Select(e => $"{e.Action} {e.What} by {e.UserName}/{e.Role}"))})");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/children")]
    [InlineData("/children?q=matrixchild")]
    public async Task ListsShowingChildren_WriteOneEntryPerChildShown(string url)
    {
        var children = await MatrixFixture.ChildrenAsync(app);
        using var client = app.NewClient();
        await SafeguardWebApp.SignInAsync(client, SafeguardWebApp.UserFor(WorkerRole.SocialWorker), SafeguardWebApp.Password);
        var before = await LastSequenceAsync();
        var html = await (await client.GetAsync(new Uri(url, UriKind.Relative))).Content.ReadAsStringAsync();

        await using var db = SafeguardDatabase.Open(app.Database);
        var entries = await db.Set<AuditEntry>().Where(a => a.Sequence > before).ToListAsync();
        var shown = await db.Children.Where(c => entries.Select(e => e.ChildId).Contains(c.Id)).Select(c => new { c.Id, Name = c.GivenName + " " + c.FamilyName }).ToListAsync();
        Assert.NotEmpty(shown);
        Assert.All(shown, c => Assert.Contains(c.Name, html, StringComparison.Ordinal));
        Assert.Equal(entries.Count, entries.Select(e => e.ChildId).Distinct().Count());
        // The allocated child is on both children lists (the work tray shows only children with something due).
        if (url.StartsWith("/children", StringComparison.Ordinal)) Assert.Contains(entries, e => e.ChildId == children[Relation.Allocated].Id);
        Assert.DoesNotContain(entries, e => e.ChildId == children[Relation.OtherTeam].Id);
    }

    [Fact]
    public async Task AfterReadsAndChanges_TheChainVerifies()
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        var result = await AuditVerification.VerifyAsync(db);
        Assert.True(result.IsIntact, string.Join("\n", result.Problems));
    }
}
