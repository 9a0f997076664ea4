namespace Safeguard.Core.Returns.Ssda903;

/// <summary>A 903 CSV file that cannot be read: says which file, line and column, so the analyst can open it there.</summary>
public sealed class Ssda903ReadException : Exception
{
    public Ssda903ReadException(string file, int line, string? column, string problem)
        : base($"{file}, line {line}{(column is null ? "" : $", column {column}")}: {problem}")
    {
        File = file; Line = line; Column = column;
    }

    public Ssda903ReadException() { File = ""; }

    public Ssda903ReadException(string message) : base(message) { File = ""; }

    public Ssda903ReadException(string message, Exception innerException) : base(message, innerException) { File = ""; }

    public string File { get; }
    public int Line { get; }
    public string? Column { get; }
}
