namespace Safeguard.Core.Returns;

/// <summary>
/// One failed rule (or schema check) in a statutory return.
/// <paramref name="ChildId"/> is the LA child ID (empty for header and LA-level rules).
/// <paramref name="EpisodeNumber"/> is the 1-based CINdetails (or 903 episode) position within the child, and
/// <paramref name="ItemNumber"/> the 1-based position of the assessment, S47, plan or review inside it, when the rule can say.
/// </summary>
public sealed record Finding(
    string Code,
    RuleSeverity Severity,
    string ChildId,
    string Fields,
    string Message,
    int? EpisodeNumber = null,
    int? ItemNumber = null)
{
    public string SeverityLabel => Severity == RuleSeverity.Error ? "ERROR" : "QUERY";

    /// <summary>Where in the child the problem lies, e.g. "CINdetails 2, item 1".</summary>
    public string Location =>
        EpisodeNumber is null ? "" : ItemNumber is null ? $"CINdetails {EpisodeNumber}" : $"CINdetails {EpisodeNumber}, item {ItemNumber}";
}
