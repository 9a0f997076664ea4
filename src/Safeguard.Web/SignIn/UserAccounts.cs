using Microsoft.AspNetCore.Identity;
using Safeguard.Core.Workforce;
using Safeguard.Data.Identity;

namespace Safeguard.Web.SignIn;

/// <summary>Creates the sign-in for a worker: the one way users are made (demo seeding now, an admin page later).</summary>
public sealed class UserAccounts(UserManager<SafeguardUser> users)
{
    public async Task<SafeguardUser> CreateAsync(Worker worker, string email, string password, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var user = new SafeguardUser
        {
            Id = Guid.CreateVersion7(),
            WorkerId = worker.Id,
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            LockoutEnabled = true,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create the user {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        return user;
    }
}
