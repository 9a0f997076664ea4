using System.Globalization;
using System.Text;
using Safeguard.Core.Returns.Cin;
using Safeguard.Data;
using Safeguard.Data.NationalStore;
using Safeguard.Data.Records;
using Safeguard.Data.Returns;
using Safeguard.Generator;

namespace Safeguard.Bench.Returns;

/// <summary>
/// `returns [--database FILE] [--children 16600] [--england FILE] [--parallel N] [--work DIR] [--markdown FILE]`:
/// (a) export and validate one CIN census of --children children made from generated authorities (Birmingham is
/// generated into --database when it holds none); (d) validate and import at a quarter, half and all of it;
/// (b, c) with --england, a database seeded with `seed --like england --years 1`: export every authority in one pass
/// (a file each), validate the files --parallel at a time (default: the cores), import every file into a fresh national store.
/// </summary>
public static class ReturnsBench
{
    private static readonly DateTime MadeAt = new(2026, 4, 20, 9, 0, 0, DateTimeKind.Unspecified);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options(args);
        var work = options.GetValueOrDefault("work") ?? Path.Combine(Path.GetTempPath(), "safeguard-bench-returns");
        Directory.CreateDirectory(work);
        var database = options.GetValueOrDefault("database") ?? Path.Combine(work, "generated.db");
        var size = int.Parse(options.GetValueOrDefault("children") ?? "16600", CultureInfo.InvariantCulture);
        var year = 2026;
        var rows = new List<Measured>();

        await SafeguardDatabase.MigrateAsync(database);
        var authorities = await CensusExport.AuthoritiesAsync(database);
        if (authorities.Count == 0)
        {
            var targets = BuiltInTargets.Birmingham2025;
            rows.Add(Measured.Run($"generate {targets.Name} (1 year + burn-in) into SQLite", () =>
            {
                var summary = AuthorityGenerator.Generate(AuthorityGenerator.AuthorityFor(targets), targets, 1, 1, new DateOnly(year, 3, 31), new GeneratedAuthorityWriter(database));
                return (summary.Children, new FileInfo(database).Length);
            }));
            authorities = await CensusExport.AuthoritiesAsync(database);
        }

        // --england-only true skips (a) and (d): minutes, mostly the whole-record reference path.
        if (options.GetValueOrDefault("england-only") != "true")
        {
            // (a) one census of `size` children, taken from the generated authorities in turn.
            var big = Path.Combine(work, $"cin-{size}.xml");
            var header = CensusFromRecords.Header(authorities[0], year, MadeAt);
            rows.Add(Measured.Run($"(a) export {size:N0} children from the records", () =>
            {
                var children = authorities.SelectMany(a => CensusExport.Children(database, a, year)).Take(size);
                var count = 0;
                using (var file = File.Create(big)) CinCensusWriter.Write(header, children.Select(c => { count++; return c; }), file);
                return (count, new FileInfo(big).Length);
            }));
            rows.Add(Measured.Run($"(a) the same from whole records (the reference path)", () =>
            {
                var children = authorities.SelectMany(a => CensusExport.ChildrenFromWholeRecords(database, a, year)).Take(size);
                var count = 0;
                var reference = Path.Combine(work, $"cin-{size}-whole-records.xml");
                using (var file = File.Create(reference)) CinCensusWriter.Write(header, children.Select(c => { count++; return c; }), file);
                return (count, new FileInfo(reference).Length);
            }));
            rows.Add(Validate($"(a) validate {size:N0} children (XSD + rules)", big));

            // (d) cost against size: the file at 1x, 4x and 16x, the copies' LAchildIDs suffixed so each child is distinct.
            var files = new List<(int Children, string Path)>();
            var baseChildren = CinCensusReader.ReadFile(big).Children;
            foreach (var copies in new[] { 1, 4, 16 })
            {
                var path = Path.Combine(work, $"cin-x{copies}.xml");
                using (var file = File.Create(path)) CinCensusWriter.Write(header, Copies(baseChildren, copies), file);
                files.Add((baseChildren.Count * copies, path));
            }
            baseChildren = [];
            foreach (var (n, path) in files)
            {
                rows.Add(Validate($"(d) validate {n:N0}", path));
                rows.Add(await Import($"(d) import {n:N0}", [path], Path.Combine(work, $"national-{n}.db")));
            }
        }

