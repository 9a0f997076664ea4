using Safeguard.Core.Returns;
using Safeguard.Core.Returns.Cin;
using Safeguard.Core.Returns.Cin.Rules;
using Safeguard.Core.Workforce;

namespace Safeguard.Data.Returns;

/// <summary>What the performance team reviews: the census as Safeguard would send it, and everything the checks found.</summary>
public sealed record CensusReviewResult(
    string LaCode,
    int Year,
    int Children,
    CensusValidationResult Validation)
{
    /// <summary>Schema breaches first, then rule findings in file order.</summary>
    public IReadOnlyList<Finding> Findings { get; } = Validation.AllFindings();

    /// <summary>How many findings each rule raised, most first (then by code).</summary>
    public IReadOnlyList<RuleCount> ByRule { get; } = [.. Validation.AllFindings()
        .GroupBy(f => (f.Code, f.Severity))
        .Select(g => new RuleCount(g.Key.Code, g.Key.Severity, g.Count(), g.First().Message))
        .OrderByDescending(r => r.Count).ThenBy(r => r.Code, StringComparer.Ordinal)];
}

public sealed record RuleCount(string Code, RuleSeverity Severity, int Count, string Message);

/// <summary>
/// Exports an authority's census from the records into memory and validates it (XSD gate and every rule of the
/// year), without writing a file: what a performance analyst runs before the return is due. A census of a large
/// authority is some tens of megabytes of XML, held only while it is checked.
/// </summary>
public static class CensusReview
{
    public static CensusReviewResult Run(string database, Authority authority, int year, DateTime madeAt)
    {
        ArgumentNullException.ThrowIfNull(authority);
        var ruleset = RulesetFor(year);
        using var census = new MemoryStream();
        var export = CensusExport.Write(database, authority, year, madeAt, census);
        census.Position = 0;
        var validation = CensusValidator.Validate(census, ruleset);
        return new CensusReviewResult(authority.LaCode, year, export.Counts.Children, validation);
    }

    /// <summary>The census years Safeguard has rules for, latest first.</summary>
    public static IReadOnlyList<int> Years { get; } = [.. CinRuleset.All.Select(r => r.ReferenceDate.Year).OrderDescending()];

    public static CinRuleset RulesetFor(int year) =>
        CinRuleset.All.FirstOrDefault(r => r.ReferenceDate.Year == year)
        ?? throw new ArgumentOutOfRangeException(nameof(year), year, "No CIN census rules for that year.");
}
