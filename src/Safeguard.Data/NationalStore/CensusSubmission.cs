namespace Safeguard.Data.NationalStore;

/// <summary>
/// One imported CIN census return: which authority and year it is, the file it came from (name and SHA-256, so a
/// re-sent file can be recognised) and how many records it held. A later return for the same authority and year
/// replaces it.
/// </summary>
public sealed class CensusSubmission
{
    public Guid Id { get; init; }

    /// <summary>The three-digit LA code from the file's header (LEA).</summary>
    public string LaCode { get; init; } = "";

    /// <summary>The year the collection ends: 2026 for 1 April 2025 to 31 March 2026.</summary>
    public int CollectionYear { get; init; }

    public string FileName { get; init; } = "";

    /// <summary>SHA-256 of the file's bytes, lower-case hex.</summary>
    public string Sha256 { get; init; } = "";

    public DateTimeOffset ImportedAt { get; init; }

    public int Children { get; init; }

    /// <summary>CINdetails: episodes of need (one per referral) in the file.</summary>
    public int Referrals { get; init; }

    public int Assessments { get; init; }

    public int Section47s { get; init; }

    public int Icpcs { get; init; }

    public int ChildProtectionPlans { get; init; }
}
