using Safeguard.Core.People;
using Safeguard.Core.Workforce;

namespace Safeguard.Generator;

/// <summary>
/// Where a generated authority goes, in batches and in an order a database can store it in: the authority, then its teams,
/// workers and professionals, then family members before the children who relate to them. A family's children come in one
/// batch once none of them will be referred again, so sibling links point at children in the same or an earlier batch.
/// Every object is complete when handed over and is not touched again.
/// </summary>
public interface IGeneratedAuthoritySink
{
    void AddAuthority(Authority authority);
    void AddTeams(IReadOnlyList<Team> teams);
    void AddWorkers(IReadOnlyList<Worker> workers);
    void AddProfessionals(IReadOnlyList<Professional> professionals);
    void AddFamilyMembers(IReadOnlyList<FamilyMember> familyMembers);
    void AddChildren(IReadOnlyList<Child> children);

    /// <summary>Called once, after the last batch.</summary>
    void Complete();
}

/// <summary>Keeps everything in memory: for tests and small authorities.</summary>
public sealed class InMemoryAuthoritySink : IGeneratedAuthoritySink
{
    public List<Authority> Authorities { get; } = [];
    public List<Team> Teams { get; } = [];
    public List<Worker> Workers { get; } = [];
    public List<Professional> Professionals { get; } = [];
    public List<FamilyMember> FamilyMembers { get; } = [];
    public List<Child> Children { get; } = [];
    public bool Completed { get; private set; }

    public void AddAuthority(Authority authority) => Authorities.Add(authority);
    public void AddTeams(IReadOnlyList<Team> teams) => Teams.AddRange(teams);
    public void AddWorkers(IReadOnlyList<Worker> workers) => Workers.AddRange(workers);
    public void AddProfessionals(IReadOnlyList<Professional> professionals) => Professionals.AddRange(professionals);
    public void AddFamilyMembers(IReadOnlyList<FamilyMember> familyMembers) => FamilyMembers.AddRange(familyMembers);
    public void AddChildren(IReadOnlyList<Child> children) => Children.AddRange(children);
    public void Complete() => Completed = true;
}
