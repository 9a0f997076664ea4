namespace Safeguard.Core.LookedAfter;

/// <summary>
/// One SSDA903 episode: a stretch of care with the same legal status and placement. A change of either ends the
/// episode (reason X1) and starts the next the same day.
/// </summary>
public sealed class CareEpisode
{
    private CareEpisode() { }

    internal CareEpisode(Guid periodId, DateOnly start, string reasonForNewEpisode, string legalStatus, string categoryOfNeed,
        string placementType, string placementProvider, string? placementPostcode, bool longTermPlacement, string? reasonPlacementChanged)
    {
        Id = Shared.Ids.New();
        PeriodOfCareId = periodId; StartDate = start; ReasonForNewEpisode = reasonForNewEpisode; LegalStatus = legalStatus;
        CategoryOfNeed = categoryOfNeed; PlacementType = placementType; PlacementProvider = placementProvider;
        PlacementPostcode = placementPostcode; IsLongTermPlacement = longTermPlacement; ReasonPlacementChanged = reasonPlacementChanged;
    }

    public Guid Id { get; private set; }
    public Guid PeriodOfCareId { get; private set; }

    /// <summary>DECOM.</summary>
    public DateOnly StartDate { get; private set; }

    /// <summary>RNE.</summary>
    public string ReasonForNewEpisode { get; private set; } = "";

    /// <summary>LS.</summary>
    public string LegalStatus { get; private set; } = "";

    /// <summary>CIN: the category of need, N1–N8.</summary>
    public string CategoryOfNeed { get; private set; } = "";

    /// <summary>PLACE.</summary>
    public string PlacementType { get; private set; } = "";

    /// <summary>PLACE_PROVIDER.</summary>
    public string PlacementProvider { get; private set; } = "";

    /// <summary>PL_POST.</summary>
    public string? PlacementPostcode { get; private set; }

    /// <summary>Intended to last until the child is 18: visits may then drop to three-monthly after the first year (reg 28).</summary>
    public bool IsLongTermPlacement { get; private set; }

    /// <summary>REASON_PLACE_CHANGE, on the episode that a placement change started.</summary>
    public string? ReasonPlacementChanged { get; private set; }

    /// <summary>DEC.</summary>
    public DateOnly? EndDate { get; private set; }

    /// <summary>REC.</summary>
    public string? ReasonCeased { get; private set; }

    public bool IsOpen => EndDate is null;

    /// <summary>True when this episode started a new placement (not only a change of legal status).</summary>
    public bool StartsPlacement => IsPlacementStart(ReasonForNewEpisode);

    /// <summary>Whether an episode with this reason for new episode starts a placement (S, P, T, U or B).</summary>
    public static bool IsPlacementStart(string reasonForNewEpisode) => reasonForNewEpisode is "S" or "P" or "T" or "U" or "B";

    internal void End(DateOnly date, string reasonCeased)
    {
        EndDate = date;
        ReasonCeased = reasonCeased;
    }
}
