using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Data.Records;
using Safeguard.Generator;

namespace Safeguard.Web.Startup;

/// <summary>
/// The demo authority: a small synthetic borough (about twice Rutland's published 2025 figures) with two years of
/// history ending today, so the work tray holds live work. Every person in it is made up by the generator.
/// </summary>
public sealed class GeneratedDemoAuthority : IDemoAuthoritySeeder
{
    public static AuthorityTargets Targets { get; } = BuiltInTargets.Rutland2025 with
    {
        LaCode = "999", Name = "Demo Borough Council", OnsCode = null,
        ReferralsPerYear = 800, Section47sPerYear = 210, InitialConferencesPerYear = 90, PlanStartsPerYear = 78,
        PlansAt31March = 60, ChildrenInNeedAt31March = 380, LookedAfterAt31March = 70, LookedAfterStartsPerYear = 28,
        Population0To17 = 16_000, SocialWorkerFte = 32,
    };

    /// <summary>Stored through the seed's batch writer (its own short-lived contexts on the app's database).</summary>
    public Task<Guid> SeedAsync(SafeguardDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var database = db.Database.GetConnectionString() ?? throw new InvalidOperationException("The app's database has no connection string.");
        var authority = AuthorityGenerator.AuthorityFor(Targets);
        AuthorityGenerator.Generate(authority, Targets, years: 2, seed: 2009, endDate: today, new GeneratedAuthorityWriter(database));
        return Task.FromResult(authority.Id);
    }
}
