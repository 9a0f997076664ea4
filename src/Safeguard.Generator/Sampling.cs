namespace Safeguard.Generator;

/// <summary>Seeded draws from the distributions the generator is calibrated to.</summary>
internal static class Sampling
{
    public static bool Chance(this Random rng, double p) => rng.NextDouble() < p;

    public static int Between(this Random rng, int from, int toInclusive) => rng.Next(from, toInclusive + 1);

    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    public static string Weighted(this Random rng, IReadOnlyList<(string Code, double Share)> items)
    {
        var total = 0.0;
        foreach (var i in items) total += i.Share;
        var u = rng.NextDouble() * total;
        foreach (var i in items)
        {
            u -= i.Share;
            if (u < 0) return i.Code;
        }
        return items[^1].Code;
    }

    /// <summary>A value from bucketed shares, uniform inside the bucket.</summary>
    public static int FromBuckets(this Random rng, IReadOnlyList<(int From, int To, double Share)> buckets)
    {
        var total = buckets.Sum(b => b.Share);
        var u = rng.NextDouble() * total;
        foreach (var b in buckets)
        {
            u -= b.Share;
            if (u < 0) return rng.Between(b.From, b.To);
        }
        return buckets[^1].To;
    }

    public static double MeanOfBuckets(IReadOnlyList<(int From, int To, double Share)> buckets) =>
        buckets.Sum(b => b.Share * (b.From + b.To) / 2.0) / buckets.Sum(b => b.Share);

    public static double Exponential(this Random rng, double mean) => -mean * Math.Log(1 - rng.NextDouble());

    /// <summary>Gamma with shape 2 and mean 1: most plans near the mean, few very short or very long.</summary>
    public static double Gamma2(this Random rng) => (rng.Exponential(1) + rng.Exponential(1)) / 2;

    public static int Poisson(this Random rng, double mean)
    {
        if (mean > 30) return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * Normal(rng)));
        var l = Math.Exp(-mean);
        var k = 0;
        var p = 1.0;
        do { k++; p *= rng.NextDouble(); } while (p > l);
        return k - 1;
    }

    public static double Normal(this Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
