using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Safeguard.Data;
using Safeguard.Data.Records;
using Safeguard.Generator;

namespace Safeguard.Bench.Seeding;

/// <summary>
/// Seeding cost: a Kent-sized authority (published 2025 figures, scaled) generated for N years and stored, each run
/// in a fresh process so its peak memory is its own.
/// </summary>
internal static class SeedBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var years = Option(args, "--years", "10");
        var scales = Option(args, "--scales", "0.25,0.5,1").Split(',');
        var postgres = Option(args, "--postgres", Environment.GetEnvironmentVariable("SAFEGUARD_TEST_POSTGRES") ?? "");
        Console.WriteLine($"Seeding Kent x scale for {years} years (+{AuthorityGenerator.BurnInYears} burn-in), seed 1");
        Console.WriteLine($"{"database",-11} {"scale",6} {"referrals/yr",13} {"children",9} {"records",10} {"seconds",8} {"records/s",9} {"peak MB",8}");
        foreach (var provider in postgres.Length > 0 ? new[] { "sqlite", "postgresql" } : ["sqlite"])
            foreach (var scale in scales)
            {
                var target = provider == "sqlite"
                    ? Path.Combine(Path.GetTempPath(), $"bench-seed-{scale}.db")
                    : await NewPostgresDatabaseAsync(postgres, $"bench_seed_{scale.Replace('.', '_')}");
                if (provider == "sqlite") foreach (var f in Directory.GetFiles(Path.GetTempPath(), $"bench-seed-{scale}.db*")) File.Delete(f);
                var psi = new ProcessStartInfo("dotnet", [typeof(SeedBench).Assembly.Location, "seed-one", "--scale", scale, "--years", years, "--database", target])
                { RedirectStandardOutput = true };
                using var run = Process.Start(psi)!;
                var line = await run.StandardOutput.ReadToEndAsync();
                await run.WaitForExitAsync();
                Console.WriteLine($"{provider,-11} {scale,6} {line.Trim()}");
            }
        return 0;
    }

    public static async Task<int> RunOneAsync(string[] args)
    {
        var scale = double.Parse(Option(args, "--scale", "1"), CultureInfo.InvariantCulture);
        var years = int.Parse(Option(args, "--years", "10"), CultureInfo.InvariantCulture);
        var database = Option(args, "--database", "");
        var kent = BuiltInTargets.Kent2025;
        int S(int n) => (int)Math.Round(n * scale);
        var targets = kent with
        {
            ReferralsPerYear = S(kent.ReferralsPerYear), Section47sPerYear = S(kent.Section47sPerYear),
            InitialConferencesPerYear = S(kent.InitialConferencesPerYear), PlanStartsPerYear = kent.PlanStartsPerYear is { } p ? S(p) : null,
            PlansAt31March = S(kent.PlansAt31March), ChildrenInNeedAt31March = S(kent.ChildrenInNeedAt31March),
            LookedAfterAt31March = S(kent.LookedAfterAt31March), LookedAfterStartsPerYear = kent.LookedAfterStartsPerYear is { } l ? S(l) : null,
            Population0To17 = S(kent.Population0To17), SocialWorkerFte = kent.SocialWorkerFte * scale,
        };
        await SafeguardDatabase.MigrateAsync(database);
        var watch = Stopwatch.StartNew();
        var writer = new GeneratedAuthorityWriter(database);
        var summary = AuthorityGenerator.Generate(AuthorityGenerator.AuthorityFor(targets), targets, years, 1, new DateOnly(2025, 3, 31), writer);
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{targets.ReferralsPerYear,13:N0} {summary.Children,9:N0} {writer.RecordsWritten,10:N0} {seconds,8:F1} {writer.RecordsWritten / seconds,8:N0} {Measure.PeakResidentBytes() / 1048576.0,8:N0}"));
        return 0;
    }

    private static async Task<string> NewPostgresDatabaseAsync(string server, string name)
    {
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync();
        await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin)) await drop.ExecuteNonQueryAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin)) await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
