using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.LookedAfter;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Data.Audit;
using Safeguard.Data.Records;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.Care;

/// <summary>
/// Made-up children for the looked-after and chronology tests: each test gets a fresh child allocated to Sam
/// Placeholder (the demo social worker), built with the domain's own methods, so tests never share state.
/// </summary>
internal static class CareRecords
{
    public static DateOnly Today => new Startup.Today(TimeProvider.System).Date;

    /// <summary>Day, month and year of a date as the form's three boxes.</summary>
    public static Dictionary<string, string> Date(string name, DateOnly date) => new()
    {
        [$"{name}.Day"] = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{name}.Month"] = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{name}.Year"] = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static Dictionary<string, string> With(Dictionary<string, string> form, params (string Key, string Value)[] changes)
    {
        foreach (var (key, value) in changes) form[key] = value;
        return form;
    }

    public static Dictionary<string, string> Without(Dictionary<string, string> form, params string[] keys)
    {
        foreach (var key in keys) form.Remove(key);
        return form;
    }

    public static async Task<HttpClient> SignedInAsync(SafeguardWebApp app, WorkerRole role = WorkerRole.SocialWorker)
    {
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SafeguardWebApp.SignInAsync(client, SafeguardWebApp.UserFor(role), SafeguardWebApp.Password)).StatusCode);
        return client;
    }

    /// <summary>A new made-up child, allocated to Sam Placeholder 100 days ago, with whatever else <paramref name="build"/> records.</summary>
    public static async Task<Guid> NewChildAsync(SafeguardWebApp app, Action<Child, Guid>? build = null, bool allocate = true)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        var today = Today;
        var authority = await db.Authorities.Where(a => a.LaCode == "998").Select(a => a.Id).SingleAsync();
        var sam = await db.Workers.Where(w => w.Name == "Sam Placeholder").Select(w => w.Id).SingleAsync();
        var child = Child.Register(authority, "C" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), "Robin", "Madeupson",
            today.AddYears(-10), null, Sex.Female, "WBRI", today);
        if (allocate) child.AllocateTo(sam, today.AddDays(-100), today);
        build?.Invoke(child, sam);
        db.Add(child);
        await db.SaveChangesAsync();
        return child.Id;
    }

    /// <summary>A child looked after since 60 days ago: section 20, fostered by the authority's own carer.</summary>
    public static Task<Guid> LookedAfterChildAsync(SafeguardWebApp app, Action<PeriodOfCare>? build = null) =>
        NewChildAsync(app, (child, _) =>
        {
            var period = child.StartToBeLookedAfter(Today.AddDays(-60), "V2", "N1", "U6", "PR1", "AB1 2CD", false, Today);
            build?.Invoke(period);
        });

    public static async Task<Child> ChildAsync(SafeguardWebApp app, Guid id)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        return await db.Children.WithWholeRecord().AsNoTracking().SingleAsync(c => c.Id == id);
    }

    public static async Task<List<AuditEntry>> AuditAsync(SafeguardWebApp app, Guid childId, AuditAction action)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        return await db.Set<AuditEntry>().AsNoTracking().Where(a => a.ChildId == childId && a.Action == action).OrderBy(a => a.Sequence).ToListAsync();
    }

    /// <summary>A child with nothing to do with the demo users: outside every case worker's scope but the front door's.</summary>
    public static async Task<Guid> StrangerAsync(SafeguardWebApp app)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        return await db.Children.Where(c => c.LaChildId == "T1000").Select(c => c.Id).SingleAsync();
    }
}

/// <summary>
/// The care and chronology tests run on an app of their own: they add children allocated to the demo social worker,
/// which would change the counts that the shared app's list and work-tray tests expect. Not run alongside other
/// collections (two cores).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CareAppCollection : ICollectionFixture<SafeguardWebApp>
{
    public const string Name = "Care web app";
}
