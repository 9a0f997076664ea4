using System.Globalization;
using System.Text;
using Safeguard.Core.Indicators;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;

namespace Safeguard.Generator.Tests;

/// <summary>Runs the generator into memory, recording the order batches arrived in.</summary>
internal static class Generated
{
    public static readonly DateOnly End = new(2025, 3, 31);

    public static (InMemoryAuthoritySink Sink, GenerationSummary Summary, OrderCheckingSink Order) Run(AuthorityTargets targets, int years, int seed)
    {
        var memory = new InMemoryAuthoritySink();
        var order = new OrderCheckingSink(memory);
        var summary = AuthorityGenerator.Generate(AuthorityGenerator.AuthorityFor(targets), targets, years, seed, End, order);
        return (memory, summary, order);
    }

    /// <summary>Everything that must repeat for a seed: people, dates and codes, no ids.</summary>
    public static string Describe(IEnumerable<Child> children)
    {
        var sb = new StringBuilder();
        foreach (var c in children.OrderBy(c => c.LaChildId, StringComparer.Ordinal))
        {
            sb.Append(CultureInfo.InvariantCulture, $"{c.LaChildId} {c.FullName} {c.DateOfBirth} {c.Sex} {c.Ethnicity} {c.NhsNumber?.Value} {c.Upn?.Value} {c.CurrentAddress}|");
            foreach (var e in c.Episodes)
            {
                sb.Append(CultureInfo.InvariantCulture, $"E {e.ReferralDate} {e.ReferralSource} {e.PrimaryNeed} {e.Decision} {e.ClosureDate} {e.ClosureReason};");
                foreach (var a in e.Assessments) sb.Append(CultureInfo.InvariantCulture, $"A {a.StartDate} {a.AuthorisationDate} {a.Outcome} {string.Join(',', a.Factors.Select(f => f.Code))};");
                foreach (var s in e.Section47Enquiries) sb.Append(CultureInfo.InvariantCulture, $"S {s.StartDate} {s.Outcome} {s.ConferenceDate};");
                foreach (var p in e.ChildProtectionPlans) sb.Append(CultureInfo.InvariantCulture, $"P {p.StartDate} {p.InitialCategory} {p.EndDate} {p.Reviews.Count};");
                foreach (var p in e.ChildInNeedPlans) sb.Append(CultureInfo.InvariantCulture, $"N {p.StartDate} {p.EndDate};");
            }
            foreach (var p in c.PeriodsOfCare)
                foreach (var e in p.Episodes) sb.Append(CultureInfo.InvariantCulture, $"L {e.StartDate} {e.ReasonForNewEpisode} {e.LegalStatus} {e.PlacementType} {e.EndDate} {e.ReasonCeased};");
            sb.AppendLine();
        }
        return sb.ToString();
    }

    public static YearCounts LastYear(IEnumerable<Child> children) => CalibrationCounts.ForYear(children, End);
}

/// <summary>Passes batches on, checking that nothing refers to a family member, child, worker or professional not yet handed over.</summary>
internal sealed class OrderCheckingSink(IGeneratedAuthoritySink inner) : IGeneratedAuthoritySink
{
    private readonly HashSet<Guid> _seen = [];
    public List<string> Problems { get; } = [];
    public int ChildBatches { get; private set; }

    public void AddAuthority(Authority authority) { _seen.Add(authority.Id); inner.AddAuthority(authority); }
    public void AddTeams(IReadOnlyList<Team> teams) { foreach (var t in teams) _seen.Add(t.Id); inner.AddTeams(teams); }
    public void AddWorkers(IReadOnlyList<Worker> workers) { foreach (var w in workers) _seen.Add(w.Id); inner.AddWorkers(workers); }
    public void AddProfessionals(IReadOnlyList<Professional> professionals) { foreach (var p in professionals) _seen.Add(p.Id); inner.AddProfessionals(professionals); }
    public void AddFamilyMembers(IReadOnlyList<FamilyMember> familyMembers) { foreach (var f in familyMembers) _seen.Add(f.Id); inner.AddFamilyMembers(familyMembers); }

    public void AddChildren(IReadOnlyList<Child> children)
    {
        ChildBatches++;
        foreach (var c in children) _seen.Add(c.Id);
        foreach (var c in children)
        {
            foreach (var r in c.Relationships)
                if (!_seen.Contains(r.FamilyMemberId ?? r.RelatedChildId!.Value)) Problems.Add($"{c.LaChildId} relates to someone not yet stored");
            foreach (var a in c.Allocations)
                if (!_seen.Contains(a.WorkerId)) Problems.Add($"{c.LaChildId} allocated to an unknown worker");
            foreach (var e in c.Episodes)
                if (e.ReferrerId is { } p && !_seen.Contains(p)) Problems.Add($"{c.LaChildId} referred by an unknown professional");
        }
        inner.AddChildren(children);
    }

    public void Complete() => inner.Complete();
}
