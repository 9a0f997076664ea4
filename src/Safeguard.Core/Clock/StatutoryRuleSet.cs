using System.Diagnostics.CodeAnalysis;

namespace Safeguard.Core.Clock;

/// <summary>
/// The statutory timescales an authority works to, chosen per authority by <see cref="Code"/> ("WT2010", "WT2023").
/// </summary>
public sealed class StatutoryRuleSet
{
    private readonly Dictionary<string, StatutoryRule> _byId;

    private StatutoryRuleSet(string code, string name, IReadOnlyList<StatutoryRule> rules)
    {
        Code = code;
        Name = name;
        Rules = rules;
        _byId = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    /// <summary>Working Together to Safeguard Children 2010 with the Framework for Assessment (initial + core assessments).</summary>
    public static StatutoryRuleSet WorkingTogether2010 { get; } = new("WT2010", "Working Together 2010", StatutoryRules.WorkingTogether2010());

    /// <summary>Working Together to Safeguard Children 2023 (single assessment; unchanged since 2013 on these timescales).</summary>
    public static StatutoryRuleSet WorkingTogether2023 { get; } = new("WT2023", "Working Together 2023", StatutoryRules.WorkingTogether2023());

    public static IReadOnlyList<StatutoryRuleSet> All { get; } = [WorkingTogether2010, WorkingTogether2023];

    /// <summary>Stable code stored against an authority: "WT2010" or "WT2023".</summary>
    public string Code { get; }

    /// <summary>"Working Together 2023".</summary>
    public string Name { get; }

    public IReadOnlyList<StatutoryRule> Rules { get; }

    /// <summary>The rule with this id; throws <see cref="KeyNotFoundException"/> naming the set if it has none.</summary>
    public StatutoryRule this[string id] => _byId.TryGetValue(id, out var rule)
        ? rule
        : throw new KeyNotFoundException($"{Name} ({Code}) has no statutory rule '{id}'. It has: {string.Join(", ", _byId.Keys)}.");

    public bool TryGetRule(string id, [NotNullWhen(true)] out StatutoryRule? rule) => _byId.TryGetValue(id, out rule);

    /// <summary>The rule set with this code (case-insensitive); throws <see cref="ArgumentException"/> for an unknown code.</summary>
    public static StatutoryRuleSet FromCode(string code) =>
        All.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown statutory rule set '{code}'; expected {string.Join(" or ", All.Select(s => s.Code))}.", nameof(code));

    public override string ToString() => $"{Name} ({Code})";
}
