using System.Globalization;

namespace Safeguard.Core.Published;

/// <summary>
/// Reads a cell as published by DfE/LAIT. Suppression and "not available" markers
/// (c, x, z, u, low, ':', '.', '-', blank, joint-return notes) are missing, never zero.
/// </summary>
public static class PublishedValue
{
    /// <summary>Markers seen in the EES/LAIT files; anything else non-numeric is also treated as missing.</summary>
    public static readonly IReadOnlySet<string> SuppressionMarkers =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "c", "x", "z", "u", "low", ":", ".", "-", "..", "k", "" };

    public static double? Parse(string? cell)
    {
        if (cell is null)
        {
            return null;
        }

        var s = cell.Trim();
        if (SuppressionMarkers.Contains(s))
        {
            return null;
        }

        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : null;
    }
}
