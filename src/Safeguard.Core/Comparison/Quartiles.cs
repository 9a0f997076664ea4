using Safeguard.Core.Published;

namespace Safeguard.Core.Comparison;

/// <summary>A = best quarter, D = worst, as LAIT shows them (polarity decides which end is A).</summary>
public enum QuartileBand
{
    A,
    B,
    C,
    D,
}

/// <summary>
/// Quartile boundaries of the authorities' values, computed as LAIT does: R's default
/// <c>quantile(x, na.rm = TRUE)</c> (type 7) over every authority with a value that year.
/// </summary>
public sealed record QuartileBands(double Min, double Q1, double Median, double Q3, double Max, int Count)
{
    public static QuartileBands? Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0
            ? null
            : new QuartileBands(sorted[0], Quantile7(sorted, 0.25), Quantile7(sorted, 0.5), Quantile7(sorted, 0.75), sorted[^1], sorted.Length);
    }

    /// <summary>R quantile type 7: h = (n − 1)p; linear interpolation between order statistics.</summary>
    public static double Quantile7(IReadOnlyList<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    /// <summary>1 = lowest values … 4 = highest (bands closed above: [min,Q1], (Q1,Q2], (Q2,Q3], (Q3,max]).</summary>
    public int Position(double value) => value <= Q1 ? 1 : value <= Median ? 2 : value <= Q3 ? 3 : 4;

    /// <summary>LAIT's band: for "lower is better" the lowest quarter is A; for "higher is better" the highest. None when polarity is neither (LAIT shows "-").</summary>
    public QuartileBand? Band(double? value, Polarity polarity)
    {
        if (value is not { } v || polarity == Polarity.Neither)
        {
            return null;
        }

        var position = Position(v);
        return (QuartileBand)(polarity == Polarity.LowerIsBetter ? position - 1 : 4 - position);
    }
}
