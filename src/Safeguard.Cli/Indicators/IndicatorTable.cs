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

    /// <summary>The NI number (a star marks a working definition) and the title, cut to fit a 66-column cell.</summary>
    public static string Title(IndicatorDefinition d)
    {
        var ni = d.NiNumber is { } n ? $"NI {n}{(d.WorkingDefinition ? "*" : "")}" : "";
        var title = d.Title.Length <= 58 ? d.Title : d.Title[..57] + "…";
        return $"{ni,-6} {title}";
    }
}
