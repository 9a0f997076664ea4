using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.People;
using Safeguard.Data;
using Safeguard.Data.Records;

namespace Safeguard.Bench.Records;

/// <summary>
/// `records --database F [--children 1000]`: what a child's whole record costs to read and to keep in memory, as the
/// web app's child pages read it and keep it (KeptRecords holds at most 1,000). Two samples: the children with the most
/// episodes of need (the heaviest records) and children with an episode open now (the ones practitioners view).
/// </summary>
internal static class WholeRecordBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault();
        var database = Option("database") ?? throw new ArgumentException("--database is required");
        var count = int.Parse(Option("children") ?? "1000", CultureInfo.InvariantCulture);

        await using var db = SafeguardDatabase.Open(database);
        var heaviest = await db.Children.AsNoTracking().OrderByDescending(c => c.Episodes.Count).ThenBy(c => c.Id)
            .Select(c => c.Id).Take(count).ToListAsync();
        var open = await db.Children.AsNoTracking().Where(c => c.Episodes.Any(e => e.ClosureDate == null)).OrderBy(c => c.Id)
            .Select(c => c.Id).Take(count).ToListAsync();

        Console.WriteLine("| sample | records | episodes a record | read ms a record (p50 / p95) | kept KB a record | all kept MB |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, ids) in new[] { ("most episodes", heaviest), ("an episode open now", open) })
        {
            var kept = new List<Child>(ids.Count);
            var times = new List<double>(ids.Count);
            var before = GC.GetTotalMemory(forceFullCollection: true);
            foreach (var id in ids)
            {
                // A context a read, as a request has.
                await using var own = SafeguardDatabase.Open(database);
                var watch = Stopwatch.StartNew();
                var child = await own.Children.WithWholeRecord().AsNoTrackingWithIdentityResolution().FirstAsync(c => c.Id == id);
                times.Add(watch.Elapsed.TotalMilliseconds);
                kept.Add(child);
            }
            var bytes = GC.GetTotalMemory(forceFullCollection: true) - before;
            times.Sort();
            var episodes = kept.Average(c => c.Episodes.Count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {kept.Count:N0} | {episodes:0.0} | {times[times.Count / 2]:0.0} / {times[(int)(times.Count * 0.95)]:0.0} | {bytes / 1024.0 / kept.Count:0.0} | {bytes / 1048576.0:0.0} |"));
            GC.KeepAlive(kept);
        }
        return 0;
    }
}
