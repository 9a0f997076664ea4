using Safeguard.Core.LookedAfter;
using Safeguard.Core.People;
using static Safeguard.Core.Tests.Journeys;

namespace Safeguard.Core.Tests.LookedAfter;

public sealed class PeriodOfCareRulesTests
{
    /// <summary>Section 20 from 10 January, fostered by the authority's own carer.</summary>
    private static PeriodOfCare InCare(Child child) =>
        child.StartToBeLookedAfter(D(1, 10), "V2", "N1", "U6", "PR1", "ab1 2cd", false, Today);

    [Fact]
    public void StartToBeLookedAfter_OpensFirstEpisodeWithReasonS()
    {
        var period = InCare(NewChild());
        var episode = Assert.Single(period.Episodes);
        Assert.Equal("S", episode.ReasonForNewEpisode);
        Assert.Equal("AB1 2CD", episode.PlacementPostcode);
        Assert.True(episode.StartsPlacement);
    }

    [Fact]
    public void StartToBeLookedAfter_InFuture_Refused() =>
        AssertRefused(() => NewChild().StartToBeLookedAfter(Today.AddDays(1), "V2", "N1", "U6", "PR1", null, false, Today),
            "The date the child became looked after must be today or in the past", "StartDate");

    [Fact]
    public void StartToBeLookedAfter_WhileLookedAfter_Refused()
    {
        var child = NewChild();
        InCare(child);
        AssertRefused(() => child.StartToBeLookedAfter(D(2, 1), "C1", "N1", "U6", "PR1", null, false, Today),
            "The child has been looked after since 10 January 2026: record a change of placement or legal status instead", "StartDate");
    }

    [Fact]
    public void StartToBeLookedAfter_BeforeLastPeriodEnded_Refused()
    {
        var child = NewChild();
        InCare(child).Cease(D(2, 1), "E13", Today);
        AssertRefused(() => child.StartToBeLookedAfter(D(1, 31), "V2", "N1", "U6", "PR1", null, false, Today),
            "The date the child became looked after must be the same as or after the end of the last period of care (1 February 2026)", "StartDate");
    }

    [Theory]
    [InlineData("N9")]
    [InlineData("N0")]
    public void StartToBeLookedAfter_WithCategoryOfNeedOutsideN1ToN8_Refused(string need) =>
        AssertRefused(() => NewChild().StartToBeLookedAfter(D(1, 10), "V2", need, "U6", "PR1", null, false, Today),
            "Choose a category of need from N1 to N8", "CategoryOfNeed");

    [Fact]
    public void StartToBeLookedAfter_WithUnknownPlacement_Refused() =>
        AssertRefused(() => NewChild().StartToBeLookedAfter(D(1, 10), "V2", "N1", "U7", "PR1", null, false, Today),
            "'U7' is not a valid placement type code", "PlacementType");

    [Fact]
    public void Change_EndsCurrentEpisodeWithX1AndStartsNextSameDay()
    {
        var period = InCare(NewChild());
        var first = period.CurrentEpisode;
        var next = period.Change(D(2, 1), "P", "V2", "U4", "PR1", null, true, "CARPL", Today);
        Assert.Equal(D(2, 1), first.EndDate);
        Assert.Equal("X1", first.ReasonCeased);
        Assert.Same(next, period.CurrentEpisode);
        Assert.Equal("N1", next.CategoryOfNeed);
        Assert.Equal("CARPL", next.ReasonPlacementChanged);
    }

    [Fact]
    public void Change_LegalStatusOnly_WithDifferentPlacement_Refused() =>
        AssertRefused(() => InCare(NewChild()).Change(D(2, 1), "L", "C1", "U4", "PR1", null, false, null, Today),
            "A change of legal status only keeps the same placement", "PlacementType");

    [Fact]
    public void Change_LegalStatusOnly_KeepsPlacementStart()
    {
        var period = InCare(NewChild());
        var placementStart = period.CurrentEpisode;
        var next = period.Change(D(2, 1), "L", "C1", "U6", "PR1", null, false, null, Today);
        Assert.False(next.StartsPlacement);
        Assert.Null(next.ReasonPlacementChanged);
        Assert.Same(placementStart, period.CurrentPlacementStart);
    }

