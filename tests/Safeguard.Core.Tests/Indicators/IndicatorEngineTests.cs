using Safeguard.Core.Indicators;
using Safeguard.Core.People;
using Safeguard.Core.Published;
using Safeguard.Core.Workforce;
using static Safeguard.Core.Tests.Indicators.IndicatorJourneys;
using C = Safeguard.Core.Indicators.IndicatorCatalogue;

namespace Safeguard.Core.Tests.Indicators;

public sealed class IndicatorEngineTests
{
    [Fact]
    public void Catalogue_EveryPublishedMeasureIdExists_AndIdsAreUnique()
    {
        Assert.Equal(C.All.Count, C.All.Select(i => i.Id).Distinct().Count());
        foreach (var i in C.All.Where(i => i.PublishedMeasureId is not null))
            Assert.NotNull(PublishedMeasures.Find(i.PublishedMeasureId!));
        Assert.Equal([59, 60, 62, 63, 64, 65, 66, 67, 68], C.All.Where(i => i.NiNumber is not null).Select(i => i.NiNumber!.Value).Order());
        Assert.Equal([66, 68], C.All.Where(i => i.WorkingDefinition).Select(i => i.NiNumber!.Value).Order());
    }

    [Fact]
    public void Report_HasEveryIndicator_EvenForNoChildren()
    {
        var report = IndicatorEngine.Compute([], new IndicatorContext(YearEnd));

        Assert.Equal(C.All.Select(i => i.Id), report.Results.Select(r => r.Id));
        Assert.Null(report[C.ReReferralPercent].Value);
        Assert.Equal(0, report[C.Referrals].Value);
    }

    [Fact]
    public void MonthlyBreakdown_PutsReferralsInTheirMonth_AprilFirst()
    {
        var child = NewChild();
        ReferredAndClosed(child, D(2025, 4, 1));
        ReferredAndClosed(child, D(2026, 3, 31));
        ReferredAndClosed(child, D(2026, 3, 31));

        var r = Compute(C.Referrals, child);

        Assert.Equal(12, r.ByMonth.Count);
        Assert.Equal(1, r.ByMonth[0].Numerator);
        Assert.Equal(2, r.ByMonth[11].Numerator);
        Assert.Empty(Compute(C.CppAt31March, child).ByMonth);
    }

    [Fact]
    public void ByWorkerAndTeam_UseTheWorkerAllocatedOnTheEventDate()
    {
        var authority = Guid.NewGuid();
        var teamA = Guid.NewGuid();
        var alice = new Worker(authority, teamA, "Alice Example", WorkerRole.SocialWorker, Agency.ChildrensSocialCare, null, null);
        var bob = new Worker(authority, null, "Bob Example", WorkerRole.SocialWorker, Agency.ChildrensSocialCare, null, null);
        var child = NewChild();
        child.AllocateTo(alice.Id, D(2025, 4, 1), Today);
        ReferredAndClosed(child, D(2025, 5, 1));
        child.AllocateTo(bob.Id, D(2025, 9, 1), Today);
        ReferredAndClosed(child, D(2025, 9, 1));
        ReferredAndClosed(child, D(2025, 10, 1));

        var report = IndicatorEngine.Compute([child], new IndicatorContext(YearEnd) { Workers = [alice, bob] });
        var referrals = report[C.Referrals];

        Assert.Equal(1, referrals.ByWorker[alice.Id].Numerator);
        Assert.Equal(2, referrals.ByWorker[bob.Id].Numerator);
        Assert.Equal(1, referrals.ByTeam[teamA].Numerator);
        Assert.Equal(2, referrals.ByTeam[Guid.Empty].Numerator);
    }

    [Fact]
    public void Caseload_ChildrenAllocatedOn30September_OverWorkersWithACase()
    {
        var authority = Guid.NewGuid();
        var alice = new Worker(authority, null, "Alice Example", WorkerRole.SocialWorker, Agency.ChildrensSocialCare, null, null);
        var bob = new Worker(authority, null, "Bob Example", WorkerRole.SocialWorker, Agency.ChildrensSocialCare, null, null);
        var idle = new Worker(authority, null, "Idle Example", WorkerRole.SocialWorker, Agency.ChildrensSocialCare, null, null);
        var children = Enumerable.Range(0, 3).Select(_ => NewChild()).ToList();
        children[0].AllocateTo(alice.Id, D(2025, 1, 1), Today);
        children[1].AllocateTo(alice.Id, D(2025, 9, 30), Today);
        children[2].AllocateTo(bob.Id, D(2025, 1, 1), Today);
        children[2].EndAllocation(D(2025, 9, 30), Today); // ended on the day: not held on 30 September

        var r = IndicatorEngine.Compute(children, new IndicatorContext(YearEnd) { Workers = [alice, bob, idle] })[C.Caseload];

        Assert.Equal((2, 1), (r.Numerator, r.Denominator));
        Assert.Equal(2.0, r.Value);
        Assert.Equal([alice.Id], r.DenominatorIds);
    }

    [Fact]
    public void DrillDownOff_KeepsFiguresButNoIds()
    {
        var child = NewChild();
        ReferredAndClosed(child, D(2025, 5, 1));

        var r = IndicatorEngine.Compute([child], new IndicatorContext(YearEnd) { DrillDown = false })[C.Referrals];

        Assert.Equal(1, r.Numerator);
        Assert.Empty(r.NumeratorIds);
    }
}
