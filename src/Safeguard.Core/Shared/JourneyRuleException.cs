namespace Safeguard.Core.Shared;

/// <summary>
/// A change the domain refuses because it would break a rule of the child's journey (a plan with no conference,
/// a date in the future, two open plans). The message is written for the social worker who tried it;
/// <see cref="Field"/> names the thing to correct so a page can point its error summary at it.
/// </summary>
public sealed class JourneyRuleException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
