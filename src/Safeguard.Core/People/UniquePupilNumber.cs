using Safeguard.Core.Shared;

namespace Safeguard.Core.People;

/// <summary>
/// A unique pupil number (UPN): a check letter, the 3-digit LA code, 4-digit establishment, 2-digit year and 3-digit
/// serial, the last character a letter for a temporary UPN. The check letter is DfE's modulus 23 over characters 2–13
/// weighted 2 to 13.
/// </summary>
public readonly record struct UniquePupilNumber
{
    private const string CheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private UniquePupilNumber(string value) => Value = value;

    public string Value { get; }

    public string LaCode => Value[1..4];

    public override string ToString() => Value;

    public static bool TryParse(string? text, out UniquePupilNumber upn)
    {
        upn = default;
        var v = (text ?? "").Trim().ToUpperInvariant();
        if (v.Length != 13 || !CheckLetters.Contains(v[0], StringComparison.Ordinal)) return false;
        if (!v[1..12].All(char.IsAsciiDigit)) return false;
        if (!char.IsAsciiDigit(v[12]) && !CheckLetters.Contains(v[12], StringComparison.Ordinal)) return false;
        if (CheckLetterFor(v[1..]) != v[0]) return false;
        upn = new UniquePupilNumber(v);
        return true;
    }

    public static UniquePupilNumber Parse(string? text, string field = "Upn") =>
        TryParse(text, out var u) ? u
            : throw new JourneyRuleException("Enter a valid UPN: a check letter and 12 characters, like A801200001001", field);

    /// <summary>The UPN whose last 12 characters are given, with its check letter in front.</summary>
    public static UniquePupilNumber FromBody(string twelveCharacters) => new(CheckLetterFor(twelveCharacters) + twelveCharacters);

    private static char CheckLetterFor(string body)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            var c = body[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : CheckLetters.IndexOf(c, StringComparison.Ordinal);
            sum += value * (i + 2);
        }
        return CheckLetters[sum % 23];
    }
}
