using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Generator;

namespace Safeguard.Data.Records;

/// <summary>
/// Stores a generated authority as the generator hands it over, flushing every few hundred children so a decade of
/// a large county never sits in memory. The generator's order (authority, workforce, families, then children) keeps
/// every foreign key pointing at a row already written.
/// </summary>
public sealed class GeneratedAuthorityWriter(string database, int childrenPerBatch = 500) : IGeneratedAuthoritySink
{
    private readonly RecordBatchWriter _writer = new(database);
    private readonly List<object> _pending = [];
    private int _pendingChildren;

    public long RecordsWritten => _writer.Written;
    public int ChildrenWritten { get; private set; }

    public void AddAuthority(Authority authority) => Write([authority]);
    public void AddTeams(IReadOnlyList<Team> teams) => Write(teams);
    public void AddWorkers(IReadOnlyList<Worker> workers) => Write(workers);
    public void AddProfessionals(IReadOnlyList<Professional> professionals) => Write(professionals);
    public void AddFamilyMembers(IReadOnlyList<FamilyMember> familyMembers) => Buffer(familyMembers, 0);
    public void AddChildren(IReadOnlyList<Child> children) => Buffer(children, children.Count);
    public void Complete() => Flush();

    private void Write(IEnumerable<object> records)
    {
        Flush();
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
        _writer.WriteAsync(_pending).GetAwaiter().GetResult();
        ChildrenWritten += _pendingChildren;
        _pending.Clear();
        _pendingChildren = 0;
    }
}