    [Fact]
    public void Change_OfPlacement_WithoutReason_Refused() =>
        AssertRefused(() => InCare(NewChild()).Change(D(2, 1), "P", "V2", "U4", "PR1", null, false, null, Today),
            "Select the reason for placement change", "ReasonPlacementChanged");

    [Fact]
    public void Change_NotAfterCurrentEpisodeStart_Refused() =>
        AssertRefused(() => InCare(NewChild()).Change(D(1, 10), "P", "V2", "U4", "PR1", null, false, "CARPL", Today),
            "The change must be after the current episode's start (10 January 2026)", "StartDate");

    [Fact]
    public void Change_InFuture_Refused() =>
        AssertRefused(() => InCare(NewChild()).Change(Today.AddDays(1), "P", "V2", "U4", "PR1", null, false, "CARPL", Today),
            "The date of the change must be today or in the past", "StartDate");

    [Fact]
    public void Change_WithReasonS_Refused() =>
        AssertRefused(() => InCare(NewChild()).Change(D(2, 1), "S", "V2", "U4", "PR1", null, false, "CARPL", Today),
            "'Started to be looked after' begins a new period of care, not a change", "ReasonForNewEpisode");

    [Fact]
    public void Cease_WithX1_Refused() =>
        AssertRefused(() => InCare(NewChild()).Cease(D(2, 1), "X1", Today),
            "X1 continues care in a new episode; choose why the child stopped being looked after", "ReasonCeased");

    [Fact]
    public void Cease_WhileMissing_Refused()
    {
        var period = InCare(NewChild());
        period.RecordMissing(MissingKind.Missing, D(2, 1), Today);
        AssertRefused(() => period.Cease(D(2, 3), "E13", Today), "Record the end of the open missing episode first", "EndDate");
    }

    [Fact]
    public void Cease_BeforeCurrentEpisodeStart_Refused()
    {
        var period = InCare(NewChild());
        period.Change(D(2, 1), "P", "V2", "U4", "PR1", null, false, "CARPL", Today);
        AssertRefused(() => period.Cease(D(1, 31), "E13", Today),
            "The date care ended must be the same as or after the start of the current episode (1 February 2026)", "EndDate");
    }

    [Fact]
    public void Cease_InFuture_Refused() =>
        AssertRefused(() => InCare(NewChild()).Cease(Today.AddDays(1), "E13", Today), "The date care ended must be today or in the past", "EndDate");

    [Fact]
    public void Cease_EndsPeriodAndLastEpisode_ThenRefusesChanges()
    {
        var child = NewChild();
        var period = InCare(child);
        period.Cease(D(3, 1), "E4A", Today);
        Assert.Equal(D(3, 1), period.EndDate);
        Assert.Equal("E4A", period.CurrentEpisode.ReasonCeased);
        Assert.Null(child.CurrentPeriodOfCare);
        AssertRefused(() => period.Change(D(3, 2), "P", "V2", "U4", "PR1", null, false, "CARPL", Today),
            "Care ended on 1 March 2026: you cannot record a change", "EndDate");
        AssertRefused(() => period.RecordMissing(MissingKind.Away, D(3, 2), Today),
            "Care ended on 1 March 2026: you cannot record a missing episode", "EndDate");
    }

    [Fact]
    public void Missing_WhileAlreadyMissing_Refused()
    {
        var period = InCare(NewChild());
        period.RecordMissing(MissingKind.Missing, D(2, 1), Today);
        AssertRefused(() => period.RecordMissing(MissingKind.Away, D(2, 2), Today),
            "The child is already recorded as missing: record their return first", "StartDate");
    }

    [Fact]
    public void Missing_BeforeCare_Refused() =>
        AssertRefused(() => InCare(NewChild()).RecordMissing(MissingKind.Missing, D(1, 9), Today),
            "The date the child went missing must be the same as or after the date the child became looked after (10 January 2026)", "StartDate");

    [Fact]
    public void Return_BeforeGoingMissing_Refused()
    {
        var period = InCare(NewChild());
        var missing = period.RecordMissing(MissingKind.Missing, D(2, 1), Today);
        AssertRefused(() => period.RecordReturn(missing.Id, D(1, 31), Today),
            "The date the child returned must be the same as or after the date they went missing (1 February 2026)", "EndDate");
    }

