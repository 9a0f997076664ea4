namespace Safeguard.Core.Returns.Ssda903;

/// <summary>A 903 collection year: 1 April to 31 March, named by the year it ends (2026 is 2025-26).</summary>
public readonly record struct Ssda903Year(DateOnly Start, DateOnly End)
{
    public static Ssda903Year Ending(int year) => new(new DateOnly(year - 1, 4, 1), new DateOnly(year, 3, 31));

    /// <summary>"2025-26".</summary>
    public string Name => $"{Start.Year}-{End.Year % 100:00}";

    public bool Contains(DateOnly date) => date >= Start && date <= End;
}
