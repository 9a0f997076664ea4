using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Schema;

namespace Safeguard.Core.Returns.Cin;

/// <summary>One breach of the DfE schema, where it is in the file.</summary>
public sealed record SchemaError(int Line, int Position, string Message)
{
    public override string ToString() => $"line {Line}, position {Position}: {Message}";
}

/// <summary>The result of the schema gate. <see cref="TotalErrors"/> counts past the cap on <see cref="Errors"/>.</summary>
public sealed record SchemaCheck(IReadOnlyList<SchemaError> Errors, int TotalErrors)
{
    public bool IsValid => TotalErrors == 0;
}

/// <summary>
/// Checks a census file against the embedded DfE schema of its year (CIN_schema_2026.xsd for 2025-26) in one
/// streaming pass, with the same hardened reader settings as the import. Malformed XML is a
/// <see cref="CensusReadException"/>; schema breaches are returned with line and position.
/// </summary>
public static class CinSchemaValidator
{
    private static readonly ConcurrentDictionary<int, XmlSchemaSet> Schemas = new();

    /// <summary>The census-end years whose schema is embedded.</summary>
    public static IReadOnlyList<int> Years { get; } = [2026];

    public static SchemaCheck Validate(Stream input, int schemaYear = 2026, long maxCharacters = 1_000_000_000, int maxErrors = 1000)
    {
        ArgumentNullException.ThrowIfNull(input);
        var gate = new Gate(schemaYear, maxCharacters, maxErrors);
        try
        {
            using var xml = XmlReader.Create(input, gate.Settings);
            while (xml.Read()) { }
        }
        catch (XmlException ex)
        {
            throw gate.Malformed(ex);
        }
        return gate.Result();
    }

    /// <summary>
    /// The reader settings that check the schema as a file is read, and the breaches they collect: the gate alone
    /// reads the file through; <see cref="CensusValidator"/> reads the census through them, so the file is parsed once.
    /// </summary>
    internal sealed class Gate
    {
        private readonly List<SchemaError> _errors = [];
        private readonly long _maxCharacters;
        private int _total;

        public Gate(int schemaYear, long maxCharacters, int maxErrors)
        {
            _maxCharacters = maxCharacters;
            Settings = CinCensusReader.SafeSettings(maxCharacters);
            Settings.ValidationType = ValidationType.Schema;
            Settings.Schemas = Schema(schemaYear);
            Settings.ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings;
            Settings.ValidationEventHandler += (_, e) =>
            {
                _total++;
                if (_errors.Count < maxErrors) _errors.Add(new SchemaError(e.Exception.LineNumber, e.Exception.LinePosition, e.Message));
            };
        }

        public XmlReaderSettings Settings { get; }

        /// <summary>A file that is not well-formed XML, where the XML parser stopped.</summary>
        public CensusReadException Malformed(XmlException ex) =>
            new(CinCensusReader.Explain(ex, _maxCharacters), ex.LineNumber, ex.LinePosition, ex);

        public SchemaCheck Result() => new(_errors, _total);
    }

    public static SchemaCheck ValidateFile(string path, int schemaYear = 2026, long maxCharacters = 1_000_000_000, int maxErrors = 1000)
    {
        using var file = CinCensusReader.OpenFile(path);
        return Validate(file, schemaYear, maxCharacters, maxErrors);
    }

    /// <summary>The compiled schema for a census-end year (cached; compiled schema sets are safe to share for reading).</summary>
    public static XmlSchemaSet Schema(int schemaYear) => Schemas.GetOrAdd(schemaYear, Load);

    private static XmlSchemaSet Load(int year)
    {
        var name = $"Safeguard.Core.Returns.Cin.Xsd.CIN_schema_{year}.xsd";
        using var stream = typeof(CinSchemaValidator).Assembly.GetManifestResourceStream(name)
            ?? throw new ArgumentOutOfRangeException(nameof(year), year, $"No CIN schema is embedded for {year}.");
        var set = new XmlSchemaSet { XmlResolver = null };
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        set.Add(null, reader);
        set.Compile();
        return set;
    }
}
