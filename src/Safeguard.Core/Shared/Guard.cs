using System.Globalization;

namespace Safeguard.Core.Shared;

/// <summary>The checks every recorded date and code goes through, with messages in GOV.UK error style.</summary>
public static class Guard
{
    public static string Show(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static void NotInFuture(DateOnly date, DateOnly today, string what, string field)
    {
        if (date > today) throw new JourneyRuleException($"The {what} must be today or in the past", field);
    }

    public static void NotBefore(DateOnly date, DateOnly earliest, string what, string earlierWhat, string field)
    {
        if (date < earliest)
            throw new JourneyRuleException($"The {what} must be the same as or after the {earlierWhat} ({Show(earliest)})", field);
    }

    public static string Required(string? value, string what, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) throw new JourneyRuleException($"Enter {what}", field);
        if (trimmed.Length > maxLength) throw new JourneyRuleException($"{Capitalise(what)} must be {maxLength} characters or fewer", field);
        return trimmed;
    }

    public static string? Optional(string? value, string what, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (trimmed.Length > maxLength) throw new JourneyRuleException($"{Capitalise(what)} must be {maxLength} characters or fewer", field);
        return trimmed;
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
