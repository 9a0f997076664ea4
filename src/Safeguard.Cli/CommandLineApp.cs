namespace Safeguard.Cli;

/// <summary>Finds the command named on the command line and runs it; usage errors exit 2 with a message, never a stack trace.</summary>
public static class CommandLineApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var commands = CommandCatalogue.All;
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintUsage(output, commands);
            return args.Length == 0 ? 2 : 0;
        }

        // Commands may be one or two words ("seed", "census validate").
        var command = commands.FirstOrDefault(c => Matches(c.Name, args));
        if (command is null)
        {
            error.WriteLine($"Unknown command '{args[0]}'. Run ./safeguard --help for the list.");
            return 2;
        }

        var rest = args.Skip(command.Name.Split(' ').Length).ToArray();
        try
        {
            var line = CommandLine.Parse(rest);
            if (line.Has("help")) { output.WriteLine($"{command.Name}: {command.Summary}\n{command.Usage}"); return 0; }
            return await command.RunAsync(line, output, error, cancellationToken);
        }
        catch (CommandLineException ex)
        {
            error.WriteLine(ex.Message);
            error.WriteLine($"Usage: ./safeguard {command.Name} {command.Usage}");
            return 2;
        }
    }

    private static bool Matches(string name, string[] args)
    {
        var words = name.Split(' ');
        return args.Length >= words.Length && words.Select((w, i) => w == args[i]).All(x => x);
    }

    private static void PrintUsage(TextWriter output, IReadOnlyList<ICliCommand> commands)
    {
        output.WriteLine("Usage: ./safeguard <command> [options]   (every command takes --database <SQLite file or PostgreSQL connection string>)");
        output.WriteLine();
        foreach (var c in commands) output.WriteLine($"  {c.Name,-22} {c.Summary}");
    }
}
