using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Safeguard.Bench.Web;

/// <summary>
/// Time to answer a page of a running, warm web app: each path is fetched once ("first": for the dashboard, the cache miss that reads the records) and 4 more times to warm it, then N times in a row;
/// prints p50, p95 and max. Run the app first (Release), e.g.
/// <c>dotnet run -c Release --project src/Safeguard.Web -- --urls http://127.0.0.1:5089</c>. With --email and
/// --password it signs in first (for the dashboard pages).
/// </summary>
internal static partial class WebPageBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault();
        var url = new Uri(Option("url") ?? "http://127.0.0.1:5089");
        var runs = int.Parse(Option("runs") ?? "50", CultureInfo.InvariantCulture);
        var paths = args.Where((a, i) => i > 0 && args[i - 1] == "--path").ToList();
        if (paths.Count == 0)
            paths = ["/statistics?measure=referral_rate&year=2025", "/statistics?measure=rereferral_pct&year=2025&la=886", "/statistics/authorities/886?year=2025"];

        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true }) { BaseAddress = url };
        if (Option("email") is { } email && Option("password") is { } password)
        {
            var form = await client.GetStringAsync(new Uri("/sign-in", UriKind.Relative));
            var token = TokenPattern().Match(form).Groups[1].Value;
            var signIn = await client.PostAsync(new Uri("/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["email"] = email, ["password"] = password, ["__RequestVerificationToken"] = token,
            }));
            Console.WriteLine($"signed in as {email}: {(int)signIn.StatusCode}");
        }

        Console.WriteLine($"{"page",-70} {"bytes",9} {"first ms",9} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
        foreach (var path in paths)
        {
            var first = Stopwatch.StartNew();
            var bytes = (await GetAsync(client, path)).Length;
            var firstMs = first.Elapsed.TotalMilliseconds;
            for (var i = 0; i < 4; i++) await GetAsync(client, path);
            var times = new List<double>(runs);
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                await GetAsync(client, path);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path,-70} {bytes,9:N0} {firstMs,9:F1} {Percentile(times, 0.5),8:F1} {Percentile(times, 0.95),8:F1} {times[^1],8:F1}"));
        }
        return 0;
    }

    private static async Task<string> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
        return body;
    }

    /// <summary>Nearest-rank percentile of sorted times.</summary>
    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
