namespace Safeguard.Generator;

/// <summary>
/// How often looked-after children move placement. Instability is concentrated: a minority move several times a
/// year, most stay put for years. Two shares fix the two groups: children with 3 or more placements in the year
/// (NI 62) and under-16s long in care who have lived with the same carer for 2 years (NI 63).
/// </summary>
internal sealed record PlacementMoves(double UnstableShare, double StableMovesPerYear)
{
    public const double UnstableMovesPerYear = 3;

    // At 3 moves a year (Poisson), 2 or more moves in a year, hence 3 or more placements: 1 − e^−3 (1 + 3) ≈ 0.8.
    private const double ThreeOrMoreWhenUnstable = 0.8;

    public static PlacementMoves Solve(double threeOrMorePlacements, double longTermStability)
    {
        var unstable = Math.Clamp(threeOrMorePlacements / ThreeOrMoreWhenUnstable, 0, 0.6);
        // The rest keep a carer for two years with chance e^(−2λ); an unstable history almost never does.
        var stay = Math.Clamp(longTermStability / (1 - unstable), 0.05, 0.995);
        return new PlacementMoves(unstable, -Math.Log(stay) / 2);
    }
}
