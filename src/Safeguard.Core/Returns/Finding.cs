using System.Globalization;

namespace Safeguard.Core.Returns;

/// <summary>
/// One failed rule (or schema check) in a statutory return.
/// <paramref name="ChildId"/> is the LA child ID (empty for header and LA-level rules); <paramref name="Fields"/> the
/// fields the rule names; <paramref name="Location"/> where in the return the problem lies, when the rule can say.
/// </summary>
public sealed record Finding(
    string Code,
    RuleSeverity Severity,
    string ChildId,
    string Fields,
    string Message,
    FindingLocation? Location = null)
{
    public FindingLocation Location { get; init; } = Location ?? FindingLocation.None;

    public string SeverityLabel => Severity == RuleSeverity.Error ? "ERROR" : "QUERY";
}

/// <summary>What a location points into: nowhere in particular, a CIN census child's episode, a 903 file's row, or a place in an XML file.</summary>
public enum LocationKind { None, CinDetails, FileRow, XmlPosition }

/// <summary>
/// Where a finding lies, in the terms of its return: "CINdetails 2, item 1" (the 1-based episode within the child and
/// the assessment, S47, plan or review inside it), "sw_episodes.csv line 6" (line 1 is the column header), or
/// "line 40, position 7" of a census file that broke the schema.
/// </summary>
public sealed record FindingLocation(LocationKind Kind, int? Episode = null, int? Item = null, string? File = null, int? Line = null, int? Position = null)
{
    public static FindingLocation None { get; } = new(LocationKind.None);

    public static FindingLocation CinDetails(int? episode, int? item = null) =>
        episode is null ? None : new(LocationKind.CinDetails, episode, item);

    public static FindingLocation Row(string file, int line) => new(LocationKind.FileRow, File: file, Line: line);

    public static FindingLocation Xml(int line, int position) => new(LocationKind.XmlPosition, Line: line, Position: position);

    /// <summary>The label people read, e.g. "CINdetails 2, item 1" or "episodes.csv line 4"; empty when there is none.</summary>
    public string Label => Kind switch
    {
        LocationKind.CinDetails when Item is null => string.Create(CultureInfo.InvariantCulture, $"CINdetails {Episode}"),
        LocationKind.CinDetails => string.Create(CultureInfo.InvariantCulture, $"CINdetails {Episode}, item {Item}"),
        LocationKind.FileRow => string.Create(CultureInfo.InvariantCulture, $"{File} line {Line}"),
        LocationKind.XmlPosition => string.Create(CultureInfo.InvariantCulture, $"line {Line}, position {Position}"),
        _ => "",
    };

    public override string ToString() => Label;
}
