using Safeguard.Core.Indicators;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Generator;

namespace Safeguard.Cli.Seeding;

/// <summary>Counts each year's headline figures as the children go by, and passes everything on to the next sink if there is one.</summary>
public sealed class CountingSink(IReadOnlyList<DateOnly> yearEnds, IGeneratedAuthoritySink? next = null) : IGeneratedAuthoritySink
{
    private readonly CalibrationCounts.Accumulator _counts = new(yearEnds);

    public IReadOnlyList<YearCounts> Results => _counts.Results;
    public int Children { get; private set; }

    public void AddAuthority(Authority authority) => next?.AddAuthority(authority);
    public void AddTeams(IReadOnlyList<Team> teams) => next?.AddTeams(teams);
    public void AddWorkers(IReadOnlyList<Worker> workers) => next?.AddWorkers(workers);
    public void AddProfessionals(IReadOnlyList<Professional> professionals) => next?.AddProfessionals(professionals);
    public void AddFamilyMembers(IReadOnlyList<FamilyMember> familyMembers) => next?.AddFamilyMembers(familyMembers);

    public void AddChildren(IReadOnlyList<Child> children)
    {
        foreach (var child in children) _counts.Add(child);
        Children += children.Count;
        next?.AddChildren(children);
    }

    public void Complete() => next?.Complete();
}
