using System.Data.Common;
using System.Globalization;
using Safeguard.Data;
using Safeguard.Data.Audit;

namespace Safeguard.Cli.Audit;

/// <summary>
/// `audit verify [--database FILE | --postgres CONNSTR]`: walks the audit trail's hash chain from the first entry,
/// recomputing every hash. Exit 0 with the count when intact; 1 naming the first broken entry when an entry was
/// altered, deleted or inserted; 2 when there is no database to check. Reads only: it never migrates or writes.
/// </summary>
public sealed class AuditVerifyCommand : ICliCommand
{
    public string Name => "audit verify";

    public string Summary => "Check the audit trail's hash chain: exit 1 at the first altered or missing entry";

    public string Usage => "[--database FILE | --postgres CONNSTR]";

    public async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var database = line.Option("postgres") is { Length: > 0 } postgres ? postgres : line.Database;
        if (line.Has("postgres") && SafeguardDatabase.ProviderFor(database) != DatabaseProvider.PostgreSql)
            throw new CommandLineException("--postgres takes a PostgreSQL connection string, like \"Host=127.0.0.1;Database=safeguard;Username=...\".");
        // Opening a missing SQLite file would create an empty one, which would "verify" with nothing in it.
        if (SafeguardDatabase.ProviderFor(database) == DatabaseProvider.Sqlite && !database.Contains('=', StringComparison.Ordinal) && !File.Exists(database))
        {
            error.WriteLine($"No database at {database}.");
            return 2;
        }

        AuditVerificationResult result;
        try
        {
            await using var db = SafeguardDatabase.Open(database);
            result = await AuditVerification.VerifyAsync(db, cancellationToken);
        }
        catch (DbException ex)
        {
            error.WriteLine($"Could not read the audit trail: {ex.Message}");
            return 2;
        }

        if (result.IsIntact)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Audit trail verified: {result.EntriesChecked:N0} entries"));
            return 0;
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Audit trail broken at entry {result.FirstBrokenSequence}: {result.Problems[0]}"));
        foreach (var problem in result.Problems.Skip(1).Take(9)) output.WriteLine($"  also: {problem}");
        if (result.Problems.Count > 10) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  and {result.Problems.Count - 10} more."));
        return 1;
    }
}
