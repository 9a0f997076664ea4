using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data.Audit;
using Safeguard.Data.Records;
using Safeguard.Generator;
using Safeguard.Tests;

namespace Safeguard.Data.Tests.Records;

/// <summary>
/// The batch writer inserts rows itself instead of calling SaveChanges: every table must hold exactly what
/// SaveChanges would have stored for the same records — the same values in the same formats.
/// </summary>
public sealed class RecordBatchWriterTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task StoresExactlyWhatSaveChangesStores(DatabaseProvider provider)
    {
        await using var written = await TestDatabase.CreateAsync(provider);
        await using var saved = await TestDatabase.CreateAsync(provider);
        var targets = BuiltInTargets.Rutland2025;
        // Ids are time-ordered, so the same records (not a second generation) go to both, in the generator's order.
        var recording = new RecordingSink();
        AuthorityGenerator.Generate(AuthorityGenerator.AuthorityFor(targets), targets, 2, 13, new DateOnly(2026, 3, 31), recording);
        // Small batches, so sibling links and family members cross batch boundaries.
        var writer = new GeneratedAuthorityWriter(written.Connection, childrenPerBatch: 50);
        recording.ReplayInto(writer);
        recording.ReplayInto(new SaveChangesSink(saved.Connection));

        await using var a = written.Open();
        await using var b = saved.Open();
        var tables = a.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order().ToList();
        var filled = 0;
        foreach (var table in tables)
        {
            var expected = await RowsAsync(b, table);
            var actual = await RowsAsync(a, table);
            Assert.True(expected.SequenceEqual(actual), $"{table}: {actual.Count} rows written, {expected.Count} saved; first difference: "
                + actual.Except(expected).FirstOrDefault() + " | " + expected.Except(actual).FirstOrDefault());
            if (expected.Count > 0) filled++;
        }
        Assert.True(filled >= 20, $"only {filled} tables had rows: the comparison proved little");
        Assert.Equal(await a.Children.CountAsync(), writer.ChildrenWritten);
        // And EF reads them back as the aggregates they were.
        var child = await a.Children.Include(c => c.Episodes).ThenInclude(e => e.Assessments).AsSplitQuery().FirstAsync(c => c.Episodes.Count > 0);
        Assert.NotEmpty(child.Episodes);
    }

    [Fact]
    public async Task RefusesAuditEntries_WhichMustBeChainedAsTheyAreSaved()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var writer = new RecordBatchWriter(database.Connection);
        var entry = new AuditEntry(DateTimeOffset.UnixEpoch, null, "test", "auditor", Guid.NewGuid(), AuditAction.Viewed, "child summary", "127.0.0.1");
        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.WriteAsync([entry]));
        await using var db = database.Open();
        Assert.Equal(0, await db.Set<AuditEntry>().CountAsync());
    }

    private static async Task<List<string>> RowsAsync(SafeguardDbContext db, string table)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader, i))));
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static string Text(DbDataReader reader, int i) =>
        reader.IsDBNull(i) ? "∅" : reader.GetFieldType(i).Name + ":" + Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);

    /// <summary>Keeps each hand-over in order, to give the same records to two sinks.</summary>
    private sealed class RecordingSink : IGeneratedAuthoritySink
    {
        private readonly List<Action<IGeneratedAuthoritySink>> _calls = [];

        public void AddAuthority(Authority authority) => _calls.Add(s => s.AddAuthority(authority));
        public void AddTeams(IReadOnlyList<Team> teams) => _calls.Add(s => s.AddTeams(teams));
        public void AddWorkers(IReadOnlyList<Worker> workers) => _calls.Add(s => s.AddWorkers(workers));
        public void AddProfessionals(IReadOnlyList<Professional> professionals) => _calls.Add(s => s.AddProfessionals(professionals));
        public void AddFamilyMembers(IReadOnlyList<FamilyMember> familyMembers) => _calls.Add(s => s.AddFamilyMembers([.. familyMembers]));
        public void AddChildren(IReadOnlyList<Child> children) => _calls.Add(s => s.AddChildren([.. children]));
        public void Complete() => _calls.Add(s => s.Complete());

        public void ReplayInto(IGeneratedAuthoritySink sink) => _calls.ForEach(call => call(sink));
    }

    /// <summary>The reference: what EF's SaveChanges stores, one context a batch.</summary>
    private sealed class SaveChangesSink(string database) : IGeneratedAuthoritySink
    {
        public void AddAuthority(Authority authority) => Save([authority]);
        public void AddTeams(IReadOnlyList<Team> teams) => Save(teams);
        public void AddWorkers(IReadOnlyList<Worker> workers) => Save(workers);
        public void AddProfessionals(IReadOnlyList<Professional> professionals) => Save(professionals);
        public void AddFamilyMembers(IReadOnlyList<FamilyMember> familyMembers) => Save(familyMembers);
        public void AddChildren(IReadOnlyList<Child> children) => Save(children);
        public void Complete() { }

        private void Save(IEnumerable<object> records)
        {
            using var db = SafeguardDatabase.Open(database);
            db.AddRange(records);
            db.SaveChanges();
        }
    }
}
