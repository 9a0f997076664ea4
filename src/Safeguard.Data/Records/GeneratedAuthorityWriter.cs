using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Generator;

namespace Safeguard.Data.Records;

/// <summary>
/// Stores a generated authority as the generator hands it over, flushing every few hundred children so a decade of
/// a large county never sits in memory. The generator's order (authority, workforce, families, then children) keeps
/// every foreign key pointing at a row already written. A batch of children is written while the generator makes the
/// next (one batch in flight, so memory stays flat): on two cores that nearly halves a seed's time.
/// </summary>
public sealed class GeneratedAuthorityWriter(string database, int childrenPerBatch = 4_000) : IGeneratedAuthoritySink
{
    private readonly RecordBatchWriter _writer = new(database);
    private readonly List<object> _pending = [];
    private int _pendingChildren;
    private Task _writing = Task.CompletedTask;

    public long RecordsWritten => _writer.Written;
    public long RowsWritten => _writer.RowsWritten;
    public int ChildrenWritten { get; private set; }

    public void AddAuthority(Authority authority) => Write([authority]);
    public void AddTeams(IReadOnlyList<Team> teams) => Write(teams);
    public void AddWorkers(IReadOnlyList<Worker> workers) => Write(workers);
    public void AddProfessionals(IReadOnlyList<Professional> professionals) => Write(professionals);
    public void AddFamilyMembers(IReadOnlyList<FamilyMember> familyMembers) => Buffer(familyMembers, 0);
    public void AddChildren(IReadOnlyList<Child> children) => Buffer(children, children.Count);

    public void Complete()
    {
        Flush();
        WaitForWriting();
    }

    private void Write(IEnumerable<object> records)
    {
        Complete();
        _writer.WriteAsync([.. records]).GetAwaiter().GetResult();
    }

    private void Buffer(IEnumerable<object> records, int children)
    {
        _pending.AddRange(records);
        _pendingChildren += children;
        if (_pendingChildren >= childrenPerBatch) Flush();
    }

    private void Flush()
    {
        if (_pending.Count == 0) return;
        List<object> batch = [.. _pending];
        var children = _pendingChildren;
        _pending.Clear();
        _pendingChildren = 0;
        // The batch before must be stored first (its children may be this batch's siblings); a failure surfaces here.
        WaitForWriting();
        _writing = Task.Run(async () =>
        {
            await _writer.WriteAsync(batch);
            ChildrenWritten += children;
        });
    }

    private void WaitForWriting() => _writing.GetAwaiter().GetResult();
}
