using Safeguard.Core.Indicators;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;

namespace Safeguard.Generator.Tests;

/// <summary>Counts children as they stream past without keeping them, as a calibration run would.</summary>
internal sealed class CountingSink(params DateOnly[] yearEnds) : IGeneratedAuthoritySink
{
    public CalibrationCounts.Accumulator Counts { get; } = new(yearEnds);
    public void AddAuthority(Authority authority) { }
    public void AddTeams(IReadOnlyList<Team> teams) { }
    public void AddWorkers(IReadOnlyList<Worker> workers) { }
    public void AddProfessionals(IReadOnlyList<Professional> professionals) { }
    public void AddFamilyMembers(IReadOnlyList<FamilyMember> familyMembers) { }
    public void AddChildren(IReadOnlyList<Child> children) { foreach (var c in children) Counts.Add(c); }
    public void Complete() { }
}
