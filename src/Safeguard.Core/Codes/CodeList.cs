using Safeguard.Core.Shared;

namespace Safeguard.Core.Codes;

/// <summary>A statutory code list (DfE CIN census / SSDA903): code → what a practitioner reads.</summary>
public sealed class CodeList(string name, IReadOnlyList<(string Code, string Description)> entries)
{
    private readonly Dictionary<string, string> _byCode = entries.ToDictionary(e => e.Code, e => e.Description, StringComparer.Ordinal);

    public string Name { get; } = name;

    public IReadOnlyList<(string Code, string Description)> Entries { get; } = entries;

    public bool Contains(string? code) => code is not null && _byCode.ContainsKey(code);

    public string Describe(string code) => _byCode.TryGetValue(code, out var d) ? d : code;

    /// <summary>The code, checked; refused with a message naming the list otherwise.</summary>
    public string Require(string? code, string field)
    {
        if (string.IsNullOrWhiteSpace(code)) throw new JourneyRuleException($"Select the {Name}", field);
        var trimmed = code.Trim();
        return Contains(trimmed) ? trimmed : throw new JourneyRuleException($"'{trimmed}' is not a valid {Name} code", field);
    }
}
