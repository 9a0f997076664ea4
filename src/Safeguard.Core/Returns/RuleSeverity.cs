namespace Safeguard.Core.Returns;

/// <summary>DfE's two kinds of validation rule: an error blocks submission, a query needs an explanation.</summary>
public enum RuleSeverity
{
    Error,
    Query,
}
