namespace Safeguard.Web.Startup;

/// <summary>The "Safeguard" configuration section (command line: --Safeguard:Database=...).</summary>
public sealed class SafeguardOptions
{
    public const string Section = "Safeguard";

    /// <summary>A SQLite file path or a PostgreSQL connection string ("Host=...;Database=...").</summary>
    public string Database { get; set; } = "data/safeguard.db";

    /// <summary>Seed a demo authority and one demo user per role when the database has no authority.</summary>
    public bool DemoSeeding { get; set; } = true;

    /// <summary>The demo users' password; when empty a random one is made at each seeding and printed.</summary>
    public string? DemoPassword { get; set; }

    /// <summary>Sign-in attempts allowed from one address per minute, on top of the per-account lockout.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;
}
