using System.Globalization;
using Safeguard.Cli.Indicators;
using Safeguard.Core.Indicators;
using Safeguard.Core.Published;
using Safeguard.Generator;

namespace Safeguard.Cli.Seeding;

/// <summary>
/// `./safeguard calibration --like Kent --years 3`: generates an authority in memory and prints the mean of the
/// generated years' counts (the last ten at most) beside the published 2025 figures it was calibrated to, each with
/// its difference. With --indicators it also computes the national indicators for those years and prints their mean
/// beside the authority's published values. One generated year of a small authority varies by chance about as much as
/// the ±2 pp checked (Wiltshire's 416 plans: NI 65 ± 2.1 pp for one standard error), so the years are averaged.
/// </summary>
public sealed class CalibrationCommand : ICliCommand
{
    public const double Tolerance = 0.10;

    public string Name => "calibration";
    public string Summary => "Compare a generated authority's counts with the real one's published 2025 figures";
    public string Usage => "--like <authority name or LA code> [--years 3] [--seed 1] [--indicators]";

    public Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var la = PublishedData.FindAuthority(line.Required("like"));
        var years = line.Int("years", 3);
        if (years is < 1 or > 30) throw new CommandLineException("--years must be between 1 and 30.");
        var year = PublishedTargets.CalibrationYear;
        var end = new DateOnly(year, 3, 31);
        var targets = PublishedTargets.For(PublishedData.Statistics, la, year);
        var averaged = Math.Min(years, AveragedYears);
        var yearEnds = Enumerable.Range(0, averaged).Select(i => end.AddYears(i - averaged + 1)).ToList();
        IndicatorSink? indicators = null;
        var indicatorSinks = new List<IndicatorSink>();
        if (line.Has("indicators"))
            foreach (var yearEnd in yearEnds)
            {
                indicators = new IndicatorSink(new IndicatorContext(yearEnd) { Population0To17 = targets.Population0To17 }, indicators);
                indicatorSinks.Add(indicators);
            }
        var sink = new CountingSink(yearEnds, indicators);
        AuthorityGenerator.Generate(AuthorityGenerator.AuthorityFor(targets), targets, years, line.Int("seed", 1), end, sink, new ConsoleProgress(error));
        error.WriteLine();

        var rows = Compare(sink.Results, targets);
        var generated = yearEnds.Count == 1 ? $"generated year ending 31 March {year}"
            : $"mean of the {yearEnds.Count} generated years ending 31 March {yearEnds[0].Year}–{year}";
        output.WriteLine($"{la.Name} ({la.LaCode}): {generated} against published {year - 1}-{year % 100:00} figures");
        output.WriteLine($"{"measure",-32} {"generated",10} {"published",10} {"difference",11}  within ±{Tolerance:P0}");
        foreach (var r in rows)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Measure,-32} {r.Generated,10:N1} {r.Published,10:N1} {r.Difference,10:+0.0%;-0.0%}  {(r.Within ? "yes" : "NO")}"));
        var indicatorsWithin = true;
        if (indicatorSinks.Count > 0) indicatorsWithin = WriteIndicators(Mean(indicatorSinks.Select(i => i.Report()).ToList()), la, year, output);
        return Task.FromResult(rows.All(r => r.Within) && indicatorsWithin ? 0 : 1);
    }

    /// <summary>The percentages the generator is calibrated to: checked to ±2 percentage points.</summary>
    public static readonly IReadOnlySet<string> CalibratedPercentages = new HashSet<string>(StringComparer.Ordinal)
    {
        IndicatorCatalogue.ReReferralPercent, IndicatorCatalogue.CppSubsequentPercent, IndicatorCatalogue.IcpcWithin15WorkingDaysPercent,
        IndicatorCatalogue.AssessmentsWithin45WorkingDaysPercent, IndicatorCatalogue.CppEnding2YearsPercent, IndicatorCatalogue.Cpp2YearsAt31MarchPercent,
    };

    public const double PercentagePointTolerance = 2.0;

    /// <summary>At most this many of the last generated years are averaged.</summary>
    public const int AveragedYears = 10;

    /// <summary>Each indicator's value averaged over the years' reports (none where a year has none).</summary>
    private static IndicatorReport Mean(IReadOnlyList<IndicatorReport> years) =>
        years[^1] with
        {
            Results = [.. years[^1].Results.Select(r => r with
            {
                Value = years.Select(y => y[r.Id].Value).ToList() is var values && values.All(v => v is not null) ? values.Average() : null,
            })],
        };

    /// <summary>Safeguard's indicators beside the authority's published values; true when every calibrated percentage is within ±2 pp.</summary>
    private static bool WriteIndicators(IndicatorReport report, LocalAuthority la, int year, TextWriter output)
    {
        var statistics = PublishedData.Statistics;
        output.WriteLine();
        output.WriteLine($"National indicators, year ending 31 March {year}, beside {la.Name}'s published {year} values (percentages: difference in points)");
        output.WriteLine($"{"indicator (* working definition)",-66} {"Safeguard",10} {"published",10} {"difference",11}  within ±{PercentagePointTolerance:0} pp");
        var allWithin = true;
        foreach (var r in report.Results)
        {
            var published = r.Definition.PublishedMeasureId is { } m ? statistics.Value(m, year, la.LaCode) : null;
            var unit = r.Definition.Unit;
            var difference = "";
            var verdict = "";
            if (published is { } p && r.Value is { } v)
            {
                // Rounded first so a difference of -0.01 reads "+0.0", not "-+0.0".
                difference = unit == MeasureUnit.Percent
                    ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(v - p, 1) + 0.0:+0.0;-0.0} pp")
                    : p == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"{Math.Round((v - p) / p, 3) + 0.0:+0.0%;-0.0%}");
                if (CalibratedPercentages.Contains(r.Id))
                {
                    var within = Math.Abs(v - p) <= PercentagePointTolerance;
                    allWithin &= within;
                    verdict = within ? "yes" : "NO";
                }
            }
            output.WriteLine($"{IndicatorTable.Title(r.Definition),-66} {IndicatorTable.Format(r.Value, unit),10} {IndicatorTable.Format(published, unit),10} {difference,11}  {verdict}");
        }
        return allWithin;
    }

    public sealed record Row(string Measure, double Generated, double Published)
    {
        public double Difference => Published == 0 ? 0 : (Generated - Published) / Published;
        public bool Within => Math.Abs(Difference) <= Tolerance;
    }

    /// <summary>The years' mean counts beside the targets.</summary>
    public static IReadOnlyList<Row> Compare(IReadOnlyList<YearCounts> years, AuthorityTargets targets)
    {
        double Mean(Func<YearCounts, double> value) => years.Average(value);
        return
        [
            new("Referrals", Mean(c => c.Referrals), targets.ReferralsPerYear),
            new("Re-referrals within 12 months %", Mean(c => c.ReReferralPercent), targets.ReReferralPercent),
            new("Section 47 enquiries", Mean(c => c.Section47Enquiries), targets.Section47sPerYear),
            new("Initial CP conferences", Mean(c => c.InitialConferences), targets.InitialConferencesPerYear),
            new("CP plans at 31 March", Mean(c => c.PlansAt31March), targets.PlansAt31March),
            new("Children in need at 31 March", Mean(c => c.ChildrenInNeedAt31March), targets.ChildrenInNeedAt31March),
            new("Looked after at 31 March", Mean(c => c.LookedAfterAt31March), targets.LookedAfterAt31March),
        ];
    }
}
