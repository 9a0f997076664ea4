namespace Safeguard.Core.Shared;

/// <summary>Record identifiers: version 7 GUIDs, so keys sort by creation and index well on both databases.</summary>
public static class Ids
{
    public static Guid New() => Guid.CreateVersion7();
}