    [Fact]
    public void Return_Twice_Refused()
    {
        var period = InCare(NewChild());
        var missing = period.RecordMissing(MissingKind.Missing, D(2, 1), Today);
        period.RecordReturn(missing.Id, D(2, 2), Today);
        AssertRefused(() => period.RecordReturn(missing.Id, D(2, 3), Today), "That missing episode is not open", "MissingId");
    }

    [Fact]
    public void Review_AfterCareEnded_Refused()
    {
        var period = InCare(NewChild());
        period.Cease(D(3, 1), "E13", Today);
        AssertRefused(() => period.RecordReview(D(3, 2), "PN1", Today), "The review must be on or before the date care ended", "Date");
    }

    [Fact]
    public void Review_WithUnknownParticipation_Refused() =>
        AssertRefused(() => InCare(NewChild()).RecordReview(D(2, 1), "PN8", Today), "'PN8' is not a valid review participation code", "Participation");

    [Fact]
    public void ReviewAndVisit_BeforeCare_Refused()
    {
        var period = InCare(NewChild());
        AssertRefused(() => period.RecordReview(D(1, 9), "PN1", Today),
            "The date of the review must be the same as or after the date the child became looked after (10 January 2026)", "Date");
        AssertRefused(() => period.RecordVisit(D(1, 9), true, Today),
            "The date of the visit must be the same as or after the date the child became looked after (10 January 2026)", "Date");
    }

    [Fact]
    public void ReviewAndVisit_InFuture_Refused()
    {
        var period = InCare(NewChild());
        AssertRefused(() => period.RecordReview(Today.AddDays(1), "PN1", Today), "The date of the review must be today or in the past", "Date");
        AssertRefused(() => period.RecordVisit(Today.AddDays(1), true, Today), "The date of the visit must be today or in the past", "Date");
    }

    [Fact]
    public void Visit_AfterCareEnded_Refused()
    {
        var period = InCare(NewChild());
        period.Cease(D(3, 1), "E13", Today);
        AssertRefused(() => period.RecordVisit(D(3, 2), true, Today), "The visit must be on or before the date care ended", "Date");
    }

    [Fact]
    public void Cease_BeforeLastReturnFromMissing_Refused()
    {
        var period = InCare(NewChild());
        var missing = period.RecordMissing(MissingKind.Missing, D(2, 1), Today);
        period.RecordReturn(missing.Id, D(2, 5), Today);
        AssertRefused(() => period.Cease(D(2, 4), "E13", Today),
            "The date care ended must be the same as or after the child's last return from missing (5 February 2026)", "EndDate");
    }

    [Fact]
    public void MissingAndReturn_InFuture_Refused()
    {
        var period = InCare(NewChild());
        AssertRefused(() => period.RecordMissing(MissingKind.Missing, Today.AddDays(1), Today), "The date the child went missing must be today or in the past", "StartDate");
        var missing = period.RecordMissing(MissingKind.Missing, D(2, 1), Today);
        AssertRefused(() => period.RecordReturn(missing.Id, Today.AddDays(1), Today), "The date the child returned must be today or in the past", "EndDate");
    }
    [Fact]
    public void Change_OfPlacementOnly_WithNewLegalStatus_Refused() =>
        AssertRefused(() => InCare(NewChild()).Change(D(2, 1), "P", "C1", "U4", "PR1", null, false, "CARPL", Today),
            "A change of placement only keeps the same legal status: choose a reason that includes the change of legal status", "LegalStatus");

    [Theory]
    [InlineData("L", "U6", null)]
    [InlineData("B", "U4", "CARPL")]
    [InlineData("U", "U4", "CARPL")]
    public void Change_OfLegalStatus_ToTheSameStatus_Refused(string rne, string placement, string? reason) =>
        AssertRefused(() => InCare(NewChild()).Change(D(2, 1), rne, "V2", placement, "PR1", null, false, reason, Today),
            "The legal status is the same as before (Single period of accommodation under section 20): choose a reason without a change of legal status", "LegalStatus");

    [Fact]
    public void Change_RefusedForABadCode_LeavesTheCurrentEpisodeOpen()
    {
        var period = InCare(NewChild());
        AssertRefused(() => period.Change(D(2, 1), "P", "V2", "U4", "PR9", null, false, "CARPL", Today),
            "'PR9' is not a valid placement provider code", "PlacementProvider");
        var only = Assert.Single(period.Episodes);
        Assert.True(only.IsOpen);
        Assert.Null(only.ReasonCeased);
    }
}
