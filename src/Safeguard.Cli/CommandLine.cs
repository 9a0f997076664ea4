using System.Globalization;

namespace Safeguard.Cli;

public sealed class CommandLineException(string message) : Exception(message);

/// <summary>Positional arguments and `--name value` / `--flag` options.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.OrdinalIgnoreCase);

    private readonly List<string> _positionals = [];

    private CommandLine() { }

    public IReadOnlyList<string> Positionals => _positionals;

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var line = new CommandLine();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var name = arg[2..];
                string? value = null;
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq >= 0) { value = name[(eq + 1)..]; name = name[..eq]; }
                else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) value = args[++i];
                line._options[name] = value;
            }
            else line._positionals.Add(arg);
        }
        return line;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Option(string name) => _options.TryGetValue(name, out var v) ? v : null;

    public string Required(string name) =>
        Option(name) is { Length: > 0 } v ? v : throw new CommandLineException($"--{name} is required.");

    public int Int(string name, int fallback)
    {
        var v = Option(name);
        if (v is null) return fallback;
        return int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n : throw new CommandLineException($"--{name} must be a whole number, not '{v}'.");
    }

    public string Positional(int index, string what) =>
        index < Positionals.Count ? Positionals[index] : throw new CommandLineException($"Give the {what}.");

    /// <summary>The database every command takes: a SQLite file path or a PostgreSQL connection string.</summary>
    public string Database => Option("database") ?? Path.Combine("data", "safeguard.db");
}
