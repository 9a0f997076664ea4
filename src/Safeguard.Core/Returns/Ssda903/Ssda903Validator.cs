using Safeguard.Core.Returns.Ssda903.Rules;

namespace Safeguard.Core.Returns.Ssda903;

/// <summary>Runs a year's 903 rules over a return, in rule order; findings carry the file and line of the row.</summary>
public static class Ssda903Validator
{
    /// <param name="year">The collection year to judge dates against; the ruleset's own year unless given (e.g. to apply
    /// the latest rules to an earlier year's data).</param>
    public static IReadOnlyList<Finding> Validate(Ssda903Return data, Ssda903Ruleset? ruleset = null, Ssda903Year? year = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ruleset ??= Ssda903Ruleset.Latest;
        var context = new Ssda903Context(data, year ?? ruleset.Year);
        var findings = new List<Finding>();
        foreach (var rule in ruleset.Rules) rule.Check(context, findings);
        return findings;
    }

    /// <summary>Reads a directory of CSV files and validates it; unreadable input throws <see cref="Ssda903ReadException"/>.</summary>
    public static IReadOnlyList<Finding> ValidateDirectory(string directory, Ssda903Ruleset? ruleset = null) =>
        Validate(Ssda903Reader.ReadDirectory(directory), ruleset);
}
