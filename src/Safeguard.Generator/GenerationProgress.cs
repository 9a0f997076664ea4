namespace Safeguard.Generator;

/// <summary>How far a long generation has got: the simulated date and how much has been made so far.</summary>
public sealed record GenerationProgress(string Authority, DateOnly SimulatedDate, int ChildrenSoFar, int ReferralsSoFar);