        // (b, c) England: every authority in one pass (a file each), the files validated two at a time, then imported.
        if (options.GetValueOrDefault("england") is { } england)
        {
            var folder = Path.Combine(work, "england");
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            // Several databases may be given (comma-separated), e.g. England seeded in two halves at once: each is
            // exported in its own pass; an LA code already exported from an earlier database is skipped.
            var databases = england.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var perDatabase = new List<(string Database, IReadOnlyList<Core.Workforce.Authority> Authorities)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var d in databases)
                perDatabase.Add((d, [.. (await CensusExport.AuthoritiesAsync(d)).Where(a => seen.Add(a.LaCode))]));
            var las = perDatabase.SelectMany(p => p.Authorities).ToList();
            var parallel = int.Parse(options.GetValueOrDefault("parallel") ?? Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            IReadOnlyList<CensusExportFile> written = [];
            var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            var export = Measured.Run($"(b) export {las.Count} authorities, one pass, a file each", () =>
            {
                written = [.. perDatabase.SelectMany(p => CensusExport.WriteAll(p.Database, p.Authorities, year, MadeAt, folder))];
                return (written.Sum(f => f.Result.Counts.Children), written.Sum(f => new FileInfo(f.Path).Length), written.Sum(f => f.Result.Counts.Referrals));
            });
            rows.Add(export);
            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            Console.Error.WriteLine($"(b) export: {las.Count} authorities from {databases.Length} database(s); {export.Children:N0} children, {export.Referrals:N0} referrals; {cpu.TotalSeconds:N2} s of CPU ({cpu.TotalMicroseconds / Math.Max(1, export.Children):N1} µs a child)");
            // --export-only true: stop after the export (for measuring the export alone).
            if (options.GetValueOrDefault("export-only") == "true")
            {
                Console.WriteLine(Table(rows));
                return 0;
            }
            var englandFiles = written.Select(f => f.Path).ToList();
            cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            var validate = Measured.Run($"(b) validate {englandFiles.Count} files (XSD + rules), {parallel} at a time", () =>
            {
                var children = 0;
                long errors = 0, queries = 0;
                Parallel.ForEach(englandFiles, new ParallelOptions { MaxDegreeOfParallelism = parallel }, f =>
                {
                    var result = CensusValidator.ValidateFile(f);
                    Interlocked.Add(ref children, result.ChildrenChecked);
                    Interlocked.Add(ref errors, result.ErrorCount + result.Schema.TotalErrors);
                    Interlocked.Add(ref queries, result.QueryCount);
                });
                Console.Error.WriteLine($"(b) validate: {errors:N0} errors (schema + rules), {queries:N0} queries");
                return (children, englandFiles.Sum(f => new FileInfo(f).Length), export.Referrals);
            });
            rows.Add(validate);
            cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            Console.Error.WriteLine($"(b) validate: {cpu.TotalSeconds:N2} s of CPU ({cpu.TotalMicroseconds / Math.Max(1, validate.Children):N1} µs a child)");
            rows.Add(new Measured("(b) export + validate, England", export.Children, export.Bytes, export.Elapsed + validate.Elapsed,
                Math.Max(export.PeakWorkingSet, validate.PeakWorkingSet), Math.Max(export.PeakManagedHeap, validate.PeakManagedHeap), export.Referrals));
            rows.Add(await Import($"(c) import {englandFiles.Count} files into the national store", englandFiles, Path.Combine(work, "national-england.db")));
        }
        else Console.Error.WriteLine("(b, c) skipped: give --england FILE, a database made by `./safeguard seed --like england --years 1 --end 2026-03-31 --database FILE`.");

        var table = Table(rows);
        Console.WriteLine(table);
        if (options.GetValueOrDefault("markdown") is { } markdown) await File.WriteAllTextAsync(markdown, table);
        return 0;
    }

    private static IEnumerable<CensusChild> Copies(IReadOnlyList<CensusChild> children, int copies)
    {
        for (var k = 0; k < copies; k++)
            foreach (var c in children)
                yield return k == 0 ? c : c with { Identifiers = c.Identifiers with { LaChildId = $"{c.LaChildId}R{k}" } };
    }

    private static Measured Validate(string step, string path) => Measured.Run(step, () =>
    {
        var result = CensusValidator.ValidateFile(path);
        Console.Error.WriteLine($"{step}: {result.Schema.TotalErrors} schema errors, {result.ErrorCount} rule errors, {result.QueryCount} queries");
        return (result.ChildrenChecked, new FileInfo(path).Length);
    });

    private static async Task<Measured> Import(string step, IReadOnlyList<string> files, string store)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { store, store + "-wal", store + "-shm" }) File.Delete(f);
        await SafeguardDatabase.MigrateAsync(store);
        return Measured.Run(step, () =>
        {
            var children = 0;
            foreach (var f in files) children += CensusImport.ImportFileAsync(store, f, TimeProvider.System).GetAwaiter().GetResult().Submission.Children;
            return (children, files.Sum(f => new FileInfo(f).Length));
        });
    }

    private static string Table(IReadOnlyList<Measured> rows)
    {
        var s = new StringBuilder();
        s.AppendLine("| step | children | referrals | file MB | seconds | µs per child | peak working set MB | peak managed heap MB |");
        s.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in rows)
            s.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Step} | {r.Children:N0} | {(r.Referrals == 0 ? "" : r.Referrals.ToString("N0", CultureInfo.InvariantCulture))} | {r.Bytes / 1e6:N1} | {r.Elapsed.TotalSeconds:N2} | {r.MicrosecondsPerChild:N0} | {r.PeakWorkingSet / 1e6:N0} | {r.PeakManagedHeap / 1e6:N0} |"));
        return s.ToString();
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Expected --option value, not '{args[i]}'.");
            options[args[i][2..]] = args[i + 1];
        }
        return options;
    }
}
