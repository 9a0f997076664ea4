namespace Safeguard.Core.Returns.Ssda903;

/// <summary>The 2025-26 code lists (data/returns/ssda903/spec, the liia SSDA903 schema with its 2025 and 2026 diffs).</summary>
public static class Ssda903Codes
{
    private static HashSet<string> Set(params string[] codes) => new(codes, StringComparer.Ordinal);

    public static IReadOnlySet<string> Sex { get; } = Set("M", "F", "U");

    public static IReadOnlySet<string> Ethnic { get; } = Set("WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND",
        "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    public static IReadOnlySet<string> ReasonForNewEpisode { get; } = Set("S", "L", "P", "T", "U", "B");

    public static IReadOnlySet<string> LegalStatus { get; } = Set("C1", "C2", "D1", "E1", "J1", "J2", "J3", "L1", "L2", "L3", "V2", "V3", "V4");

    public static IReadOnlySet<string> CategoryOfNeed { get; } = Set("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8");

    /// <summary>2026 schema: K3 replaces H5/P2 (2025), Z11–Z14 split Z1 (Z1 itself stays in the list).</summary>
    public static IReadOnlySet<string> Placement { get; } = Set("A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5",
        "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1", "Z11", "Z12", "Z13", "Z14");

    public static IReadOnlySet<string> PlacementProvider { get; } = Set("PR0", "PR1", "PR2", "PR3", "PR4", "PR5");

    public static IReadOnlySet<string> ReasonCeased { get; } = Set("X1", "E11", "E12", "E13", "E14", "E15", "E16", "E17", "E2", "E3", "E41",
        "E45", "E46", "E47", "E48", "E4A", "E4B", "E5", "E6", "E7", "E8", "E9");

    public static IReadOnlySet<string> ReasonPlaceChange { get; } = Set("ALLEG", "APPRR", "CARPL", "CHILD", "CLOSE", "CREQB", "CREQO", "CUSTOD",
        "LAREQ", "OTHER", "PLACE", "STAND");

    public static IReadOnlySet<string> ReviewParticipation { get; } = Set("PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7");

    public static IReadOnlySet<string> MissingType { get; } = Set("M", "A");

    public static IReadOnlySet<string> SocialWorkerChange { get; } = Set("MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN",
        "PCCHAN", "SWDIED", "OTHERS");

    public static IReadOnlySet<string> UpnUnknown { get; } = Set("UN1", "UN2", "UN3", "UN4", "UN5");

    public static bool IsTemporary(string? place) => place is "T0" or "T1" or "T2" or "T3" or "T4";

    public static bool IsAdoptionPlacement(string? place) => place is "A3" or "A4" or "A5" or "A6";

    /// <summary>Short breaks (respite): V3 individual episodes, V4 agreements.</summary>
    public static bool IsRespite(string? ls) => ls is "V3" or "V4";

    /// <summary>Of school age for the UPN rules (209): five or over at the start of the collection year.</summary>
    public static bool IsSchoolAge(DateOnly? dob, Ssda903Year year) => dob is { } d && d.AddYears(5) <= year.Start;

    /// <summary>Age in whole years on a date.</summary>
    public static int AgeOn(DateOnly dob, DateOnly date)
    {
        var age = date.Year - dob.Year;
        return dob.AddYears(age) > date ? age - 1 : age;
    }
}
