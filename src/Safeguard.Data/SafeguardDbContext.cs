using Microsoft.EntityFrameworkCore;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.LookedAfter;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;

namespace Safeguard.Data;

/// <summary>
/// The case records on SQLite or PostgreSQL. The domain's aggregates are mapped as they are (private setters and
/// backing fields), every statutory item in its own typed column or table — no JSON blobs.
/// </summary>
public sealed class SafeguardDbContext(DbContextOptions<SafeguardDbContext> options) : DbContext(options)
{
    public DbSet<Authority> Authorities => Set<Authority>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<Worker> Workers => Set<Worker>();
    public DbSet<Child> Children => Set<Child>();
    public DbSet<FamilyMember> FamilyMembers => Set<FamilyMember>();
    public DbSet<Professional> Professionals => Set<Professional>();
    public DbSet<EpisodeOfNeed> Episodes => Set<EpisodeOfNeed>();
    public DbSet<PeriodOfCare> PeriodsOfCare => Set<PeriodOfCare>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database and safe when members are added.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SafeguardDbContext).Assembly);
}
