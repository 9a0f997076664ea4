using System.Security.Claims;

namespace Safeguard.Web.SignIn;

/// <summary>What the sign-in cookie says about the user, beyond their id: their worker, authority and role.</summary>
public static class SafeguardClaims
{
    public const string WorkerId = "safeguard:worker";
    public const string AuthorityId = "safeguard:authority";
    public const string WorkerName = "safeguard:worker-name";

    public static Guid Worker(this ClaimsPrincipal user) => Read(user, WorkerId);

    public static Guid Authority(this ClaimsPrincipal user) => Read(user, AuthorityId);

    /// <summary>The user's role (one per user: it comes from their worker record).</summary>
    public static Core.Workforce.WorkerRole Role(this ClaimsPrincipal user) =>
        Enum.TryParse<Core.Workforce.WorkerRole>(user.FindFirstValue(ClaimTypes.Role), out var role) ? role
            : throw new InvalidOperationException("The signed-in user has no role claim.");

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(WorkerName) ?? user.Identity?.Name ?? "";

    private static Guid Read(ClaimsPrincipal user, string type) =>
        Guid.TryParse(user.FindFirstValue(type), out var id) ? id
            : throw new InvalidOperationException($"The signed-in user has no {type} claim.");
}
