using Safeguard.Bench;

// Benchmarks print figures; docs/performance.md records them with how they were made.
return args.FirstOrDefault() switch
{
    "seed" => await Safeguard.Bench.Seeding.SeedBench.RunAsync(args[1..]),
    "seed-one" => await Safeguard.Bench.Seeding.SeedBench.RunOneAsync(args[1..]),
    "indicators" => Safeguard.Bench.Indicators.IndicatorBench.Run(args[1..]),
    "indicators-db" => await Safeguard.Bench.Indicators.IndicatorDatabaseBench.RunAsync(args[1..]),
    "returns" => await Safeguard.Bench.Returns.ReturnsBench.RunAsync(args[1..]),
    "records" => await Safeguard.Bench.Records.WholeRecordBench.RunAsync(args[1..]),
    "web" => await Safeguard.Bench.Web.WebPageBench.RunAsync(args),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        Usage: dotnet run -c Release --project bench/Safeguard.Bench -- <benchmark> [options]
          seed [--years 10] [--scales 0.25,0.5,1] [--postgres <server connection string>]
              time and peak memory to seed a Kent-sized authority (scaled) into SQLite and PostgreSQL
          indicators [--years 10]
              time to compute every indicator over a Kent-sized authority held in memory
          indicators-db --database F [--authority Kent] [--year 2026] [--reader rows|whole|both] [--runs 3] [--drill-down]
              time to read an authority's children from a database and compute every indicator for the year
          returns [--database F] [--children 16600] [--england F] [--parallel N] [--work DIR] [--markdown F]
              CIN census export, validation and import: time, memory and cost against size
          records --database F [--children 1000]
              time to read a child's whole record, and the memory each kept one takes (the web app keeps 1,000)
          web [--url http://127.0.0.1:5089] [--runs 50] [--path /statistics?...]... [--email E --password P]
              p50/p95 time to answer pages of a running, warm web app (default: the comparison pages)
        """);
    return 2;
}

namespace Safeguard.Bench
{
    internal static class Measure
    {
        /// <summary>The process's peak resident set (VmHWM), the honest "peak memory" on Linux.</summary>
        public static long PeakResidentBytes()
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            return Environment.WorkingSet;
        }
    }
}
