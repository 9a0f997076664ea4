using Safeguard.Core.Published;
using Safeguard.Core.Returns.Cin;
using static Safeguard.Core.Tests.Returns.Cin.CinTestData;

namespace Safeguard.Core.Tests.Returns.Cin;

public sealed class CensusFiguresTests
{
    private static CensusChild Child(string id, params CinDetails[] episodes) => new()
    {
        Identifiers = new ChildIdentifiers { LaChildId = id },
        CinDetails = episodes,
    };

    private static CinDetails Referral(DateOnly referred, DateOnly? closed = null) => new() { CinReferralDate = referred, CinClosureDate = closed };

    private static CensusFigureSet Figures(params CensusChild[] children) =>
        CensusFigures.For(new CinCensus { Header = Header(), Children = children });

    private static CensusFigure Figure(CensusFigureSet set, string id) =>
        set.Find(id) ?? throw new Xunit.Sdk.XunitException($"No figure {id}");

    [Fact]
    public void ReReferral_365DaysAfterTheLast_Counts_366DaysDoesNot()
    {
        // 2025-04-01 + 365 days = 2026-04-01, outside the year; use referrals inside the year with earlier ones open.
        var within = Child("A", Referral(D(2024, 6, 1)), Referral(D(2025, 6, 1)));   // 365 days
        var beyond = Child("B", Referral(D(2024, 5, 31)), Referral(D(2025, 6, 1)));  // 366 days

        var set = Figures(within, beyond);

        var re = Figure(set, PublishedMeasures.ReReferralPercent);
        Assert.Equal(1, re.Numerator);
        Assert.Equal(2, re.Denominator);
        Assert.Equal(50.0m, re.Value);
        Assert.Equal(2, Figure(set, PublishedMeasures.Referrals).Value);
    }

    [Fact]
    public void ChildWithSeveralReferralsInTheYear_EachIsAReferral_LaterOnesAreReReferrals()
    {
        var child = Child("A", Referral(D(2025, 4, 10), D(2025, 5, 1)), Referral(D(2025, 8, 1), D(2025, 9, 1)), Referral(D(2026, 1, 5)));

        var set = Figures(child);

        Assert.Equal(3, Figure(set, PublishedMeasures.Referrals).Value);
        var re = Figure(set, PublishedMeasures.ReReferralPercent);
        Assert.Equal((2, 3), (re.Numerator, re.Denominator!.Value));
        Assert.Equal(66.7m, re.Value);
        Assert.Equal(1, Figure(set, PublishedMeasures.CinAt31March).Value);
        Assert.Equal(new CensusCounts(1, 3, 0, 0, 0, 0), set.Counts);
    }

    [Fact]
    public void ReferralBeforeTheYear_IsNotAReferralInTheYear_ButItsOpenEpisodeIsInNeedAt31March()
    {
        var set = Figures(Child("A", Referral(D(2025, 3, 31))), Child("B", Referral(D(2025, 4, 1), D(2026, 3, 31))));

        Assert.Equal(1, Figure(set, PublishedMeasures.Referrals).Value);
        // B closed on 31 March: not in need at 31 March.
        Assert.Equal(1, Figure(set, PublishedMeasures.CinAt31March).Value);
    }

    [Fact]
    public void PlanStartingOn31March_IsAStartAndOpenAt31March()
    {
        var episode = Referral(D(2026, 3, 1)) with
        {
            ChildProtectionPlans = [new ChildProtectionPlan { StartDate = D(2026, 3, 31), NumberOfPreviousCpp = 1 }],
        };

        var set = Figures(Child("A", episode));

        Assert.Equal(1, Figure(set, PublishedMeasures.CppStarts).Value);
        Assert.Equal(1, Figure(set, PublishedMeasures.CppAt31March).Value);
        Assert.Equal(100m, Figure(set, PublishedMeasures.CppSubsequentPercent).Value);
        Assert.Equal(0m, Figure(set, PublishedMeasures.Cpp2YearsAt31MarchPercent).Value);
    }

