using Safeguard.Core.FrontDoor;
using Safeguard.Core.LookedAfter;
using Safeguard.Core.People;
using static Safeguard.Core.Tests.Journeys;

namespace Safeguard.Core.Tests.People;

public sealed class ChildStatusTests
{
    [Fact]
    public void NeverReferred_IsNotOpen()
    {
        var status = ChildStatus.For(NewChild(), Today);
        Assert.Equal(StatutoryStatus.Closed, status.Status);
        Assert.Equal("Not open to children's social care", status.Summary);
        Assert.Null(status.Since);
        Assert.Null(status.ReferralDate);
        Assert.Empty(status.OpenWork);
    }

    [Fact]
    public void ReferralAwaitingDecision_IsAtTheFrontDoor()
    {
        var child = NewChild();
        Referred(child);
        var status = ChildStatus.For(child, Today);
        Assert.Equal(StatutoryStatus.FrontDoor, status.Status);
        Assert.Equal("Referral received 5 January 2026: awaiting a decision", status.Summary);
        Assert.Equal(D(1, 5), status.Since);
        Assert.False(status.IsChildInNeed);
        Assert.Equal(["the referral has no decision", "the case is not allocated to a worker"], status.OpenWork);
    }

    [Fact]
    public void DecidedForAssessment_IsChildInNeed_WithAllocatedWorker()
    {
        var child = NewChild();
        var episode = Referred(child);
        episode.Decide(ReferralDecision.Assessment, D(1, 5), Manager, Today);
        var worker = Guid.NewGuid();
        child.AllocateTo(worker, D(1, 6), Today);
        episode.StartChildInNeedPlan(D(2, 1), Today);

        var status = ChildStatus.For(child, Today);

        Assert.Equal(StatutoryStatus.ChildInNeed, status.Status);
        Assert.Equal("Child in need: referred 5 January 2026, child in need plan since 1 February 2026", status.Summary);
        Assert.Equal(worker, status.AllocatedWorkerId);
        Assert.True(status.IsChildInNeed);
        Assert.Equal(["the child in need plan started 1 February 2026 is open"], status.OpenWork);
    }

    [Fact]
    public void OnPlan_ShowsCategorySinceAndLastReview()
    {
        var child = NewChild();
        var plan = OnPlan(child, out _);
        plan.HoldReview(D(3, 2), true, "EMO", null, Today);

        var status = ChildStatus.For(child, Today);

        Assert.Equal(StatutoryStatus.ChildProtectionPlan, status.Status);
        Assert.Equal("Child protection plan since 2 February 2026: emotional abuse", status.Summary);
        Assert.Equal(D(2, 2), status.Since);
        Assert.Equal("EMO", status.ChildProtectionCategory);
        Assert.Equal(D(2, 2), status.PlanStartDate);
        Assert.Equal(D(3, 2), status.LastPlanReviewDate);
        Assert.Equal(D(1, 5), status.ReferralDate);
        Assert.True(status.IsOnChildProtectionPlan);
        Assert.True(status.IsChildInNeed);
        Assert.Contains("the child protection plan started 2 February 2026 is open", status.OpenWork);
    }

    [Fact]
    public void OnPlanNotYetReviewed_HasNoLastReview() => Assert.Null(ChildStatus.For(OnPlanChild(), Today).LastPlanReviewDate);

    [Fact]
    public void LookedAfter_TakesPrecedence_AndShowsLegalStatusAndPlacement()
    {
        var child = OnPlanChild();
        var care = child.StartToBeLookedAfter(D(3, 1), "V2", "N1", "U3", "PR1", null, false, Today);
        care.Change(D(3, 10), "L", "C1", "U3", "PR1", null, false, null, Today);
        care.RecordReview(D(3, 20), "PN1", Today);
        care.RecordMissing(MissingKind.Missing, D(3, 25), Today);

        var status = ChildStatus.For(child, Today);

        Assert.Equal(StatutoryStatus.LookedAfter, status.Status);
        Assert.Equal("Looked after since 1 March 2026: interim care order, foster with relative or friend: other", status.Summary);
        Assert.Equal(D(3, 1), status.Since);
        Assert.Equal("C1", status.LegalStatus);
        Assert.Equal("U3", status.PlacementType);
        Assert.Equal(D(3, 1), status.CareStartDate);
        Assert.Equal(D(3, 20), status.LastLookedAfterReviewDate);
        Assert.True(status.IsLookedAfter);
        Assert.True(status.IsOnChildProtectionPlan);
        Assert.Contains("the child has been missing since 25 March 2026", status.OpenWork);
    }

    [Fact]
    public void AfterClosure_IsClosedSinceTheClosureDate()
    {
        var child = NewChild();
        var episode = Referred(child);
        episode.Decide(ReferralDecision.NoFurtherAction, D(1, 6), Manager, Today);

        var status = ChildStatus.For(child, Today);

        Assert.Equal(StatutoryStatus.Closed, status.Status);
        Assert.Equal("Closed since 6 January 2026", status.Summary);
        Assert.Equal(D(1, 6), status.ClosureDate);
        Assert.Equal(D(1, 5), status.ReferralDate);
        Assert.Empty(status.OpenWork);
    }

    [Fact]
    public void AfterCareEnded_IsClosedSinceTheLaterOfClosureAndCareEnd()
    {
        var child = NewChild();
        Referred(child).Decide(ReferralDecision.NoFurtherAction, D(1, 6), Manager, Today);
        child.StartToBeLookedAfter(D(2, 1), "V2", "N1", "U3", "PR1", null, false, Today).Cease(D(3, 1), "E13", Today);

        var status = ChildStatus.For(child, Today);

        Assert.Equal(StatutoryStatus.Closed, status.Status);
        Assert.Equal(D(3, 1), status.Since);
        Assert.False(status.IsLookedAfter);
    }

    [Fact]
    public void ChildWhoDied_SaysSoFirst()
    {
        var child = NewChild();
        child.RecordDeath(D(2, 1), Today);
        Assert.StartsWith("Died 1 February 2026. ", ChildStatus.For(child, Today).Summary);
    }

    private static Child OnPlanChild()
    {
        var child = NewChild();
        OnPlan(child, out _);
        return child;
    }
}
