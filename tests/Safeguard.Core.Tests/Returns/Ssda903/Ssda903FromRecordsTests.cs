using System.Reflection;
using Safeguard.Core.Clock;
using Safeguard.Core.LookedAfter;
using Safeguard.Core.People;
using Safeguard.Core.Returns.Ssda903;
using Safeguard.Core.Workforce;

namespace Safeguard.Core.Tests.Returns.Ssda903;

public sealed class Ssda903FromRecordsTests
{
    private static readonly DateOnly Today = new(2026, 5, 1);
    private static readonly Authority La = new("857", "Rutland", null, "WT2023", WorkingDayConvention.ExcludeBankHolidays);
    private static readonly Guid WorkerA = Guid.Parse("0a1b2c3d-0000-0000-0000-000000000001");
    private static readonly Guid WorkerB = Guid.Parse("ffeeddcc-0000-0000-0000-000000000002");

    /// <summary>In care from June 2024, moved June 2025 (carer's request), again in April 2026 (after the year).</summary>
    private static Child LookedAfterChild()
    {
        var child = Child.Register(La.Id, "C100", "Ann", "Test", new DateOnly(2012, 5, 1), null, Sex.Female, "WBRI", Today);
        var period = child.StartToBeLookedAfter(new DateOnly(2024, 6, 1), "C2", "N1", "U4", "PR1", "ab1 2cd", true, Today);
        period.Change(new DateOnly(2025, 6, 1), "P", "C2", "U6", "PR4", "EF3 4GH", false, "CREQO", Today);
        period.RecordReview(new DateOnly(2025, 3, 1), "PN1", Today);
        period.RecordReview(new DateOnly(2025, 9, 1), "PN6", Today);
        var missing = period.RecordMissing(MissingKind.Away, new DateOnly(2025, 10, 1), Today);
        period.RecordReturn(missing.Id, new DateOnly(2025, 10, 3), Today);
        var late = period.RecordMissing(MissingKind.Missing, new DateOnly(2026, 3, 30), Today);
        period.RecordReturn(late.Id, new DateOnly(2026, 4, 2), Today);
        period.Change(new DateOnly(2026, 4, 10), "P", "C2", "K2", "PR4", "GH5 6JK", false, "CHILD", Today);
        child.AllocateTo(WorkerA, new DateOnly(2024, 6, 1), Today);
        child.AllocateTo(WorkerB, new DateOnly(2025, 7, 1), Today);
        return child;
    }

    [Fact]
    public void Build_WritesTheYearFieldByField()
    {
        var data = Ssda903FromRecords.Build(La, [LookedAfterChild()], 2026);

        Assert.Equal(new HeaderRow("C100", "F", new DateOnly(2012, 5, 1), "WBRI", "UN5", null, null), Assert.Single(data.Header));
        Assert.Equal(
        [
            new EpisodeRow("C100", new DateOnly(2024, 6, 1), "S", "C2", "N1", "U4", "PR1", new DateOnly(2025, 6, 1), "X1", "CREQO", null, "AB1 2CD", null),
            // Ended 10 April 2026, after the year: open in the return, so no DEC, REC or reason.
            new EpisodeRow("C100", new DateOnly(2025, 6, 1), "P", "C2", "N1", "U6", "PR4", null, null, null, null, "EF3 4GH", null),
        ], data.Episodes);
        Assert.Equal([new ReviewRow("C100", new DateOnly(2012, 5, 1), new DateOnly(2025, 9, 1), "PN6")], data.Reviews);
        Assert.Equal(
        [
            new MissingRow("C100", new DateOnly(2012, 5, 1), "A", new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 3)),
            new MissingRow("C100", new DateOnly(2012, 5, 1), "M", new DateOnly(2026, 3, 30), null),
        ], data.Missing);
        Assert.Equal(
        [
            new SwEpisodeRow("C100", new DateOnly(2012, 5, 1), "XX000000000001", new DateOnly(2024, 6, 1), new DateOnly(2025, 7, 1), null),
            new SwEpisodeRow("C100", new DateOnly(2012, 5, 1), "XX000000000002", new DateOnly(2025, 7, 1), null, null),
        ], data.SwEpisodes);
        Assert.Empty(data.Uasc); Assert.Empty(data.Oc2); Assert.Empty(data.Oc3); Assert.Empty(data.Ad1);
        Assert.Empty(data.PlacedAdoption); Assert.Empty(data.PrevPerm);
    }

    [Fact]
    public void Build_HandBuiltChild_PassesEveryCoveredRule()
    {
        var data = Ssda903FromRecords.Build(La, [LookedAfterChild()], 2026);

        Assert.Empty(Ssda903Validator.Validate(data));
    }

    [Fact]
    public void Build_ChildNotLookedAfterInTheYear_IsLeftOut()
    {
        var child = Child.Register(La.Id, "C200", "Bo", "Test", new DateOnly(2015, 1, 1), null, Sex.Male, "WBRI", Today);
        var period = child.StartToBeLookedAfter(new DateOnly(2023, 1, 1), "V2", "N4", "U6", "PR1", null, false, Today);
        period.Cease(new DateOnly(2025, 3, 31), "E4A", Today);

        var data = Ssda903FromRecords.Build(La, [child], 2026);

        Assert.Empty(data.Header);
        Assert.Empty(data.Episodes);
    }

    [Fact]
    public void Build_UnderSchoolAge_IsUn1_AndAStaySinceLastWeekIsUn4()
    {
        var baby = Child.Register(La.Id, "C300", "Cy", "Test", new DateOnly(2024, 1, 1), null, Sex.Unknown, "NOBT", Today);
        baby.StartToBeLookedAfter(new DateOnly(2025, 5, 1), "C1", "N1", "U6", "PR1", null, false, Today);
        var newcomer = Child.Register(La.Id, "C301", "Di", "Test", new DateOnly(2014, 1, 1), null, Sex.Female, "WBRI", Today);
        newcomer.StartToBeLookedAfter(new DateOnly(2026, 3, 28), "V2", "N1", "U6", "PR1", null, false, Today);

        var data = Ssda903FromRecords.Build(La, [newcomer, baby], 2026);

        Assert.Equal([("C300", "U", "UN1"), ("C301", "F", "UN4")], data.Header.Select(h => (h.Child, h.Sex!, h.Upn!)).ToArray());
    }
}

