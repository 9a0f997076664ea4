using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Safeguard.Core.Clock;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Data.Identity;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Startup;

/// <summary>
/// At start-up on an empty database: the demo authority (from <see cref="IDemoAuthoritySeeder"/> when one is
/// registered, else a bare authority) and one demo user per role, whose sign-in details are printed.
/// </summary>
public sealed class DemoSeeding(
    SafeguardDbContext db, UserAccounts users, Today today, IOptions<SafeguardOptions> options, IEnumerable<IDemoAuthoritySeeder> seeders)
{
    public const string DemoEmailDomain = "demo.safeguard.example";

    public async Task RunAsync(TextWriter console, CancellationToken cancellationToken = default)
    {
        if (!options.Value.DemoSeeding) return;
        if (await db.Users.AnyAsync(u => u.Email!.EndsWith("@" + DemoEmailDomain), cancellationToken))
        {
            await RemindAsync(console, cancellationToken);
            return;
        }

        // A database seeded by `./safeguard seed` has its authority but no sign-ins: give the first authority its demo users.
        var existing = await db.Authorities.OrderBy(a => a.LaCode).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        var seeder = seeders.LastOrDefault();
        Guid authorityId;
        if (existing is { } id) authorityId = id;
        else if (seeder is null)
        {
            var authority = new Authority("999", "Demo Borough Council", null, "WT2023", WorkingDayConvention.ExcludeBankHolidays);
            db.Authorities.Add(authority);
            await db.SaveChangesAsync(cancellationToken);
            authorityId = authority.Id;
        }
        else authorityId = await seeder.SeedAsync(db, today.Date, cancellationToken);

        var password = string.IsNullOrEmpty(options.Value.DemoPassword) ? RandomPassword() : options.Value.DemoPassword;
        foreach (var role in Enum.GetValues<WorkerRole>())
        {
            var worker = await DemoWorkerFor(authorityId, role, cancellationToken);
            var email = EmailFor(role);
            await users.CreateAsync(worker, email, password, cancellationToken);
            await console.WriteLineAsync($"Demo sign-in: {email} / {password} ({role})");
        }
    }

    /// <summary>On later starts, the demo users again (with the password when it is configured rather than random).</summary>
    private async Task RemindAsync(TextWriter console, CancellationToken cancellationToken)
    {
        var demoUsers = await db.Users.Where(u => u.Email!.EndsWith("@" + DemoEmailDomain)).OrderBy(u => u.Email).Select(u => u.Email).ToListAsync(cancellationToken);
        var password = string.IsNullOrEmpty(options.Value.DemoPassword) ? "(the password printed on first start)" : options.Value.DemoPassword;
        foreach (var email in demoUsers) await console.WriteLineAsync($"Demo sign-in: {email} / {password}");
    }

    /// <summary>The worker in that role with the most children allocated now (so their work tray has something in it).</summary>
    private async Task<Worker> DemoWorkerFor(Guid authorityId, WorkerRole role, CancellationToken cancellationToken)
    {
        var linked = db.Users.Select(u => u.WorkerId);
        var existing = await db.Workers
            .Where(w => w.AuthorityId == authorityId && w.Role == role && !linked.Contains(w.Id))
            .Select(w => new { Worker = w, Allocated = db.Set<Allocation>().Count(a => a.WorkerId == w.Id && a.To == null) })
            .OrderByDescending(x => x.Allocated)
            .Select(x => x.Worker)
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null) return existing;
        var worker = new Worker(authorityId, null, $"Demo {Describe(role)}", role, Agency.ChildrensSocialCare, null, null);
        db.Workers.Add(worker);
        await db.SaveChangesAsync(cancellationToken);
        return worker;
    }

    public static string EmailFor(WorkerRole role) => $"{Kebab(role)}@{DemoEmailDomain}";

    private static string Describe(WorkerRole role) => Kebab(role).Replace('-', ' ');

    private static string Kebab(WorkerRole role) =>
        string.Concat(role.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>Four random words' worth of letters: long enough for the policy, easy to type from the console.</summary>
    private static string RandomPassword() =>
        string.Join("-", Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyz23456789", 5)));
}
