using System.Collections.Concurrent;
using System.Net;
using AngleSharp;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Safeguard.Web.Startup;

namespace Safeguard.Web.Tests.Support;

/// <summary>
/// The real app on Kestrel (a random port) over a fresh temporary SQLite database seeded by <see cref="PlaceholderSeeder"/>.
/// </summary>
public sealed class SafeguardWebApp : WebApplicationFactory<Program>
{
    public const string Password = "made-up-test-password";
    public const string SocialWorker = "social-worker@" + DemoSeeding.DemoEmailDomain;
    public const string FrontDoorWorker = "front-door-worker@" + DemoSeeding.DemoEmailDomain;

    /// <summary>The demo user of a role: every role has one, signed in with <see cref="Password"/>.</summary>
    public static string UserFor(Core.Workforce.WorkerRole role) => DemoSeeding.EmailFor(role);

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"safeguard-web-{Guid.NewGuid():N}.db");
    private readonly int _signInAttemptsPerMinute;

    public SafeguardWebApp() : this(1000, null) { }

    /// <summary>
    /// An app of its own, for tests that change the clock, the limits or break the database. Without a clock of the
    /// test's, the app's runs with the real one (moved on only to give a user a two-factor code they have not used).
    /// </summary>
    internal SafeguardWebApp(int signInAttemptsPerMinute, SettableTimeProvider? time)
    {
        _signInAttemptsPerMinute = signInAttemptsPerMinute;
        Time = time ?? new SettableTimeProvider(running: true);
        UseKestrel(0);
        StartServer();
        _registeredAs = Address;
        Running[_registeredAs] = this;
    }

    public SettableTimeProvider Time { get; }

    public string Database => _database;

    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Safeguard:Database", _database);
        builder.UseSetting("Safeguard:DemoPassword", Password);
        builder.UseSetting("Safeguard:SignInAttemptsPerMinute", _signInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(s =>
        {
            s.AddSingleton<IDemoAuthoritySeeder, PlaceholderSeeder>();
            s.AddSingleton<TimeProvider>(Time);
        });
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests look at them).</summary>
    public HttpClient NewClient() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = Address };

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        (IHtmlDocument)await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(response.Content.ReadAsStream()));

    /// <summary>
    /// Signs in as a person would, answering two-factor for them: fetches the sign-in page for its antiforgery token and
    /// posts the password; when the user has an authenticator, posts the current code; when a team manager or
    /// administrator has none yet, enrols one first (the key stays in the app's database, where
    /// <see cref="TwoFactorCodeAsync"/> reads it). Returns the response that ends signing in — a redirect to the work
    /// tray when it worked, the sign-in page with its errors when it did not — as it did before two-factor existed.
    /// </summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var response = await PostFormAsync(client, "/sign-in", new() { ["email"] = email, ["password"] = password });
        var app = Running.GetValueOrDefault(client.BaseAddress!);
        if (app is null || response.StatusCode != HttpStatusCode.Redirect) return response;
        var location = response.Headers.Location!.OriginalString;
        if (location.StartsWith("/sign-in/two-factor", StringComparison.Ordinal))
            return await PostFormAsync(client, location, new() { ["code"] = await app.TwoFactorCodeAsync(email) });
        if (await app.MustEnrolAsync(email))
        {
            await client.GetAsync(new Uri(Web.SignIn.TwoFactorSignIn.SetupPath, UriKind.Relative));
            var enrolled = await PostFormAsync(client, Web.SignIn.TwoFactorSignIn.SetupPath, new() { ["code"] = await app.TwoFactorCodeAsync(email) });
            if (enrolled.StatusCode != HttpStatusCode.OK || !(await enrolled.Content.ReadAsStringAsync()).Contains("recovery-codes", StringComparison.Ordinal))
                throw new InvalidOperationException($"Enrolling {email} in two-factor sign-in failed: {enrolled.StatusCode}");
        }
        return response;
    }

    /// <summary>
    /// A code the user's authenticator app would show, from the key in this app's database (made when the set-up page
    /// was first opened), that the app has not yet accepted from them: each code signs in once. It is for the earliest
    /// step after the user's last one that the app accepts now (from one step back, leaving time to type it); when the
    /// user has used up the steps around now, the app's clock moves on instead of the test waiting. For browser tests:
    /// open the set-up or code page, then type this.
    /// </summary>
    public async Task<string> TwoFactorCodeAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SafeguardUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        var key = await users.GetAuthenticatorKeyAsync(user)
            ?? throw new InvalidOperationException($"{email} has no authenticator key: open {Web.SignIn.TwoFactorSignIn.SetupPath} first.");
        var now = Totp.Step(Time.GetUtcNow());
        var step = await LastTwoFactorStepAsync(email) is { } last ? Math.Max(now - 1, last + 1) : now - 1;
        if (step > now + Totp.Drift) Time.Advance(TimeSpan.FromSeconds((step - now - Totp.Drift) * Totp.StepSeconds));
        return Totp.Code(key, step);
    }

    /// <summary>The time step of the last code the app accepted from the user, as it keeps it (in AspNetUserTokens).</summary>
    public async Task<long?> LastTwoFactorStepAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SafeguardUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        return await Web.SignIn.SingleUseAuthenticatorTokenProvider.LastAcceptedStepAsync(users, user);
    }

    /// <summary>A team manager or administrator without an authenticator yet.</summary>
    public async Task<bool> MustEnrolAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.SafeguardDbContext>();
        var found = await db.Users.Where(u => u.Email == email)
            .Select(u => new { u.TwoFactorEnabled, Role = db.Workers.Where(w => w.Id == u.WorkerId).Select(w => w.Role).First() })
            .FirstOrDefaultAsync();
        return found is { TwoFactorEnabled: false } && Web.SignIn.TwoFactorSignIn.IsRequiredFor(found.Role);
    }

    /// <summary>Opens a page for its form's antiforgery token (and hidden fields), then posts the fields to it.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var page = await ParseAsync(await client.GetAsync(new Uri(url, UriKind.Relative)));
        var form = page.QuerySelector("main form[method=post]") ?? page.DocumentElement;
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>())
            fields.TryAdd(hidden.Name!, hidden.Value);
        return await client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    // The apps now running, by address, so the static SignInAsync can find the database behind a client.
    private static readonly ConcurrentDictionary<Uri, SafeguardWebApp> Running = new();
    private readonly Uri? _registeredAs;

    protected override void Dispose(bool disposing)
    {
        if (_registeredAs is not null) Running.TryRemove(new KeyValuePair<Uri, SafeguardWebApp>(_registeredAs, this));
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _database, _database + "-wal", _database + "-shm" }) File.Delete(f);
    }
}

[CollectionDefinition(Name)]
public sealed class WebAppCollection : ICollectionFixture<SafeguardWebApp>
{
    public const string Name = "Web app";
}
