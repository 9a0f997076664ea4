namespace Safeguard.Core.Returns.Cin.Rules;

/// <summary>8510: each LAchildID once. Every child sharing an ID is reported.</summary>
public sealed class Rule8510() : CensusRule("8510")
{
    public override ICensusRuleRun Begin(CensusContext context) => new DuplicateRun(this, c => c.LaChildId.Length == 0 ? null : c.LaChildId);
}

/// <summary>1520: each UPN once.</summary>
public sealed class Rule1520() : CensusRule("1520")
{
    public override ICensusRuleRun Begin(CensusContext context) => new DuplicateRun(this, c => c.Identifiers.Upn);
}

/// <summary>One pass with a dictionary: the first holder of a key is reported when the first duplicate appears.</summary>
internal sealed class DuplicateRun(CinRule rule, Func<CensusChild, string?> key) : ICensusRuleRun
{
    private readonly Dictionary<string, (string FirstChild, bool Reported)> _seen = new(StringComparer.Ordinal);

    public void Observe(CensusChild child, List<Finding> findings)
    {
        if (key(child) is not { } k) return;
        if (!_seen.TryGetValue(k, out var first))
        {
            _seen[k] = (child.LaChildId, false);
            return;
        }
        if (!first.Reported)
        {
            findings.Add(Make(first.FirstChild));
            _seen[k] = (first.FirstChild, true);
        }
        findings.Add(Make(child.LaChildId));
    }

    public void Finish(List<Finding> findings) { }

    private Finding Make(string childId) => rule.FindingFor(childId);
}

/// <summary>2886Q: no more than 2% of born children with no sex recorded (missing or U). LA level.</summary>
public sealed class Rule2886Q() : CensusRule("2886Q")
{
    public override ICensusRuleRun Begin(CensusContext context) => new Run(this);

    private sealed class Run(Rule2886Q rule) : ICensusRuleRun
    {
        private int _children;
        private int _unknown;

        public void Observe(CensusChild child, List<Finding> findings)
        {
            _children++;
            var id = child.Identifiers;
            if (id.ExpectedPersonBirthDate is null && (id.Sex is null || id.Sex == "U")) _unknown++;
        }

        public void Finish(List<Finding> findings)
        {
            if (_children > 0 && _unknown > 0.02 * _children) findings.Add(rule.Found(""));
        }
    }
}

/// <summary>2887Q: an LA should use more than 7 different disability codes (besides NONE). LA level.</summary>
public sealed class Rule2887Q() : CensusRule("2887Q")
{
    public override ICensusRuleRun Begin(CensusContext context) => new Run(this);

    private sealed class Run(Rule2887Q rule) : ICensusRuleRun
    {
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);

        public void Observe(CensusChild child, List<Finding> findings)
        {
            foreach (var d in child.Characteristics.Disabilities)
                if (d != "NONE" && CinCodes.Disability.Contains(d)) _used.Add(d);
        }

        public void Finish(List<Finding> findings)
        {
            if (_used.Count <= 7) findings.Add(rule.Found(""));
        }
    }
}

/// <summary>2888Q: when children have disabilities, at least one should have more than one recorded. LA level.</summary>
public sealed class Rule2888Q() : CensusRule("2888Q")
{
    public override ICensusRuleRun Begin(CensusContext context) => new Run(this);

    private sealed class Run(Rule2888Q rule) : ICensusRuleRun
    {
        private bool _anyDisabled;
        private bool _anyMultiple;

        public void Observe(CensusChild child, List<Finding> findings)
        {
            var count = 0;
            foreach (var d in child.Characteristics.Disabilities)
                if (d != "NONE") count++;
            _anyDisabled |= count > 0;
            _anyMultiple |= count > 1;
        }

        public void Finish(List<Finding> findings)
        {
            if (_anyDisabled && !_anyMultiple) findings.Add(rule.Found(""));
        }
    }
}
