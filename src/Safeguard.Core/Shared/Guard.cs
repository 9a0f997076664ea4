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
        return NoMarkup(trimmed, what, field);
    }

    public static string? Optional(string? value, string what, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (trimmed.Length > maxLength) throw new JourneyRuleException($"{Capitalise(what)} must be {maxLength} characters or fewer", field);
        return NoMarkup(trimmed, what, field);
    }

    /// <summary>
    /// Refuses text that carries HTML or script. Pages encode everything they show, but records travel on — into
    /// returns, exports and other agencies' systems — so markup is stopped where it is typed. "a &lt; b" and "&lt;3" pass.
    /// </summary>
    public static string NoMarkup(string text, string what, string field) =>
        Markup.IsMatch(text)
            ? throw new JourneyRuleException($"{Capitalise(what)} must not contain markup or script (text between < and >)", field)
            : text;

    private static readonly System.Text.RegularExpressions.Regex Markup = new(
        @"<\s*[a-zA-Z!/?]|javascript\s*:|&#", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
