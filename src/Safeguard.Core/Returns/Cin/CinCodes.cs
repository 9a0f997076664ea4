using System.Collections.Frozen;

namespace Safeguard.Core.Returns.Cin;

/// <summary>The 2025-26 code sets, as in CIN_schema_2026.xsd (plus 18A/19A, which the XSD keeps and queries 8945Q/8950Q flag).</summary>
public static class CinCodes
{
    public static readonly FrozenSet<string> Sex = Set("M", "F", "U");

    public static readonly FrozenSet<string> UpnUnknown = Set("UN1", "UN2", "UN3", "UN4", "UN5", "UN6", "UN7");

    public static readonly FrozenSet<string> Ethnicity = Set(
        "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH",
        "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    public static readonly FrozenSet<string> Disability = Set(
        "NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA");

    public static readonly FrozenSet<string> ReferralSource = Set(
        "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");

    public static readonly FrozenSet<string> PrimaryNeed = Set("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9", "N0");

    public static readonly FrozenSet<string> ReasonForClosure = Set("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9");

    public static readonly FrozenSet<string> CategoryOfAbuse = Set("NEG", "PHY", "SAB", "EMO", "MUL");

    public static readonly FrozenSet<string> AssessmentFactors = Set(
        "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C", "7A",
        "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A", "14A", "15A", "16A", "17A", "18A", "18B", "18C",
        "19A", "19B", "19C", "20", "21", "22A", "23A", "24A");

    /// <summary>RC8 and RC9: closed after assessment (no further action / referred to early help).</summary>
    public static bool IsClosedAfterAssessment(string? reason) => reason is "RC8" or "RC9";

    private static FrozenSet<string> Set(params string[] codes) => codes.ToFrozenSet(StringComparer.Ordinal);
}
