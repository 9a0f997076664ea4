namespace Safeguard.Core.People;

/// <summary>One disability code (CIN census N00099) recorded for a child.</summary>
public sealed record ChildDisability(string Code);
