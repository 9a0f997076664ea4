namespace Safeguard.Core.People;

/// <summary>
/// A user named on a restricted (sealed) record: only they may open it, whatever their relation to the child.
/// Naming is itself a change to the child's record, so it is audited like any other.
/// </summary>
public sealed class NamedAccess
{
    private NamedAccess() { }

    internal NamedAccess(Guid childId, Guid workerId, Guid namedBy, DateOnly namedOn)
    {
        Id = Shared.Ids.New();
        ChildId = childId; WorkerId = workerId; NamedBy = namedBy; NamedOn = namedOn;
    }

    public Guid Id { get; private set; }
    public Guid ChildId { get; private set; }
    public Guid WorkerId { get; private set; }
    public Guid NamedBy { get; private set; }
    public DateOnly NamedOn { get; private set; }
}
