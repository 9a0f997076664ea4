using Safeguard.Core.Shared;

namespace Safeguard.Core.People;

/// <summary>A 10-digit NHS number whose last digit is the modulus 11 check digit.</summary>
public readonly record struct NhsNumber
{
    private NhsNumber(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => $"{Value[..3]} {Value[3..6]} {Value[6..]}";

    public static bool TryParse(string? text, out NhsNumber number)
    {
        number = default;
        var digits = new string((text ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit)) return false;
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += (digits[i] - '0') * (10 - i);
        var check = 11 - (sum % 11);
        if (check == 11) check = 0;
        if (check == 10 || check != digits[9] - '0') return false;
        number = new NhsNumber(digits);
        return true;
    }

    public static NhsNumber Parse(string? text, string field = "NhsNumber") =>
        TryParse(text, out var n) ? n
            : throw new JourneyRuleException("Enter a valid NHS number: 10 digits, the last a check digit, like 485 777 3456", field);

    /// <summary>Makes a valid number from 9 digits by appending the check digit, or null when no check digit exists.</summary>
    public static NhsNumber? FromFirstNineDigits(long nineDigits)
    {
        var s = nineDigits.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += (s[i] - '0') * (10 - i);
        var check = 11 - (sum % 11);
        if (check == 11) check = 0;
        return check == 10 ? null : new NhsNumber(s + (char)('0' + check));
    }
}
