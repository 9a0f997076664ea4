using System.Globalization;
using Safeguard.Cli.Indicators;
using Safeguard.Core.Indicators;
using Safeguard.Core.Published;
using Safeguard.Generator;

namespace Safeguard.Cli.Seeding;

/// <summary>
/// `./safeguard calibration --like Kent --years 3`: generates an authority in memory and prints the last year's
/// counts beside the published 2025 figures it was calibrated to, each with its difference. With --indicators it also
/// computes the national indicators for that year and prints them beside the authority's published values.
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
        var indicators = line.Has("indicators")
            ? new IndicatorSink(new IndicatorContext(end) { Population0To17 = targets.Population0To17 })
            : null;
        var sink = new CountingSink([end], indicators);
        AuthorityGenerator.Generate(AuthorityGenerator.AuthorityFor(targets), targets, years, line.Int("seed", 1), end, sink, new ConsoleProgress(error));
        error.WriteLine();

        var rows = Compare(sink.Results[0], targets);
        output.WriteLine($"{la.Name} ({la.LaCode}): generated year ending 31 March {year} against published {year - 1}-{year % 100:00} figures");
        output.WriteLine($"{"measure",-32} {"generated",10} {"published",10} {"difference",11}  within ±{Tolerance:P0}");
        foreach (var r in rows)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Measure,-32} {r.Generated,10:N1} {r.Published,10:N1} {r.Difference,10:+0.0%;-0.0%}  {(r.Within ? "yes" : "NO")}"));
        var indicatorsWithin = true;
        if (indicators is not null) indicatorsWithin = WriteIndicators(indicators.Report(), la, year, output);
        return Task.FromResult(rows.All(r => r.Within) && indicatorsWithin ? 0 : 1);
    }

    /// <summary>The percentages the generator is calibrated to: checked to ±2 percentage points.</summary>
    public static readonly IReadOnlySet<string> CalibratedPercentages = new HashSet<string>(StringComparer.Ordinal)
    {
        IndicatorCatalogue.ReReferralPercent, IndicatorCatalogue.CppSubsequentPercent, IndicatorCatalogue.IcpcWithin15WorkingDaysPercent,
        IndicatorCatalogue.AssessmentsWithin45WorkingDaysPercent, IndicatorCatalogue.CppEnding2YearsPercent, IndicatorCatalogue.Cpp2YearsAt31MarchPercent,
    };

    public const double PercentagePointTolerance = 2.0;

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

    public static IReadOnlyList<Row> Compare(YearCounts counts, AuthorityTargets targets) =>
    [
        new("Referrals", counts.Referrals, targets.ReferralsPerYear),
        new("Re-referrals within 12 months %", counts.ReReferralPercent, targets.ReReferralPercent),
        new("Section 47 enquiries", counts.Section47Enquiries, targets.Section47sPerYear),
        new("Initial CP conferences", counts.InitialConferences, targets.InitialConferencesPerYear),
        new("CP plans at 31 March", counts.PlansAt31March, targets.PlansAt31March),
        new("Children in need at 31 March", counts.ChildrenInNeedAt31March, targets.ChildrenInNeedAt31March),
        new("Looked after at 31 March", counts.LookedAfterAt31March, targets.LookedAfterAt31March),
    ];
}
