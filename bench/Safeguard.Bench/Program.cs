using Safeguard.Bench.Returns;

// One subcommand per benchmark: `dotnet run -c Release --project bench/Safeguard.Bench -- <name> [options]`.
var benches = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.OrdinalIgnoreCase)
{
    ["returns"] = ReturnsBench.RunAsync,
};

if (args.Length == 0 || !benches.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"Usage: Safeguard.Bench <{string.Join("|", benches.Keys)}> [options]");
    return 2;
}
return await run(args[1..]);
