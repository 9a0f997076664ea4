using Safeguard.Data;

namespace Safeguard.Web.Startup;

/// <summary>
/// Fills an empty database with a synthetic demo authority (the generator implements it). Called once, at start-up,
/// only when the database holds no authority. It saves its own changes and returns the authority's id; demo users
/// are then linked to its workers, one per <see cref="Core.Workforce.WorkerRole"/> (a worker is created for a role
/// the seeder left without one).
/// </summary>
public interface IDemoAuthoritySeeder
{
    Task<Guid> SeedAsync(SafeguardDbContext db, DateOnly today, CancellationToken cancellationToken);
}
