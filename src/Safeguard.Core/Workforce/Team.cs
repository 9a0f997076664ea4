using Safeguard.Core.Shared;

namespace Safeguard.Core.Workforce;

public enum TeamKind { FrontDoor, Assessment, ChildInNeed, ChildProtection, LookedAfter, Disabled, LeavingCare, ConferenceAndReview, Partner, Performance, Other }

/// <summary>A team of workers with a manager.</summary>
public sealed class Team
{
    private Team() { }

    public Team(Guid authorityId, string name, TeamKind kind)
    {
        Id = Ids.New();
        AuthorityId = authorityId;
        Name = Guard.Required(name, "the team's name", nameof(Name), 100);
        Kind = kind;
    }

    public Guid Id { get; private set; }
    public Guid AuthorityId { get; private set; }
    public string Name { get; private set; } = "";
    public TeamKind Kind { get; private set; }
    public Guid? ManagerId { get; private set; }

    public void SetManager(Guid workerId) => ManagerId = workerId;
}
