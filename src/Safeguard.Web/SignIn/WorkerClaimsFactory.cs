using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Safeguard.Data;
using Safeguard.Data.Identity;

namespace Safeguard.Web.SignIn;

/// <summary>
/// Adds the user's worker, authority and role to the cookie. The role comes from the worker record (one source of
/// truth: moving a worker's role changes what they may do at their next sign-in or security-stamp check).
/// </summary>
public sealed class WorkerClaimsFactory(UserManager<SafeguardUser> users, RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options, SafeguardDbContext db)
    : UserClaimsPrincipalFactory<SafeguardUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(SafeguardUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var worker = await db.Workers.FindAsync(user.WorkerId)
            ?? throw new InvalidOperationException($"User {user.Id} is linked to worker {user.WorkerId}, which does not exist.");
        identity.AddClaim(new Claim(SafeguardClaims.WorkerId, worker.Id.ToString()));
        identity.AddClaim(new Claim(SafeguardClaims.AuthorityId, worker.AuthorityId.ToString()));
        identity.AddClaim(new Claim(SafeguardClaims.WorkerName, worker.Name));
        identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, worker.Role.ToString()));
        return identity;
    }
}
