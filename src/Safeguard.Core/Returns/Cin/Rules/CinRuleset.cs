namespace Safeguard.Core.Returns.Cin.Rules;

/// <summary>
/// The rules of one census year. Each year is built from the year before plus its own changes (added, replaced,
/// removed), as DfE publishes them, so next year is a short list of differences.
/// </summary>
public sealed class CinRuleset
{
    private CinRuleset(string year, DateOnly referenceDate, IReadOnlyList<CinRule> rules)
    {
        Year = year;
        ReferenceDate = referenceDate;
        Rules = rules;
        HeaderRules = [.. rules.OfType<HeaderRule>()];
        ChildRules = [.. rules.OfType<ChildRule>()];
        CensusRules = [.. rules.OfType<CensusRule>()];
    }

    /// <summary>"2025-26".</summary>
    public string Year { get; }

    /// <summary>The census reference date the year expects (31 March at its end).</summary>
    public DateOnly ReferenceDate { get; }

    public IReadOnlyList<CinRule> Rules { get; }

    public IReadOnlyList<HeaderRule> HeaderRules { get; }

    public IReadOnlyList<ChildRule> ChildRules { get; }

    public IReadOnlyList<CensusRule> CensusRules { get; }

    /// <summary>
    /// 2024-25: the first year Safeguard implements in full. (Against 2023-24 it added 1570, 1580, 8945Q, 8950Q and
    /// changed 2886Q, 4180, 8750 and 8770Q for Sex replacing GenderCurrent.)
    /// </summary>
    public static CinRuleset Cin2024To25 { get; } = new("2024-25", new DateOnly(2025, 3, 31), Base2024To25());

    /// <summary>2025-26: no rule changes against 2024-25 (the XSD renamed N1's description only).</summary>
    public static CinRuleset Cin2025To26 { get; } = Cin2024To25.Next("2025-26", new DateOnly(2026, 3, 31), added: [], removed: []);

    public static IReadOnlyList<CinRuleset> All { get; } = [Cin2024To25, Cin2025To26];

    public static CinRuleset Latest => Cin2025To26;

    /// <summary>Finds a year by "2025-26", "2025_26" or "2026" (the year the census ends).</summary>
    public static CinRuleset? Find(string year)
    {
        foreach (var r in All)
            if (r.Year == year || r.Year.Replace('-', '_') == year || r.ReferenceDate.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) == year)
                return r;
        return null;
    }

    /// <summary>The next year's ruleset: this one with rules added (or replacing the same code) and codes removed.</summary>
    public CinRuleset Next(string year, DateOnly referenceDate, IReadOnlyList<CinRule> added, IReadOnlyList<string> removed)
    {
        var byCode = new Dictionary<string, CinRule>(StringComparer.Ordinal);
        foreach (var r in Rules) byCode[r.Code] = r;
        foreach (var code in removed) byCode.Remove(code);
        foreach (var r in added) byCode[r.Code] = r;
        return new CinRuleset(year, referenceDate, [.. byCode.Values]);
    }

    private static List<CinRule> Base2024To25() =>
    [
        new Rule100(),
        // ChildIdentifiers
        new Rule1510(), new Rule1530(), new Rule1540(), new Rule1550(), new Rule1560Q(), new Rule1570(), new Rule1580(),
        new Rule4180(), new Rule8500(), new Rule8520(), new Rule8525Q(), new Rule8530Q(), new Rule8535Q(), new Rule8545Q(),
        new Rule8590(), new Rule8750(), new Rule8770Q(), new Rule8772(), new Rule8775Q(),
        // ChildCharacteristics and Disabilities
        new Rule4220(), new Rule8540(), new Rule8790(), new Rule8794(),
        // CINdetails
        new Rule2883(), new Rule2884(), new Rule2990(), new Rule2991Q(), new Rule4000(), new Rule8555Q(), new Rule8565(),
        new Rule8568(), new Rule8569Q(), new Rule8585Q(), new Rule8600(), new Rule8606(), new Rule8610(), new Rule8620(),
        new Rule8630(), new Rule8640(), new Rule8650(), new Rule8805(), new Rule8810(), new Rule8815(), new Rule8816(),
        new Rule8820(), new Rule8825Q(), new Rule8831(), new Rule8832(), new Rule8866(), new Rule8867(), new Rule8868(),
        // Assessments
        new Rule1103(), new Rule8608(), new Rule8614(), new Rule8670Q(), new Rule8696(), new Rule8736(), new Rule8863Q(),
        new Rule8869(), new Rule8873Q(), new Rule8896(), new Rule8897Q(), new Rule8898(), new Rule8945Q(), new Rule8950Q(),
        // CINplanDates
        new Rule4001(), new Rule4003(), new Rule4004(), new Rule4008(), new Rule4009Q(), new Rule4010(), new Rule4011(),
        new Rule4012Q(), new Rule4013(), new Rule4014(), new Rule4015(), new Rule4016(), new Rule4017(),
        // Section47
        new Rule1104(), new Rule2889(), new Rule8615(), new Rule8675Q(), new Rule8715(), new Rule8740(), new Rule8839(),
        new Rule8870Q(), new Rule8875(), new Rule8890(),
        // ChildProtectionPlans
        new Rule1105(), new Rule2885(), new Rule8720(), new Rule8730(), new Rule8840(), new Rule8841(), new Rule8842Q(),
        new Rule8905(), new Rule8910(), new Rule8915(), new Rule8920(), new Rule8925(), new Rule8930(), new Rule8935(),
        new Rule8940(),
        // Across children
        new Rule1520(), new Rule8510(), new Rule2886Q(), new Rule2887Q(), new Rule2888Q(),
    ];
}
