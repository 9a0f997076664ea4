using System.Globalization;
using Safeguard.Core.Indicators;
using Safeguard.Core.Published;

namespace Safeguard.Cli.Indicators;

/// <summary>Formats indicator values for the terminal, in each indicator's own unit.</summary>
public static class IndicatorTable
{
    public static string Format(double? value, MeasureUnit unit) => value switch
    {
        null => "-",
        { } v => unit switch
        {
            MeasureUnit.Count => v.ToString("N0", CultureInfo.InvariantCulture),
            MeasureUnit.Percent => v.ToString("0.0", CultureInfo.InvariantCulture) + "%",
            _ => v.ToString("0.0", CultureInfo.InvariantCulture),
        },
    };

    /// <summary>"1,234 / 5,678", or the count alone for counts, or "n / population" for rates.</summary>
    public static string Fraction(IndicatorResult r) => r.Definition.Unit == MeasureUnit.Count
        ? ""
        : string.Create(CultureInfo.InvariantCulture, $"{r.Numerator:N0} / {r.Denominator:N0}");

    public static string Title(IndicatorDefinition d)
    {
        var title = d.NiNumber is { } n ? $"{d.Title} [NI {n}{(d.WorkingDefinition ? ", working def." : "")}]" : d.Title;
        return title.Length <= 60 ? title : title[..59] + "…";
    }
}
