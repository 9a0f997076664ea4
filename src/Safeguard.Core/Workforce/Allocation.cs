namespace Safeguard.Core.Workforce;

/// <summary>A child's allocation to a worker, from a date until the next allocation or the case closes.</summary>
public sealed class Allocation
{
    private Allocation() { }

    internal Allocation(Guid childId, Guid workerId, DateOnly from)
    {
        Id = Shared.Ids.New();
        ChildId = childId; WorkerId = workerId; From = from;
    }

    public Guid Id { get; private set; }
    public Guid ChildId { get; private set; }
    public Guid WorkerId { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly? To { get; private set; }

    internal void End(DateOnly to) => To = to;
}
