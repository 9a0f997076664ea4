using System.Net;
using AngleSharp;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
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

    /// <summary>An app of its own, for tests that change the clock, the limits or break the database.</summary>
    internal SafeguardWebApp(int signInAttemptsPerMinute, TimeProvider? time)
    {
        _signInAttemptsPerMinute = signInAttemptsPerMinute;
        Time = time;
        UseKestrel(0);
        StartServer();
    }

    public TimeProvider? Time { get; }

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
            if (Time is not null) s.AddSingleton(Time);
        });
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests look at them).</summary>
    public HttpClient NewClient() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = Address };

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        (IHtmlDocument)await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(response.Content.ReadAsStream()));

    /// <summary>Fetches the sign-in page for its antiforgery token, then posts the form.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var page = await ParseAsync(await client.GetAsync(new Uri("/sign-in", UriKind.Relative)));
        var token = ((IHtmlInputElement)page.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        return await client.PostAsync(new Uri("/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email, ["password"] = password, ["__RequestVerificationToken"] = token,
        }));
    }

    protected override void Dispose(bool disposing)
    {
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
