using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Data.Identity;
using Safeguard.Web.SignIn;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.Account;

/// <summary>A made-up user of its own for a test, so enrolling, locking out or changing a password touches nobody else's.</summary>
public static class TestUsers
{
    public static async Task<(string Email, Guid WorkerId)> CreateAsync(SafeguardWebApp app, WorkerRole role, Guid? teamId = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SafeguardDbContext>();
        var authority = await db.Authorities.Select(a => a.Id).FirstAsync();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var worker = new Worker(authority, teamId, $"Test {role} {suffix}", role, Agency.ChildrensSocialCare, null, null);
        db.Workers.Add(worker);
        await db.SaveChangesAsync();
        var email = $"test-{suffix}@example.test";
        await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(worker, email, SafeguardWebApp.Password);
        return (email, worker.Id);
    }

    public static async Task<SafeguardUser> FindAsync(SafeguardWebApp app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<SafeguardUser>>().FindByEmailAsync(email))!;
    }

    /// <summary>The password step alone: the response is the redirect (to the work tray or the code page).</summary>
    public static Task<HttpResponseMessage> PasswordOnlyAsync(HttpClient client, string email, string password = SafeguardWebApp.Password) =>
        Forms.SubmitAsync(client, "/sign-in", new Dictionary<string, string> { ["email"] = email, ["password"] = password });
}
