using Microsoft.AspNetCore.Identity;

namespace Safeguard.Data.Identity;

/// <summary>
/// A person who signs in. Every user is a <see cref="Core.Workforce.Worker"/> (their name, team and role live there);
/// this holds only what signing in needs: email, password hash, lockout and, later, the two-factor secret.
/// </summary>
public sealed class SafeguardUser : IdentityUser<Guid>
{
    public Guid WorkerId { get; set; }
}
