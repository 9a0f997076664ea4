using Safeguard.Core.Assessments;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.Indicators;
using static Safeguard.Core.Tests.Indicators.IndicatorJourneys;
using C = Safeguard.Core.Indicators.IndicatorCatalogue;

namespace Safeguard.Core.Tests.Indicators;

public sealed class FrontDoorIndicatorTests
{
    [Fact]
    public void ReReferral_365DaysAfterPrevious_IsWithin12Months()
    {
        var child = NewChild();
        ReferredAndClosed(child, D(2024, 6, 10));
        ReferredAndClosed(child, D(2025, 6, 10)); // 365 days later: same date a year on

        var r = Compute(C.ReReferralPercent, child);

        Assert.Equal((1, 1), (r.Numerator, r.Denominator));
    }

    [Fact]
    public void ReReferral_366DaysAfterPrevious_IsNotWithin12Months()
    {
        var child = NewChild();
        ReferredAndClosed(child, D(2024, 6, 9));
        ReferredAndClosed(child, D(2025, 6, 10));

        var r = Compute(C.ReReferralPercent, child);

        Assert.Equal((0, 1), (r.Numerator, r.Denominator));
    }

    [Fact]
    public void ReReferral_AgreesWithCalibrationCounts_ForSeveralReferralsInAYear()
    {
        var child = NewChild();
        ReferredAndClosed(child, D(2025, 3, 31)); // before the year, but within 12 months of the next
        ReferredAndClosed(child, D(2025, 5, 1));
        ReferredAndClosed(child, D(2025, 9, 1));
        ReferredAndClosed(child, D(2026, 3, 31));

        var rereferrals = Compute(C.ReReferralPercent, child);
        var referrals = Compute(C.Referrals, child);

        Assert.Equal(3, referrals.Value);
        Assert.Equal(3, rereferrals.Numerator);
        Assert.Equal(CalibrationCounts.ReReferrals(child, YearEnd), rereferrals.Numerator);
        Assert.Equal(3, rereferrals.NumeratorIds.Count(id => id == child.Id));
    }

    [Fact]
    public void ReferralRate_UsesThePopulationGiven()
    {
        var child = NewChild();
        ReferredAndClosed(child, D(2025, 4, 1));
        ReferredAndClosed(child, D(2025, 4, 2));

        var report = IndicatorEngine.Compute([child], new IndicatorContext(YearEnd) { Population0To17 = 40 });

        Assert.Equal(500.0, report[C.ReferralRate].Value);
        Assert.Null(IndicatorEngine.Compute([child], new IndicatorContext(YearEnd))[C.ReferralRate].Value);
    }

    [Fact]
    public void ReferralDecision_NextWorkingDayAcrossAWeekend_IsOnTime_ButTwoWorkingDaysIsNot()
    {
        var friday = NewChild();
        Referred(friday, D(2025, 6, 13), ReferralDecision.Assessment, D(2025, 6, 16)); // Fri → Mon
        var late = NewChild();
        Referred(late, D(2025, 6, 13), ReferralDecision.Assessment, D(2025, 6, 17));

        var r = Compute(C.ReferralDecisionWithin1WorkingDayPercent, friday, late);

        Assert.Equal((1, 2), (r.Numerator, r.Denominator));
        Assert.Equal([friday.Id], r.NumeratorIds);
    }

    [Fact]
    public void Ni68_CountsReferralsThatWentOnToAnAssessment()
    {
        var assessed = NewChild();
        Assessed(Referred(assessed, D(2025, 5, 1), ReferralDecision.Assessment), AssessmentKind.Initial, D(2025, 5, 2), D(2025, 5, 9));
        var nfa = NewChild();
        ReferredAndClosed(nfa, D(2025, 5, 1));

        var r = Compute(C.ReferralsToAssessmentPercent, assessed, nfa);

        Assert.True(r.Definition.WorkingDefinition);
        Assert.Equal((1, 2), (r.Numerator, r.Denominator));
    }

    [Fact]
    public void Ni59_InitialAssessmentSevenWorkingDaysFromReferral_IsOnTime_EightIsNot()
    {
        var onTime = NewChild(); // referral Mon 2 June 2025; 7 WD → Wed 11 June
        Assessed(Referred(onTime, D(2025, 6, 2), ReferralDecision.Assessment), AssessmentKind.Initial, D(2025, 6, 3), D(2025, 6, 11));
        var late = NewChild();
        Assessed(Referred(late, D(2025, 6, 2), ReferralDecision.Assessment), AssessmentKind.Initial, D(2025, 6, 3), D(2025, 6, 12));

        var r = Compute(C.InitialAssessmentsWithin7WorkingDaysPercent, onTime, late);

        Assert.Equal((1, 2), (r.Numerator, r.Denominator));
    }

    [Fact]
    public void Assessments45_CountsByAuthorisationInYear_AndWorkingDaysFromStart()
    {
        var calendar = Safeguard.Core.Clock.WorkingDayCalendar.England();
        var start = D(2025, 9, 1);
        var onTime = NewChild();
        Assessed(Referred(onTime, start, ReferralDecision.Assessment), AssessmentKind.Single, start, calendar.AddWorkingDays(start, 45));
        var late = NewChild();
        Assessed(Referred(late, start, ReferralDecision.Assessment), AssessmentKind.Single, start, calendar.AddWorkingDays(start, 46));
        var lastYear = NewChild();
        Assessed(Referred(lastYear, D(2025, 1, 6), ReferralDecision.Assessment), AssessmentKind.Single, D(2025, 1, 6), D(2025, 3, 31));

        var r = Compute(C.AssessmentsWithin45WorkingDaysPercent, onTime, late, lastYear);

        Assert.Equal((1, 2), (r.Numerator, r.Denominator));
    }
}
