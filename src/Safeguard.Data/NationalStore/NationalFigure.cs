namespace Safeguard.Data.NationalStore;

/// <summary>
/// One published measure for one authority and collection year, worked out from an imported census
/// (<see cref="Core.Returns.Cin.CensusFigures"/>). The measure ids are those of <see cref="Core.Published.PublishedMeasures"/>.
/// </summary>
public sealed class NationalFigure
{
    public Guid Id { get; init; }

    public string LaCode { get; init; } = "";

    public int CollectionYear { get; init; }

    public string MeasureId { get; init; } = "";

    /// <summary>The count, or the percentage to one decimal place.</summary>
    public decimal Value { get; init; }

    public int Numerator { get; init; }

    /// <summary>For a percentage, what it is out of; null for a count.</summary>
    public int? Denominator { get; init; }

    /// <summary>The <see cref="CensusSubmission"/> it was computed from.</summary>
    public Guid SubmissionId { get; init; }
}
