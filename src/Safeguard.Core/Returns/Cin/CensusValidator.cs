using System.Diagnostics;
using Safeguard.Core.Clock;
using Safeguard.Core.Returns.Cin.Rules;

namespace Safeguard.Core.Returns.Cin;

/// <summary>What a validation found: schema errors first, then rule findings in file order, then LA-level ones.</summary>
public sealed record CensusValidationResult(
    SchemaCheck Schema,
    IReadOnlyList<Finding> Findings,
    int ChildrenChecked,
    CinHeader Header,
    TimeSpan Elapsed,
    TimeSpan SchemaElapsed)
{
    public int ErrorCount => Findings.Count(f => f.Severity == RuleSeverity.Error);

    public int QueryCount => Findings.Count(f => f.Severity == RuleSeverity.Query);

    public bool IsClean => Schema.IsValid && Findings.Count == 0;

    /// <summary>Schema errors as findings (code "XSD"), for one list to print or save.</summary>
    public IReadOnlyList<Finding> AllFindings()
    {
        var all = new List<Finding>(Schema.Errors.Count + Findings.Count);
        foreach (var e in Schema.Errors)
            all.Add(new Finding("XSD", RuleSeverity.Error, "", "", e.Message, FindingLocation.Xml(e.Line, e.Position)));
        all.AddRange(Findings);
        return all;
    }
}

/// <summary>
/// Validates a CIN census file: the XSD gate, then every rule of the year in a single streaming pass, child by child.
/// Cost is linear in the number of children; cross-child rules keep hash sets and counters.
/// </summary>
public static class CensusValidator
{
    /// <summary>The calendar the DfE validator counts working days with: Monday to Friday, no bank holidays.</summary>
    public static WorkingDayCalendar DfeCalendar { get; } = new([], WorkingDayConvention.MondayToFridayOnly);

    public static CensusValidationResult ValidateFile(string path, CinRuleset? ruleset = null, WorkingDayCalendar? calendar = null, CinReaderOptions? options = null)
    {
        using var file = CinCensusReader.OpenFile(path);
        return Validate(file, ruleset, calendar, options);
    }

    /// <summary>
    /// Validates a seekable stream (it is read twice: schema, then rules). A file that is not well-formed XML throws
    /// <see cref="CensusReadException"/>; schema breaches do not stop the rules.
    /// </summary>
    public static CensusValidationResult Validate(Stream input, CinRuleset? ruleset = null, WorkingDayCalendar? calendar = null, CinReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.CanSeek) throw new ArgumentException("The census stream must be seekable (it is read twice).", nameof(input));
        ruleset ??= CinRuleset.Latest;
        var readOptions = (options ?? new CinReaderOptions()) with { Strict = false };
        var watch = Stopwatch.StartNew();
        var start = input.Position;
        var schema = CinSchemaValidator.Validate(input, ruleset.ReferenceDate.Year, readOptions.MaxCharacters);
        var schemaElapsed = watch.Elapsed;
        input.Position = start;
        var (findings, count, header) = Run(input, ruleset, calendar ?? DfeCalendar, readOptions);
        return new CensusValidationResult(schema, findings, count, header, watch.Elapsed, schemaElapsed);
    }

    /// <summary>Runs the rules over a census already in memory (e.g. one Safeguard is about to export).</summary>
    public static IReadOnlyList<Finding> Validate(CinCensus census, CinRuleset? ruleset = null, WorkingDayCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(census);
        ruleset ??= CinRuleset.Latest;
        var pass = new Pass(ruleset, calendar ?? DfeCalendar);
        pass.Begin(census.Header);
        foreach (var child in census.Children) pass.Child(child);
        return pass.End();
    }

    private static (List<Finding>, int, CinHeader) Run(Stream input, CinRuleset ruleset, WorkingDayCalendar calendar, CinReaderOptions options)
    {
        var pass = new Pass(ruleset, calendar);
        var count = 0;
        var header = CinCensusReader.ReadStreaming(input, options, pass.Begin, child => { count++; pass.Child(child); });
        return (pass.End(), count, header);
    }

    /// <summary>One pass: header rules once, child rules per child, census rules observe and finish.</summary>
    private sealed class Pass(CinRuleset ruleset, WorkingDayCalendar calendar)
    {
        private readonly List<Finding> _findings = [];
        private CensusContext _context = null!;
        private ICensusRuleRun[] _runs = [];

        public void Begin(CinHeader header)
        {
            _context = new CensusContext(header.ReferenceDate ?? ruleset.ReferenceDate, calendar, ruleset.ReferenceDate);
            foreach (var rule in ruleset.HeaderRules) rule.Check(header, _context, _findings);
            _runs = new ICensusRuleRun[ruleset.CensusRules.Count];
            for (var i = 0; i < _runs.Length; i++) _runs[i] = ruleset.CensusRules[i].Begin(_context);
        }

        public void Child(CensusChild child)
        {
            var rules = ruleset.ChildRules;
            for (var i = 0; i < rules.Count; i++) rules[i].Check(child, _context, _findings);
            foreach (var run in _runs) run.Observe(child, _findings);
        }

        public List<Finding> End()
        {
            foreach (var run in _runs) run.Finish(_findings);
            return _findings;
        }
    }
}
