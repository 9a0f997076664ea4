namespace Safeguard.Core.Returns.Cin;

// The Children in Need census as the 2025-26 XSD (CIN_schema_2026.xsd) defines it. Element names are kept in the
// property comments so a DfE data analyst can map them. Code fields stay strings because rules must judge invalid
// codes (CinCodes holds the valid sets); yes/no fields keep the raw text beside the parsed value for rule 8568.

/// <summary>The whole return: <c>Message</c>.</summary>
public sealed record CinCensus
{
    public CinHeader Header { get; init; } = new();

    public IReadOnlyList<CensusChild> Children { get; init; } = [];
}

/// <summary><c>Header</c>: CollectionDetails and Source.</summary>
public sealed record CinHeader
{
    /// <summary>Collection: always "CIN".</summary>
    public string Collection { get; init; } = "CIN";

    /// <summary>Year: the year the census ends (2026 for 2025-26).</summary>
    public int? Year { get; init; }

    /// <summary>ReferenceDate: 31 March of <see cref="Year"/> (rule 100).</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>SourceLevel: always "L".</summary>
    public string SourceLevel { get; init; } = "L";

    /// <summary>LEA: the three-digit LA code.</summary>
    public string? LaCode { get; init; }

    public string? SoftwareCode { get; init; }

    public string? Release { get; init; }

    /// <summary>SerialNo: three or more digits.</summary>
    public string? SerialNo { get; init; }

    /// <summary>DateTime the file was made, as written (local time, no offset).</summary>
    public DateTime? DateTime { get; init; }
}

/// <summary><c>Child</c>.</summary>
public sealed record CensusChild
{
    public ChildIdentifiers Identifiers { get; init; } = new();

    public ChildCharacteristics Characteristics { get; init; } = new();

    /// <summary>CINdetails: one per referral (episode of need), at least one.</summary>
    public IReadOnlyList<CinDetails> CinDetails { get; init; } = [];

    public string LaChildId => Identifiers.LaChildId;
}

/// <summary><c>ChildIdentifiers</c>.</summary>
public sealed record ChildIdentifiers
{
    /// <summary>LAchildID (N00097): up to 20 letters and digits.</summary>
    public string LaChildId { get; init; } = "";

    public string? Upn { get; init; }

    public string? FormerUpn { get; init; }

    /// <summary>UPNunknown: UN1–UN7.</summary>
    public string? UpnUnknown { get; init; }

    public DateOnly? PersonBirthDate { get; init; }

    public DateOnly? ExpectedPersonBirthDate { get; init; }

    /// <summary>Sex: M, F or U. Files before 2024-25 used GenderCurrent (1/2/0/9); the reader maps those.</summary>
    public string? Sex { get; init; }

    public DateOnly? PersonDeathDate { get; init; }
}

/// <summary><c>ChildCharacteristics</c>.</summary>
public sealed record ChildCharacteristics
{
    /// <summary>Ethnicity (N00177), e.g. WBRI.</summary>
    public string? Ethnicity { get; init; }

    /// <summary>Disabilities/Disability (N00099), in file order; empty when the Disabilities element is absent.</summary>
    public IReadOnlyList<string> Disabilities { get; init; } = [];
}

/// <summary><c>CINdetails</c>: one episode of need, from referral to closure.</summary>
public sealed record CinDetails
{
    public DateOnly? CinReferralDate { get; init; }

    /// <summary>ReferralSource (N00152), e.g. 1A, 6, 10.</summary>
    public string? ReferralSource { get; init; }

    /// <summary>PrimaryNeedCode (N00101): N0–N9.</summary>
    public string? PrimaryNeedCode { get; init; }

    public DateOnly? CinClosureDate { get; init; }

    /// <summary>ReasonForClosure (N00103): RC1–RC9.</summary>
    public string? ReasonForClosure { get; init; }

    /// <summary>DateOfInitialCPC at episode level (when there is no S47 in the year).</summary>
    public DateOnly? DateOfInitialCpc { get; init; }

    public IReadOnlyList<Assessment> Assessments { get; init; } = [];

    public IReadOnlyList<CinPlan> CinPlans { get; init; } = [];

    public IReadOnlyList<Section47Enquiry> Section47s { get; init; } = [];

    /// <summary>ReferralNFA as written ("0", "1", or "true"/"false" from older systems); null when missing.</summary>
    public string? ReferralNfaText { get; init; }

    public IReadOnlyList<ChildProtectionPlan> ChildProtectionPlans { get; init; } = [];

    /// <summary>ReferralNFA parsed; null when missing or not a yes/no value.</summary>
    public bool? ReferralNfa => YesNo.Parse(ReferralNfaText);
}

/// <summary><c>Assessments</c>: one assessment (C&amp;F assessment) in the episode.</summary>
public sealed record Assessment
{
    public DateOnly? ActualStartDate { get; init; }

    public DateOnly? InternalReviewDate { get; init; }

    /// <summary>AssessmentAuthorisationDate: the assessment's completion; null while open.</summary>
    public DateOnly? AuthorisationDate { get; init; }

    /// <summary>FactorsIdentifiedAtAssessment/AssessmentFactors (N00181), in file order.</summary>
    public IReadOnlyList<string> Factors { get; init; } = [];
}

/// <summary><c>CINPlanDates</c>.</summary>
public sealed record CinPlan
{
    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }
}

/// <summary><c>Section47</c>: one S47 enquiry.</summary>
public sealed record Section47Enquiry
{
    public DateOnly? ActualStartDate { get; init; }

    public DateOnly? InitialCpcTarget { get; init; }

    public DateOnly? DateOfInitialCpc { get; init; }

    /// <summary>ICPCnotRequired as written; null when missing.</summary>
    public string? IcpcNotRequiredText { get; init; }

    public bool? IcpcNotRequired => YesNo.Parse(IcpcNotRequiredText);
}

/// <summary><c>ChildProtectionPlans</c>: one child protection plan.</summary>
public sealed record ChildProtectionPlan
{
    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    /// <summary>InitialCategoryOfAbuse: NEG, PHY, SAB, EMO, MUL.</summary>
    public string? InitialCategoryOfAbuse { get; init; }

    public string? LatestCategoryOfAbuse { get; init; }

    public int? NumberOfPreviousCpp { get; init; }

    /// <summary>Reviews/CPPreviewDate; a null entry is a review element with no date (rule 8842Q).</summary>
    public IReadOnlyList<DateOnly?> ReviewDates { get; init; } = [];
}

/// <summary>The census's yes/no fields: 0/1 now, true/false in older files.</summary>
public static class YesNo
{
    public static bool? Parse(string? text) => text?.Trim() switch
    {
        "1" or "true" or "True" or "TRUE" => true,
        "0" or "false" or "False" or "FALSE" => false,
        _ => null,
    };

    public static string Format(bool value) => value ? "1" : "0";
}
