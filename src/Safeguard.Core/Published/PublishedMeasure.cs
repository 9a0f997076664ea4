namespace Safeguard.Core.Published;

public enum MeasureUnit
{
    Count,
    Percent,
    RatePer10000,
    Ratio,
}

/// <summary>Which direction is good, as in the LAIT data dictionary ("High"/"Low"/"-").</summary>
public enum Polarity
{
    Neither,
    HigherIsBetter,
    LowerIsBetter,
}

public enum YearBasis
{
    /// <summary>Year ending 31 March (CIN census, SSDA903).</summary>
    YearEnding31March,

    /// <summary>Snapshot at 30 September (children's social work workforce census).</summary>
    At30September,

    /// <summary>ONS mid-year (30 June) estimate.</summary>
    MidYear,
}

/// <summary>
/// A published statistic. Source names the file and column of the authority-level value;
/// LaitCode is the LAIT "Measure_short" code where LAIT publishes it.
/// </summary>
public sealed record PublishedMeasure(
    string Id,
    string Title,
    MeasureUnit Unit,
    Polarity Polarity,
    YearBasis YearBasis,
    string Source,
    string? LaitCode,
    string? Numerator = null,
    string? Denominator = null)
{
    /// <summary>Percentages with a published numerator/denominator can go on a funnel plot.</summary>
    public bool IsProportion => Unit == MeasureUnit.Percent;

    public double Scale => Unit switch
    {
        MeasureUnit.Percent => 100,
        MeasureUnit.RatePer10000 => 10_000,
        _ => 1,
    };
}

/// <summary>One published number: a measure for a year and an area. Missing when suppressed.</summary>
public sealed record PublishedFigure(
    string MeasureId,
    int Year,
    AreaRef Area,
    double? Value,
    double? Numerator = null,
    double? Denominator = null)
{
    /// <summary>The cell as published when the value is missing (c, x, z, low …).</summary>
    public string? Marker { get; init; }

    /// <summary>
    /// True when the value was derived from published counts (England/region rates where only
    /// LAIT publishes the LA rate) rather than read from a published cell.
    /// </summary>
    public bool IsDerived { get; init; }

    /// <summary>True when the authority made a joint return with another (workforce census, e.g. Kingston/Richmond).</summary>
    public bool IsJointReturn { get; init; }
}
