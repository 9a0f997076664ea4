using Safeguard.Core.Published;

namespace Safeguard.Core.Indicators;

/// <summary>When an indicator is measured.</summary>
public enum IndicatorPeriod
{
    /// <summary>A flow over the year 1 April to 31 March (referrals, plans starting, assessments completed).</summary>
    YearEnding31March,

    /// <summary>A snapshot of who is open on 31 March (plans, looked-after children).</summary>
    At31March,

    /// <summary>The workforce census snapshot at 30 September before the year end.</summary>
    At30September,
}

/// <summary>
/// One indicator: what is counted above and below the line, when, which way is good, and the old National Indicator
/// number and/or the DfE/LAIT code it matches. <see cref="PublishedMeasureId"/> names the published statistic in
/// <see cref="PublishedMeasures"/> it is comparable with, so a comparison can put Safeguard's figure beside it.
/// <see cref="WorkingDefinition"/> marks indicators whose official definition was not found (NI 66, NI 68): Safeguard's
/// reading is stated in <see cref="Note"/>.
/// </summary>
public sealed record IndicatorDefinition(
    string Id,
    string Title,
    int? NiNumber,
    string? LaitCode,
    string Numerator,
    string? Denominator,
    IndicatorPeriod Period,
    Polarity Polarity,
    MeasureUnit Unit,
    string? PublishedMeasureId = null,
    bool WorkingDefinition = false,
    string? Note = null)
{
    /// <summary>"NI 62" or "", for display.</summary>
    public string NiLabel => NiNumber is { } n ? $"NI {n}" : "";

    /// <summary>Flow indicators are broken down by month of the event; snapshots are not.</summary>
    public bool HasMonthlyBreakdown => Period == IndicatorPeriod.YearEnding31March;

    /// <summary>
    /// The value from a numerator and denominator: a percentage, numerator per worker (ratio), the count itself, or a rate
    /// per 10,000 where the denominator is the 0–17 population. Null when the denominator is 0 (nothing to measure).
    /// </summary>
    public double? ValueOf(int numerator, int denominator) => Unit switch
    {
        MeasureUnit.Count => numerator,
        MeasureUnit.Percent => denominator == 0 ? null : 100.0 * numerator / denominator,
        MeasureUnit.RatePer10000 => denominator == 0 ? null : 10000.0 * numerator / denominator,
        MeasureUnit.Ratio => denominator == 0 ? null : (double)numerator / denominator,
        _ => null,
    };
}
