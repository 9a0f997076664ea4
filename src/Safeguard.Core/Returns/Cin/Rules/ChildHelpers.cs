namespace Safeguard.Core.Returns.Cin.Rules;

/// <summary>Small questions many rules ask of a child, without LINQ in the hot path.</summary>
internal static class ChildHelpers
{
    /// <summary>True when any CINdetails is a referral going on to further action (ReferralNFA = 0/false).</summary>
    public static bool HasFurtherActionReferral(this CensusChild child)
    {
        foreach (var e in child.CinDetails)
            if (e.ReferralNfa == false) return true;
        return false;
    }

    public static bool IsWeekend(DateOnly d) => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>Letters allowed as a UPN check letter or final character: A–Z less I, O and S.</summary>
    public static bool IsUpnLetter(char c) => c is >= 'A' and <= 'Z' and not ('I' or 'O' or 'S');

    public static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!char.IsAsciiDigit(c)) return false;
        return s.Length > 0;
    }
}
