using Safeguard.Core.Shared;

namespace Safeguard.Core.People;

public enum Agency { ChildrensSocialCare, Police, Health, Education, Probation, Housing, EarlyHelp, Voluntary, OtherLocalAuthority, Other }

/// <summary>A professional around the child outside the authority's own social workers: a teacher, health visitor, police officer.</summary>
public sealed class Professional
{
    private Professional() { }

    public Professional(Guid authorityId, string name, Agency agency, string role, string? organisation)
    {
        Id = Ids.New();
        AuthorityId = authorityId;
        Name = Guard.Required(name, "the professional's name", nameof(Name), 200);
        Agency = agency;
        Role = Guard.Required(role, "the professional's role", nameof(Role), 200);
        Organisation = Guard.Optional(organisation, "the organisation", nameof(Organisation), 200);
    }

    public Guid Id { get; private set; }
    public Guid AuthorityId { get; private set; }
    public string Name { get; private set; } = "";
    public Agency Agency { get; private set; }
    public string Role { get; private set; } = "";
    public string? Organisation { get; private set; }
}