/// <summary>SW10STG2 at the boundary: a same-day handover is not an overlap; a real overlap still is.</summary>
public sealed class Ssda903SocialWorkerBoundaryTests
{
    private static readonly DateOnly Today = new(2026, 5, 1);
    private static readonly Authority La = new("857", "Rutland", null, "WT2023", WorkingDayConvention.ExcludeBankHolidays);
    private static readonly DateOnly Dob = new(2012, 5, 1);

    /// <summary>Worker A until 26 April; worker C allocated on 26 April and replaced by B that same day.</summary>
    private static Child ReallocatedTheSameDay(bool asTheDatabaseMayReturnThem)
    {
        var child = Child.Register(La.Id, "C100", "Ann", "Test", Dob, null, Sex.Female, "WBRI", Today);
        child.StartToBeLookedAfter(new DateOnly(2024, 6, 1), "C2", "N1", "U4", "PR1", "ab1 2cd", true, Today);
        child.AllocateTo(Guid.Parse("0a1b2c3d-0000-0000-0000-00000000000a"), new DateOnly(2024, 6, 1), Today);
        child.AllocateTo(Guid.Parse("0a1b2c3d-0000-0000-0000-00000000000c"), new DateOnly(2025, 4, 26), Today);
        child.AllocateTo(Guid.Parse("0a1b2c3d-0000-0000-0000-00000000000b"), new DateOnly(2025, 4, 26), Today);
        if (asTheDatabaseMayReturnThem)
        {
            // A query without ORDER BY may give the rows in any order: here the last-made first.
            var allocations = (List<Allocation>)typeof(Child).GetField("_allocations", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(child)!;
            allocations.Reverse();
        }
        return child;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SameDayReallocation_ExportsInHandoverOrder_WithoutSw10(bool shuffled)
    {
        var data = Ssda903FromRecords.Build(La, [ReallocatedTheSameDay(shuffled)], 2026);

        Assert.Equal(
        [
            (new DateOnly(2024, 6, 1), (DateOnly?)new DateOnly(2025, 4, 26)),
            (new DateOnly(2025, 4, 26), new DateOnly(2025, 4, 26)),
            (new DateOnly(2025, 4, 26), null),
        ], data.SwEpisodes.Select(s => (s.SwDecom!.Value, s.SwDec)).ToArray());
        var findings = Ssda903Validator.Validate(data);
        Assert.DoesNotContain(findings, f => f.Code == "SW10STG2");
        // The one-day allocation is still worth a query: it "lasted less than 24 hours".
        Assert.Contains(findings, f => f.Code == "SW09STG2");
    }

    [Fact]
    public void FileListingTheOneDayEpisodeAfterTheLongOne_IsJudgedTheSame()
    {
        var data = Ssda903FromRecords.Build(La, [ReallocatedTheSameDay(false)], 2026);
        var reordered = data with { SwEpisodes = [data.SwEpisodes[0], data.SwEpisodes[2], data.SwEpisodes[1]] };

        Assert.DoesNotContain(Ssda903Validator.Validate(reordered), f => f.Code == "SW10STG2");
    }

    [Fact]
    public void OverlappingAllocations_StillFireSw10()
    {
        var data = Ssda903FromRecords.Build(La, [ReallocatedTheSameDay(false)], 2026);
        // Worker A's episode recorded as ending a week after worker C's began.
        var overlapping = data with { SwEpisodes = [data.SwEpisodes[0] with { SwDec = new DateOnly(2025, 5, 3) }, data.SwEpisodes[1], data.SwEpisodes[2]] };

        var finding = Assert.Single(Ssda903Validator.Validate(overlapping), f => f.Code == "SW10STG2");
        Assert.Equal("C100", finding.ChildId);
    }
}
