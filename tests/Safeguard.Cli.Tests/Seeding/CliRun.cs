namespace Safeguard.Cli.Tests.Seeding;

/// <summary>Runs a `./safeguard` command in process and keeps what it printed.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLineApp.RunAsync(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
