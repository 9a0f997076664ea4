using System.Diagnostics;
using System.Xml;
using Safeguard.Core.Clock;
using Safeguard.Core.Returns.Cin.Rules;

namespace Safeguard.Core.Returns.Cin;

/// <summary>What a validation found: schema errors first, then rule findings in file order, then LA-level ones.</summary>
public sealed record CensusValidationResult(
    SchemaCheck Schema,
    IReadOnlyList<Finding> Findings,
    int ChildrenChecked,
    CinHeader Header,
    TimeSpan Elapsed)
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
/// Validates a CIN census file: the XSD gate and every rule of the year in a single streaming pass, child by child
/// (one parse of the XML: the schema-validating reader feeds the census reader).
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
    /// Validates a stream in one pass: the reader checks the schema as it goes and hands each child to the rules. A
    /// file that is not well-formed XML anywhere throws <see cref="CensusReadException"/> (before any other refusal,
    /// as when the schema gate read the whole file first); schema breaches do not stop the rules.
    /// </summary>
    public static CensusValidationResult Validate(Stream input, CinRuleset? ruleset = null, WorkingDayCalendar? calendar = null, CinReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ruleset ??= CinRuleset.Latest;
        var readOptions = (options ?? new CinReaderOptions()) with { Strict = false };
        var watch = Stopwatch.StartNew();
        var gate = new CinSchemaValidator.Gate(ruleset.ReferenceDate.Year, readOptions.MaxCharacters, maxErrors: 1000);
        var pass = new Pass(ruleset, calendar ?? DfeCalendar);
        var count = 0;
        CinHeader header;
        try
        {
            var counter = new CountingStream(input);
            using var xml = XmlReader.Create(counter, gate.Settings);
            try
            {
                header = CinCensusReader.ReadStreaming(xml, counter, readOptions, pass.Begin, child => { count++; pass.Child(child); });
            }
            catch (CensusReadException)
            {
                // The schema gate used to read the whole file before the rules began, so a file that is not
                // well-formed further on was refused as that first: read on to find out (this throws if so).
                ReadToEnd(xml);
                throw;
            }
            // What follows the root element (the gate read it too: a second root, say, is not well-formed).
            ReadToEnd(xml);
        }
        catch (XmlException ex)
        {
            throw gate.Malformed(ex);
        }
        return new CensusValidationResult(gate.Result(), pass.End(), count, header, watch.Elapsed);
    }

    private static void ReadToEnd(XmlReader xml)
    {
        while (xml.Read()) { }
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
