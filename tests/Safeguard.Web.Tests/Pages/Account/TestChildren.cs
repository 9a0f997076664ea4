using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.People;
using Safeguard.Data;
using Safeguard.Web.Startup;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.Account;

/// <summary>
/// A made-up child of its own for a test: a referral already decided (so the front door's list is unchanged), allocated
/// to a worker, restricted if asked.
/// </summary>
public static class TestChildren
{
    public const string ReferralReason = "A made-up referral only the record shows";

    public static async Task<(Guid Id, string LaChildId)> CreateAsync(SafeguardWebApp app, Guid allocatedTo, bool restricted = false, params Guid[] named)
    {
        var today = app.Services.GetRequiredService<Today>().Date;
        await using var db = SafeguardDatabase.Open(app.Database);
        var authority = await db.Authorities.Select(a => a.Id).FirstAsync();
        var laChildId = "A" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        var child = Child.Register(authority, laChildId, "Dee", "Madeupson", today.AddYears(-6), null, Sex.Female, "WBRI", today);
        var episode = child.ReceiveReferral(today.AddDays(-3), "1A", "N1", ReferralReason, null, null, today);
        episode.Decide(ReferralDecision.NoFurtherAction, today.AddDays(-2), allocatedTo, today);
        child.AllocateTo(allocatedTo, today.AddDays(-1), today);
        if (restricted) child.Restrict(true);
        foreach (var worker in named) child.OpenTo(worker, allocatedTo, today);
        db.Add(child);
        await db.SaveChangesAsync();
        return (child.Id, laChildId);
    }

    public static async Task<Guid> WorkerOfAsync(SafeguardWebApp app, string email)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        return await db.Users.Where(u => u.Email == email).Select(u => u.WorkerId).SingleAsync();
    }
}
