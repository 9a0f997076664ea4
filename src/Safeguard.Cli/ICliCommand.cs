namespace Safeguard.Cli;

/// <summary>One `./safeguard` command. Register it in <see cref="CommandCatalogue"/>.</summary>
public interface ICliCommand
{
    /// <summary>One or two words: "seed", "census validate".</summary>
    string Name { get; }

    string Summary { get; }

    /// <summary>The options after the name, for help and usage errors.</summary>
    string Usage { get; }

    /// <summary>Exit code: 0 success, 1 the command's own "found problems" answer, 2 bad usage or input.</summary>
    Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error, CancellationToken cancellationToken);
}
