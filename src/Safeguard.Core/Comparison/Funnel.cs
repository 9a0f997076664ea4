namespace Safeguard.Core.Comparison;

public enum FunnelFlag
{
    Within,
    Above,
    Below,
}

/// <summary>
/// Control limits around England's proportion p for an authority with denominator n
/// (binomial normal approximation): p ± z·√(p(1−p)/n), z = 1.96 (95%) and 3.09 (99.8%).
/// Proportions here are fractions (0–1); limits are clamped to [0, 1].
/// </summary>
public sealed record FunnelLimits(double P, double N, double Lower95, double Upper95, double Lower998, double Upper998)
{
    public const double Z95 = 1.96;
    public const double Z998 = 3.09;

    public static FunnelLimits For(double p, double n)
    {
        var se = Math.Sqrt(p * (1 - p) / n);
        return new FunnelLimits(p, n,
            Math.Max(0, p - (Z95 * se)), Math.Min(1, p + (Z95 * se)),
            Math.Max(0, p - (Z998 * se)), Math.Min(1, p + (Z998 * se)));
    }

    public FunnelFlag Flag95(double proportion) => Flag(proportion, Lower95, Upper95);

    public FunnelFlag Flag998(double proportion) => Flag(proportion, Lower998, Upper998);

    private static FunnelFlag Flag(double x, double lower, double upper) =>
        x > upper ? FunnelFlag.Above : x < lower ? FunnelFlag.Below : FunnelFlag.Within;
}
