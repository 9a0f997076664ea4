namespace Safeguard.Core.Returns.Ssda903.Rules;

/// <summary>
/// The 903 rules Safeguard checks for one collection year. Each year is the year before plus its changes, so the next
/// year is a short list of differences (see <see cref="Next"/>). 2025-26 is the first year implemented.
/// </summary>
public sealed class Ssda903Ruleset
{
    private Ssda903Ruleset(string name, int yearEnding, IReadOnlyList<Ssda903Rule> rules)
    {
        Name = name;
        Year = Ssda903Year.Ending(yearEnding);
        Rules = rules;
    }

    /// <summary>"2025-26".</summary>
    public string Name { get; }

    public Ssda903Year Year { get; }

    public IReadOnlyList<Ssda903Rule> Rules { get; }

    public static Ssda903Ruleset Lac2025To26 { get; } = new("2025-26", 2026, Base2025To26());

    public static IReadOnlyList<Ssda903Ruleset> All { get; } = [Lac2025To26];

    public static Ssda903Ruleset Latest => Lac2025To26;

    /// <summary>Finds a year by "2025-26", "2025_26" or "2026" (the year the collection ends).</summary>
    public static Ssda903Ruleset? Find(string year)
    {
        foreach (var r in All)
            if (r.Name == year || r.Name.Replace('-', '_') == year || r.Year.End.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) == year)
                return r;
        return null;
    }

    /// <summary>The next year's ruleset: this one with rules added (or replacing the same code) and codes removed.</summary>
    public Ssda903Ruleset Next(string name, int yearEnding, IReadOnlyList<Ssda903Rule> added, IReadOnlyList<string> removed)
    {
        var byCode = new Dictionary<string, Ssda903Rule>(StringComparer.Ordinal);
        foreach (var r in Rules) byCode[r.Code] = r;
        foreach (var code in removed) byCode.Remove(code);
        foreach (var r in added) byCode[r.Code] = r;
        return new Ssda903Ruleset(name, yearEnding, [.. byCode.Values]);
    }

    private static List<Ssda903Rule> Base2025To26() =>
    [
        // Header
        new Rule101(), new Rule102(), new Rule103(), new Rule168(), new Rule209(), new Rule210(), new Rule232(), new Rule301(), new Rule351(),
        new Rule442(), new Rule444(), new RuleInt32(),
        new InHeaderRule<EpisodeRow>("INT03", Ssda903Tables.Episodes, r => r.Episodes, r => r.Child, null),
        new InHeaderRule<MissingRow>("INT04", Ssda903Tables.Missing, r => r.Missing, r => r.Child, null),
        new InHeaderRule<ReviewRow>("INT08", Ssda903Tables.Reviews, r => r.Reviews, r => r.Child, null),
        new InHeaderRule<MissingRow>("INT13", Ssda903Tables.Missing, r => r.Missing, r => r.Child, r => r.Dob),
        new InHeaderRule<ReviewRow>("INT17", Ssda903Tables.Reviews, r => r.Reviews, r => r.Child, r => r.Dob),
        // Episodes: codes and dates
        new Rule141(), new Rule143(), new Rule144(), new Rule145(), new Rule146(), new Rule148(), new Rule149(), new Rule178(), new Rule1009(),
        new Rule353(), new Rule354(), new Rule355(), new Rule356(), new Rule385(),
        // Episodes: sequence
        new Rule142(), new Rule302(), new Rule357(), new Rule388(), new Rule431(), new Rule432(), new Rule433(), new Rule434(), new Rule435(),
        new Rule436(), new Rule437(), new Rule501(), new Rule504(),
        // Episodes: legal status, placement and reasons
        new Rule217(), new Rule225(), new Rule226(), new Rule233(), new Rule234(), new Rule352(), new Rule358(), new Rule361(), new Rule362(),
        new Rule363(), new Rule365(), new Rule366(), new Rule371(), new Rule372(), new Rule373(), new Rule374(), new Rule375(), new Rule376(),
        new Rule377(), new Rule378(), new Rule379(), new Rule380(), new Rule381(), new Rule382(), new Rule384(), new Rule386(), new Rule387(),
        new Rule389(), new Rule390(), new Rule407(), new Rule408(), new Rule446(), new Rule460(),
        new Rule527(), new Rule528(), new Rule529(), new Rule530(), new Rule531(), new Rule550(),
        // Reviews
        new Rule166(), new Rule167(), new Rule440(), new Rule441(),
        // Missing
        new Rule1004(), new Rule1006(), new Rule565(), new Rule566(), new Rule567(), new Rule570(), new Rule571(), new Rule574(), new Rule575(),
        new Rule577(), new Rule578(), new Rule580(), new Rule581(), new Rule586(),
        // Social worker episodes
        new RuleSw01a(), new RuleSw02(), new RuleSw06(), new RuleSw07(), new RuleSw08(), new RuleSw09(), new RuleSw10(), new RuleSw13(),
        new RuleSw17(),
    ];
}
