using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Data.Audit;
using Safeguard.Web.Startup;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.FrontDoor;

/// <summary>Made-up children in the state a front-door test needs, one per test, and the audit entries written since a point.</summary>
public static class FrontDoorTestData
{
    public static DateOnly Today => new Today(TimeProvider.System).Date;

    public static async Task<HttpClient> SignedInAsync(this SafeguardWebApp app, WorkerRole role)
    {
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SafeguardWebApp.SignInAsync(client, SafeguardWebApp.UserFor(role), SafeguardWebApp.Password)).StatusCode);
        return client;
    }

    public static async Task<Guid> WorkerOfAsync(this SafeguardWebApp app, WorkerRole role)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        var email = SafeguardWebApp.UserFor(role);
        return await db.Users.Where(u => u.Email == email).Select(u => u.WorkerId).SingleAsync();
    }

    /// <summary>A new child with a unique ID and a made-up name, shaped by <paramref name="shape"/> (a contact, a referral, an allocation...).</summary>
    public static async Task<Guid> NewChildAsync(this SafeguardWebApp app, string given, string family, Action<Child>? shape = null,
        DateOnly? born = null, string? nhs = null)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        var authority = await db.Authorities.Where(a => a.LaCode == "998").Select(a => a.Id).SingleAsync();
        var child = Child.Register(authority, "F" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), given, family,
            born ?? Today.AddYears(-6), null, Sex.Female, "WBRI", Today);
        if (nhs is not null) child.RecordIdentifiers(nhs, null);
        shape?.Invoke(child);
        db.Add(child);
        await db.SaveChangesAsync();
        return child.Id;
    }

    public static async Task<Guid> SamAsync(this SafeguardWebApp app) => await app.WorkerOfAsync(WorkerRole.SocialWorker);

    public static async Task<long> LastAuditAsync(this SafeguardWebApp app)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        return await db.Set<AuditEntry>().MaxAsync(a => (long?)a.Sequence) ?? 0;
    }

    public static async Task<List<AuditEntry>> AuditSinceAsync(this SafeguardWebApp app, long after, Guid childId)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        return await db.Set<AuditEntry>().Where(a => a.Sequence > after && a.ChildId == childId).OrderBy(a => a.Sequence).ToListAsync();
    }

    public static async Task<Child> LoadAsync(this SafeguardWebApp app, Guid childId)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        return (await db.Children.Include(c => c.Contacts).Include(c => c.Episodes).Include(c => c.Allocations).Include(c => c.InformationRequests)
            .Include(c => c.Addresses).AsSplitQuery().SingleAsync(c => c.Id == childId));
    }

    public static Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(this HttpClient client, string url) =>
        client.GetAsync(new Uri(url, UriKind.Relative)).ContinueWith(t => SafeguardWebApp.ParseAsync(t.Result)).Unwrap();

    public static Dictionary<string, string> Date(string name, DateOnly date) => new()
    {
        [name + ".Day"] = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [name + ".Month"] = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [name + ".Year"] = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static Dictionary<string, string> With(this Dictionary<string, string> a, Dictionary<string, string> b)
    {
        foreach (var (k, v) in b) a[k] = v;
        return a;
    }

    /// <summary>A unique made-up family name, so a test's children do not meet another test's.</summary>
    public static string UniqueName(string stem) => stem + new string(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(6).ToArray());
}
