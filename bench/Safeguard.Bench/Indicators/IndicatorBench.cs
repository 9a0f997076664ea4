using System.Diagnostics;
using System.Globalization;
using Safeguard.Core.Indicators;
using Safeguard.Generator;

namespace Safeguard.Bench.Indicators;

/// <summary>
/// Indicator cost: a Kent-sized authority (published 2025 figures) generated for N years and held in memory, then
/// every indicator computed for the last year, with drill-down ids kept — the best of five runs after a warm-up.
/// </summary>
internal static class IndicatorBench
{
    public static int Run(string[] args)
    {
        var years = int.Parse(args.SkipWhile(a => a != "--years").Skip(1).FirstOrDefault() ?? "10", CultureInfo.InvariantCulture);
        var end = new DateOnly(2025, 3, 31);
        var sink = new InMemoryAuthoritySink();
        var targets = BuiltInTargets.Kent2025;
        AuthorityGenerator.Generate(AuthorityGenerator.AuthorityFor(targets), targets, years, 1, end, sink);
        var children = sink.Children;
        var context = new IndicatorContext(end) { Population0To17 = targets.Population0To17, Workers = sink.Workers };

        IndicatorEngine.Compute(children, context); // warm-up (JIT)
        var best = double.MaxValue;
        IndicatorReport report = null!;
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            report = IndicatorEngine.Compute(children, context);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        var allYears = Stopwatch.StartNew();
        for (var y = 0; y < years; y++) IndicatorEngine.Compute(children, context with { YearEnd = end.AddYears(-y) });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Kent 2025, {years} years: {children.Count:N0} children, {report[IndicatorCatalogue.Referrals].Numerator:N0} referrals in the last year; "
            + $"{report.Results.Count} indicators for one year in {best:F0} ms (best of 5, drill-down on); every year of the {years} in {allYears.Elapsed.TotalMilliseconds:F0} ms"));
        return 0;
    }
}
