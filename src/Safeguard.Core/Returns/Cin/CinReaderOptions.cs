namespace Safeguard.Core.Returns.Cin;

/// <summary>How far to trust a census file. The defaults suit an import; the validator reads leniently.</summary>
public sealed record CinReaderOptions
{
    /// <summary>Largest document accepted, in characters (about bytes for a census). Default 1 GB.</summary>
    public long MaxCharacters { get; init; } = 1_000_000_000;

    /// <summary>Deepest element nesting accepted; a census needs 7.</summary>
    public int MaxDepth { get; init; } = 16;

    /// <summary>
    /// Strict (import): unknown elements, text between elements, bad dates or numbers and duplicate LAchildIDs stop the
    /// read. Lenient (validation): they are skipped or left empty so the rules can still run; the XSD gate reports them.
    /// </summary>
    public bool Strict { get; init; } = true;

    /// <summary>Called every <see cref="ProgressEvery"/> children and once at the end.</summary>
    public Action<CinReadProgress>? Progress { get; init; }

    public int ProgressEvery { get; init; } = 500;

    public static CinReaderOptions Lenient { get; } = new() { Strict = false };
}

/// <summary>How far a read has got.</summary>
public readonly record struct CinReadProgress(int ChildrenRead, long BytesRead);
