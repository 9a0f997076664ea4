using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data.Identity;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.LookedAfter;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;

namespace Safeguard.Data;

/// <summary>
/// The case records on SQLite or PostgreSQL. The domain's aggregates are mapped as they are (private setters and
/// backing fields), every statutory item in its own typed column or table — no JSON blobs. The sign-in tables
/// (ASP.NET Core Identity, Guid keys) live in the same database so a user and their worker commit together.
/// </summary>
public sealed class SafeguardDbContext(DbContextOptions<SafeguardDbContext> options)
    : IdentityDbContext<SafeguardUser, IdentityRole<Guid>, Guid>(options)
{
    /// <summary>
    /// Pinned, not read from the app's IdentityOptions, so the model (and the hand-written migration) is the same
    /// whether the context is built by the web app, the CLI or a test. Version 3 includes the passkeys table.
    /// </summary>
    protected override Version SchemaVersion => IdentitySchemaVersions.Version3;

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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SafeguardDbContext).Assembly);
    }
}
