using Safeguard.Core.Indicators;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Generator;

namespace Safeguard.Cli.Indicators;

/// <summary>
/// Computes the indicators as the generator hands children over, keeping only the running tallies (not the children),
/// and passes everything on to the next sink if there is one.
/// </summary>
public sealed class IndicatorSink(IndicatorContext context, IGeneratedAuthoritySink? next = null) : IGeneratedAuthoritySink
{
    private readonly IndicatorEngine.Accumulator _indicators = new(context with { DrillDown = false });

    public IndicatorReport Report() => _indicators.Report();

    public void AddAuthority(Authority authority) => next?.AddAuthority(authority);
    public void AddTeams(IReadOnlyList<Team> teams) => next?.AddTeams(teams);
    public void AddWorkers(IReadOnlyList<Worker> workers) => next?.AddWorkers(workers);
    public void AddProfessionals(IReadOnlyList<Professional> professionals) => next?.AddProfessionals(professionals);
    public void AddFamilyMembers(IReadOnlyList<FamilyMember> familyMembers) => next?.AddFamilyMembers(familyMembers);

    public void AddChildren(IReadOnlyList<Child> children)
    {
        foreach (var child in children) _indicators.Add(child);
        next?.AddChildren(children);
    }

    public void Complete() => next?.Complete();
}
