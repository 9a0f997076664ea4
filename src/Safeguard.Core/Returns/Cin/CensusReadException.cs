namespace Safeguard.Core.Returns.Cin;

/// <summary>A census file that cannot be read: not XML, unsafe XML, the wrong document, or over a limit.</summary>
public sealed class CensusReadException : Exception
{
    public CensusReadException(string message, int line, int position, Exception? inner = null)
        : base(line > 0 ? $"{message} (line {line}, position {position})" : message, inner)
    {
        Line = line;
        Position = position;
        Reason = message;
    }

    public CensusReadException() : this("The census file could not be read.", 0, 0) { }

    public CensusReadException(string message) : this(message, 0, 0) { }

    public CensusReadException(string message, Exception inner) : this(message, 0, 0, inner) { }

    /// <summary>1-based line of the problem, 0 when unknown.</summary>
    public int Line { get; }

    public int Position { get; }

    /// <summary>The message without the location.</summary>
    public string Reason { get; }
}
