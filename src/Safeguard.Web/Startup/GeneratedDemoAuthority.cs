using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data;
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

    public Task<Guid> SeedAsync(SafeguardDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var authority = AuthorityGenerator.AuthorityFor(Targets);
        AuthorityGenerator.Generate(authority, Targets, years: 2, seed: 2009, endDate: today, new ContextSink(db));
        return Task.FromResult(authority.Id);
    }

    /// <summary>Saves each batch through the app's own context and lets it go, so seeding memory stays small.</summary>
    private sealed class ContextSink(SafeguardDbContext db) : IGeneratedAuthoritySink
    {
        public void AddAuthority(Authority authority) => Save([authority]);
        public void AddTeams(IReadOnlyList<Team> teams) => Save(teams);
        public void AddWorkers(IReadOnlyList<Worker> workers) => Save(workers);
        public void AddProfessionals(IReadOnlyList<Professional> professionals) => Save(professionals);
        public void AddFamilyMembers(IReadOnlyList<FamilyMember> familyMembers) => Save(familyMembers);
        public void AddChildren(IReadOnlyList<Child> children) => Save(children);
        public void Complete() { }

        private void Save(IEnumerable<object> records)
        {
            db.AddRange(records);
            db.SaveChanges();
            db.ChangeTracker.Clear();
        }
    }
}
