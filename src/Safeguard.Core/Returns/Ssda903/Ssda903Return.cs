namespace Safeguard.Core.Returns.Ssda903;

/// <summary>Header: one row per child looked after during the year.</summary>
public sealed record HeaderRow(string Child, string? Sex, DateOnly? Dob, string? Ethnic, string? Upn, string? Mother, DateOnly? McDob);

/// <summary>Episodes: one row per episode of care open at any time in the year; DEC after 31 March is blank.</summary>
public sealed record EpisodeRow(
    string Child, DateOnly? Decom, string? Rne, string? Ls, string? Cin, string? Place, string? PlaceProvider, DateOnly? Dec, string? Rec,
    string? ReasonPlaceChange, string? HomePost, string? PlPost, string? Urn);

/// <summary>Reviews: each looked-after review held in the year, with participation PN0–PN7.</summary>
public sealed record ReviewRow(string Child, DateOnly? Dob, DateOnly? Review, string? ReviewCode);

/// <summary>UASC: date unaccompanied asylum-seeking status ceases.</summary>
public sealed record UascRow(string Child, string? Sex, DateOnly? Dob, DateOnly? Duc);

/// <summary>Missing: M missing, A away without authorisation.</summary>
public sealed record MissingRow(string Child, DateOnly? Dob, string? Missing, DateOnly? MisStart, DateOnly? MisEnd);

/// <summary>OC2: outcomes for children looked after continuously for 12 months at 31 March (codes kept as written).</summary>
public sealed record Oc2Row(
    string Child, DateOnly? Dob, string? SdqScore, string? SdqReason, string? Convicted, string? HealthCheck, string? Immunisations,
    string? TeethCheck, string? HealthAssessment, string? SubstanceMisuse, string? InterventionReceived, string? InterventionOffered);

/// <summary>OC3: care leavers around their 17th–21st birthdays.</summary>
public sealed record Oc3Row(string Child, DateOnly? Dob, string? InTouch, string? Activ, string? Accom);

/// <summary>AD1: children adopted in the year.</summary>
public sealed record Ad1Row(
    string Child, DateOnly? Dob, DateOnly? DateInt, DateOnly? DateMatch, string? FosterCare, string? NbAdoptr, string? SexAdoptr, string? LsAdoptr);

/// <summary>PlacedAdoption: decisions that a child should (no longer) be placed for adoption.</summary>
public sealed record PlacedAdoptionRow(string Child, DateOnly? Dob, DateOnly? DatePlaced, DateOnly? DatePlacedCeased, string? ReasonPlacedCeased);

/// <summary>PrevPerm: permanence before this period of care (P1–P4, Z1).</summary>
public sealed record PrevPermRow(string Child, DateOnly? Dob, string? PrevPerm, string? LaPerm, DateOnly? DatePerm);

/// <summary>SWEpisodes (2023-24 onwards): the child's allocated social workers.</summary>
public sealed record SwEpisodeRow(string Child, DateOnly? Dob, string? SwId, DateOnly? SwDecom, DateOnly? SwDec, string? SwReason);

/// <summary>
/// An SSDA903 return: the eleven CSV tables of the looked-after children collection. A table absent from a directory
/// read back is an empty list here, as the DfE portal treats a missing file.
/// </summary>
public sealed record Ssda903Return
{
    public IReadOnlyList<HeaderRow> Header { get; init; } = [];
    public IReadOnlyList<EpisodeRow> Episodes { get; init; } = [];
    public IReadOnlyList<ReviewRow> Reviews { get; init; } = [];
    public IReadOnlyList<UascRow> Uasc { get; init; } = [];
    public IReadOnlyList<MissingRow> Missing { get; init; } = [];
    public IReadOnlyList<Oc2Row> Oc2 { get; init; } = [];
    public IReadOnlyList<Oc3Row> Oc3 { get; init; } = [];
    public IReadOnlyList<Ad1Row> Ad1 { get; init; } = [];
    public IReadOnlyList<PlacedAdoptionRow> PlacedAdoption { get; init; } = [];
    public IReadOnlyList<PrevPermRow> PrevPerm { get; init; } = [];
    public IReadOnlyList<SwEpisodeRow> SwEpisodes { get; init; } = [];
}