    [Fact]
    public void PlanEndingOn31March_IsNotOpenAt31March_PlanOpenTwoYears_Counts()
    {
        var ended = Referral(D(2025, 1, 1)) with { ChildProtectionPlans = [new ChildProtectionPlan { StartDate = D(2025, 2, 1), EndDate = D(2026, 3, 31), NumberOfPreviousCpp = 0 }] };
        var longOpen = Referral(D(2024, 1, 1)) with { ChildProtectionPlans = [new ChildProtectionPlan { StartDate = D(2024, 3, 31), NumberOfPreviousCpp = 0 }] };

        var set = Figures(Child("A", ended), Child("B", longOpen));

        Assert.Equal(0, Figure(set, PublishedMeasures.CppStarts).Value);
        Assert.Null(set.Find(PublishedMeasures.CppSubsequentPercent));
        Assert.Equal(1, Figure(set, PublishedMeasures.CppAt31March).Value);
        Assert.Equal(100m, Figure(set, PublishedMeasures.Cpp2YearsAt31MarchPercent).Value);
    }

    [Fact]
    public void Icpc_Within15WorkingDaysOfTheStrategyDiscussion_IsOnTime_16IsLate_TransferInCountsButIsNotTimed()
    {
        // Mon 5 May 2025 + 15 working days = Mon 26 May (DfE counts Monday to Friday only).
        var onTime = new Section47Enquiry { ActualStartDate = D(2025, 5, 5), DateOfInitialCpc = D(2025, 5, 26) };
        var late = new Section47Enquiry { ActualStartDate = D(2025, 5, 5), DateOfInitialCpc = D(2025, 5, 27) };
        var noConference = new Section47Enquiry { ActualStartDate = D(2025, 6, 2), IcpcNotRequiredText = "1" };
        var episode = Referral(D(2025, 5, 1)) with { Section47s = [onTime, late, noConference], DateOfInitialCpc = D(2025, 7, 1) };

        var set = Figures(Child("A", episode));

        Assert.Equal(3, Figure(set, PublishedMeasures.Section47).Value);
        Assert.Equal(3, Figure(set, PublishedMeasures.Icpc).Value);
        var timely = Figure(set, PublishedMeasures.IcpcWithin15WorkingDaysPercent);
        Assert.Equal((1, 2), (timely.Numerator, timely.Denominator!.Value));
        Assert.Equal(50m, timely.Value);
    }

    [Fact]
    public void Assessments_CompletedInTheYearWithin45WorkingDays_OpenOnesAreNotCounted()
    {
        // Thu 1 May 2025 + 45 working days = Thu 3 July.
        var episode = Referral(D(2025, 5, 1)) with
        {
            Assessments =
            [
                new Assessment { ActualStartDate = D(2025, 5, 1), AuthorisationDate = D(2025, 7, 3) },
                new Assessment { ActualStartDate = D(2025, 5, 1), AuthorisationDate = D(2025, 7, 4) },
                new Assessment { ActualStartDate = D(2026, 3, 1) },
                new Assessment { ActualStartDate = D(2025, 1, 1), AuthorisationDate = D(2025, 3, 1) },
            ],
        };

        var set = Figures(Child("A", episode));

        var a = Figure(set, PublishedMeasures.AssessmentsWithin45WorkingDaysPercent);
        Assert.Equal((1, 2), (a.Numerator, a.Denominator!.Value));
        Assert.Equal(4, set.Counts.Assessments);
    }

    [Fact]
    public void EmptyCensus_HasZeroCounts_AndNoPercentages()
    {
        var set = Figures();

        Assert.Equal(0, Figure(set, PublishedMeasures.Referrals).Value);
        Assert.Null(set.Find(PublishedMeasures.ReReferralPercent));
        Assert.Null(set.Find(PublishedMeasures.AssessmentsWithin45WorkingDaysPercent));
    }

    [Fact]
    public void EveryFigure_IsAPublishedMeasure()
    {
        var set = Figures(ValidChild(1), ValidChild(2));

        Assert.All(set.Figures, f => Assert.NotNull(PublishedMeasures.Find(f.MeasureId)));
        Assert.Equal(11, set.Figures.Count);
    }
}
