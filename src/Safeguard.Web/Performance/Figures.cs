using System.Globalization;
using Safeguard.Core.Published;

namespace Safeguard.Web.Performance;

/// <summary>How figures are written on the pages and in downloads: counts whole, everything else to at least one decimal, never rounded beyond three.</summary>
public static class Figures
{
    public const string Missing = "–";

    public static string Format(double? value, MeasureUnit unit) => value is not { } v ? Missing
        : unit == MeasureUnit.Count ? v.ToString("#,##0.###", CultureInfo.InvariantCulture)
        : v.ToString("#,##0.0##", CultureInfo.InvariantCulture);

    public static string Count(int n) => n.ToString("#,##0", CultureInfo.InvariantCulture);

    public static string Polarity(Polarity polarity) => polarity switch
    {
        Core.Published.Polarity.HigherIsBetter => "Higher is better",
        Core.Published.Polarity.LowerIsBetter => "Lower is better",
        _ => "No polarity",
    };

    public static string Unit(MeasureUnit unit) => unit switch
    {
        MeasureUnit.Percent => "%",
        MeasureUnit.RatePer10000 => "per 10,000 children",
        MeasureUnit.Ratio => "per worker",
        _ => "count",
    };
}
