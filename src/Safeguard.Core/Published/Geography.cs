namespace Safeguard.Core.Published;

public enum GeographyLevel
{
    England,
    Region,
    LocalAuthority,
}

/// <summary>
/// Where a published figure applies. Code is the ONS code for England/regions (E92…, E12…, E13…)
/// and the 3-digit DfE LA number for authorities (stable across the county→unitary recodings).
/// </summary>
public sealed record AreaRef(GeographyLevel Level, string Code, string Name)
{
    public const string EnglandCode = "E92000001";

    public static readonly AreaRef England = new(GeographyLevel.England, EnglandCode, "England");

    public static AreaRef Region(string code, string name) => new(GeographyLevel.Region, code, name);

    public static AreaRef Authority(LocalAuthority la) => new(GeographyLevel.LocalAuthority, la.LaCode, la.Name);
}

/// <summary>
/// An English children's services authority. LaCode is the DfE 3-digit number (the CIN census
/// LEA header); NewLaCode is the latest ONS code, with earlier ONS codes kept (e.g. North Yorkshire
/// E10000023 became E06000065 in 2023 but kept LA number 815).
/// </summary>
public sealed record LocalAuthority(
    string LaCode,
    string NewLaCode,
    IReadOnlyList<string> PreviousNewLaCodes,
    string Name,
    string RegionCode,
    string RegionName,
    int FirstYear,
    int LastYear)
{
    /// <summary>True for the 153 authorities that made the 2025 (latest) returns.</summary>
    public bool IsCurrent { get; init; }

    public bool ExistedIn(int year) => year >= FirstYear && year <= LastYear;
}
