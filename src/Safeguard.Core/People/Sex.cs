namespace Safeguard.Core.People;

/// <summary>Sex as the CIN census records it from 2024-25 (M/F/U).</summary>
public enum Sex { Male, Female, Unknown }

public static class SexCodes
{
    public static string ToCode(this Sex sex) => sex switch { Sex.Male => "M", Sex.Female => "F", _ => "U" };
}
