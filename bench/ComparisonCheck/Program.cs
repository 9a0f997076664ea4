using System.Diagnostics;
using Safeguard.Core.Comparison;
using Safeguard.Core.Published;

// Console check of load and comparison times (not a unit test): dotnet run --project bench/ComparisonCheck -c Release [data/published]
var dir = args.Length > 0 ? args[0] : Path.Combine("data", "published");

var sw = Stopwatch.StartNew();
var stats = PublishedStatisticsLoader.LoadFromDirectory(dir);
var load = sw.Elapsed;

var comparer = new AuthorityComparer(stats);
var kent = stats.Authorities.Find("Kent")!;

sw.Restart();
var first = comparer.Compare(PublishedMeasures.ReReferralPercent, 2025)!;
var firstCompare = sw.Elapsed;

const int N = 200;
sw.Restart();
for (var i = 0; i < N; i++)
{
    comparer.Compare(PublishedMeasures.ReReferralPercent, 2025);
}

var warmCompare = sw.Elapsed / N;

sw.Restart();
var sn = comparer.Neighbours(kent, PublishedMeasures.ReReferralPercent, 2025)!;
var neighbours = sw.Elapsed;

sw.Restart();
var profile = comparer.Profile(kent, 2025);
var profileTime = sw.Elapsed;

Console.WriteLine($"load: {load.TotalMilliseconds:F0} ms ({stats.Measures.Count} measures, {stats.Authorities.All.Count} authorities)");
Console.WriteLine($"compare re-referral 2025: first {firstCompare.TotalMilliseconds:F2} ms, warm {warmCompare.TotalMilliseconds:F3} ms ({first.Ranked.Count} ranked)");
Console.WriteLine($"Kent SN median re-referral 2025: {sn.Median} ({neighbours.TotalMilliseconds:F2} ms)");
Console.WriteLine($"Kent profile 2025: {profile.Lines.Count} lines in {profileTime.TotalMilliseconds:F1} ms");
