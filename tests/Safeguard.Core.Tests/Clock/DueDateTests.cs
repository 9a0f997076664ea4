using Safeguard.Core.Clock;

namespace Safeguard.Core.Tests.Clock;

public sealed class DueDateTests
{
    private static readonly WorkingDayCalendar England = WorkingDayCalendar.England();
    private static readonly WorkingDayCalendar MonFri = WorkingDayCalendar.England(WorkingDayConvention.MondayToFridayOnly);
    private static readonly StatutoryRuleSet Wt2010 = StatutoryRuleSet.WorkingTogether2010;
    private static readonly StatutoryRuleSet Wt2023 = StatutoryRuleSet.WorkingTogether2023;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void ReferralDecision_ChristmasEve2025_DueMonday29December_ExplainsTheSkippedDays()
    {
        // Wed 24 Dec: Thu 25, Fri 26 bank holidays; Sat 27, Sun 28 weekend; Mon 29 is working day 1.
        var due = Wt2023[RuleIds.ReferralDecision].DueFrom(D(2025, 12, 24), England);
        Assert.Equal(D(2025, 12, 29), due.Due);
        Assert.Equal((1, ClockUnit.WorkingDays, "receipt of the referral"), (due.Count, due.Unit, due.StartEvent));
        Assert.Equal(
            "Decision on the referral due by Mon 29 Dec 2025: 1 working day after receipt of the referral on Wed 24 Dec 2025 "
            + "(Working Together 2023; bank holidays excluded: Christmas Day Thu 25 Dec 2025, Boxing Day Fri 26 Dec 2025).",
            due.Explain());
    }

    [Fact]
    public void ReferralDecision_ChristmasEve2025_MondayToFriday_DueChristmasDay()
    {
        var due = Wt2023[RuleIds.ReferralDecision].DueFrom(D(2025, 12, 24), MonFri);
        Assert.Equal(D(2025, 12, 25), due.Due);
        Assert.Equal(
            "Decision on the referral due by Thu 25 Dec 2025: 1 working day after receipt of the referral on Wed 24 Dec 2025 "
            + "(Working Together 2023; Monday to Friday, bank holidays counted as working days: Christmas Day Thu 25 Dec 2025).",
            due.Explain());
    }

    [Fact]
    public void Icpc_StrategyDiscussionBeforeEaster2025_SkipsGoodFridayEasterMondayAndEarlyMay()
    {
        // Thu 10 Apr 2025. Fri 11 (1); Mon 14-Thu 17 (2-5); Fri 18 Good Friday, Mon 21 Easter Monday skipped;
        // Tue 22-Fri 25 (6-9); Mon 28-Fri 2 May (10-14); Mon 5 May early May holiday skipped; Tue 6 May (15).
        var due = Wt2023[RuleIds.InitialChildProtectionConference].DueFrom(D(2025, 4, 10), England);
        Assert.Equal(D(2025, 5, 6), due.Due);
        Assert.Equal(
            "Initial child protection conference due by Tue 6 May 2025: 15 working days after the strategy discussion on Thu 10 Apr 2025 "
            + "(Working Together 2023; bank holidays excluded: Good Friday Fri 18 Apr 2025, Easter Monday Mon 21 Apr 2025, "
            + "Early May bank holiday Mon 5 May 2025).",
            due.Explain());
    }

    [Fact]
    public void Icpc_Easter2025_MondayToFriday_IsFiveDaysEarlier()
    {
        // Counting the three holidays: Fri 11 (1), 14-18 Apr (2-6), 21-25 Apr (7-11), 28 Apr-1 May (12-15).
        Assert.Equal(D(2025, 5, 1), Wt2023[RuleIds.InitialChildProtectionConference].DueFrom(D(2025, 4, 10), MonFri).Due);
    }

    [Fact]
    public void Icpc_SameInBothRuleSets_ButExplanationNamesTheSet()
    {
        var a = Wt2010[RuleIds.InitialChildProtectionConference].DueFrom(D(2025, 3, 21), England);
        var b = Wt2023[RuleIds.InitialChildProtectionConference].DueFrom(D(2025, 3, 21), England);
        // Fri 21 Mar 2025: three clear weeks, no holidays -> Fri 11 Apr 2025.
        Assert.Equal(D(2025, 4, 11), a.Due);
        Assert.Equal(a.Due, b.Due);
        Assert.Equal(
            "Initial child protection conference due by Fri 11 Apr 2025: 15 working days after the strategy discussion on Fri 21 Mar 2025 "
            + "(Working Together 2010; no bank holidays in the window).",
            a.Explain());
        Assert.Contains("(Working Together 2023;", b.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReferralDecision_FridayBeforeSpringBankHoliday_DueTuesday()
        // Fri 23 May 2025; Mon 26 May is the spring bank holiday -> Tue 27 May.
        => Assert.Equal(D(2025, 5, 27), Wt2023[RuleIds.ReferralDecision].DueFrom(D(2025, 5, 23), England).Due);

    [Fact]
    public void ReferralDecision_YearEndOver2024Easter_DueTuesday2April()
    {
        // Thu 28 Mar 2024; Fri 29 Good Friday, Sat 30/Sun 31 Mar (year end), Mon 1 Apr Easter Monday -> Tue 2 Apr 2024.
        var due = Wt2010[RuleIds.ReferralDecision].DueFrom(D(2024, 3, 28), England);
        Assert.Equal(D(2024, 4, 2), due.Due);
        Assert.Equal([D(2024, 3, 29), D(2024, 4, 1)], due.BankHolidaysInWindow.Select(h => h.Date));
    }

    [Fact]
    public void ReferralDecision_On31March2025_DueInTheNextReportingYear() =>
        Assert.Equal(D(2025, 4, 1), Wt2023[RuleIds.ReferralDecision].DueFrom(D(2025, 3, 31), England).Due);

    [Fact]
    public void SingleAssessment_StartedMonday3February2025_DueMonday7AprilAcrossTheYearEnd()
    {
        // Tue 4-Fri 7 Feb (4), then eight full weeks to Fri 4 Apr (44), Mon 7 Apr (45). Easter 2025 is later.
        var due = Wt2023[RuleIds.SingleAssessment].DueFrom(D(2025, 2, 3), England);
        Assert.Equal(D(2025, 4, 7), due.Due);
        Assert.StartsWith("Child and family assessment due by Mon 7 Apr 2025: 45 working days after the start of the assessment on Mon 3 Feb 2025",
            due.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void CoreAssessment_OverChristmas2010_SkipsThreeSubstituteDays()
    {
        // Mon 6 Dec 2010: 7-10 Dec (4), 13-17 (9), 20-24 (14); Mon 27, Tue 28 Dec substitute days; 29-31 (17);
        // Mon 3 Jan 2011 substitute New Year; 4-7 Jan (21), 10-14 (26), 17-21 (31), Mon 24-Thu 27 (35).
        var due = Wt2010[RuleIds.CoreAssessment].DueFrom(D(2010, 12, 6), England);
        Assert.Equal(D(2011, 1, 27), due.Due);
        Assert.Equal(
            "Core assessment due by Thu 27 Jan 2011: 35 working days after the start of the core assessment on Mon 6 Dec 2010 "
            + "(Working Together 2010; bank holidays excluded: Christmas Day (substitute day) Mon 27 Dec 2010, "
            + "Boxing Day (substitute day) Tue 28 Dec 2010, New Year's Day (substitute day) Mon 3 Jan 2011).",
            due.Explain());
        // Monday to Friday only: exactly seven weeks.
        Assert.Equal(D(2011, 1, 24), Wt2010[RuleIds.CoreAssessment].DueFrom(D(2010, 12, 6), MonFri).Due);
    }

    [Fact]
    public void InitialAssessment_ReferralOnLeapDay2024_TenAndSevenWorkingDays()
    {
        // Thu 29 Feb 2024: Fri 1 Mar (1), 4-8 Mar (6), 11-14 Mar (10) -> Thu 14 Mar; NI 59's 7 -> Mon 11 Mar.
        Assert.Equal(D(2024, 3, 14), Wt2010[RuleIds.InitialAssessment].DueFrom(D(2024, 2, 29), England).Due);
        Assert.Equal(D(2024, 3, 11), Wt2010[RuleIds.InitialAssessmentNi59].DueFrom(D(2024, 2, 29), England).Due);
    }

    [Theory]
    [InlineData(RuleIds.FirstChildProtectionReview, 2024, 2, 29, 2024, 5, 29)]   // leap day + 3 months
    [InlineData(RuleIds.LaterChildProtectionReview, 2024, 2, 29, 2024, 8, 29)]
    [InlineData(RuleIds.SecondLookedAfterReview, 2023, 11, 30, 2024, 2, 29)]     // no 30 Feb: last day, a leap year
    [InlineData(RuleIds.SecondLookedAfterReview, 2024, 11, 30, 2025, 2, 28)]     // ... and a common year
    [InlineData(RuleIds.LaterLookedAfterReview, 2024, 8, 31, 2025, 2, 28)]
    [InlineData(RuleIds.FirstChildProtectionReview, 2024, 1, 31, 2024, 4, 30)]   // no 31 Apr
    [InlineData(RuleIds.VisitPermanentPlacement, 2025, 12, 31, 2026, 3, 31)]
    public void CalendarMonthRules_ClampToTheMonthEnd(string id, int y, int m, int d, int dy, int dm, int dd) =>
        Assert.Equal(D(dy, dm, dd), Wt2023[id].DueFrom(D(y, m, d), England).Due);

    [Fact]
    public void CalendarMonths_From31January_ClampToFebruaryEnd_AndSaySo()
    {
        var oneMonth = new StatutoryRule("test-month", "Test review", 1, ClockUnit.CalendarMonths, "the last review", "test", "Test set");
        Assert.Equal(D(2024, 2, 29), oneMonth.DueFrom(D(2024, 1, 31), England).Due);
        Assert.Equal(D(2025, 2, 28), oneMonth.DueFrom(D(2025, 1, 31), England).Due);
        Assert.Equal(
            "Test review due by Thu 29 Feb 2024: 1 month after the last review on Wed 31 Jan 2024 "
            + "(Test set; calendar months; there is no 31 Feb 2024, so the last day of that month).",
            oneMonth.DueFrom(D(2024, 1, 31), England).Explain());
    }

    [Fact]
    public void FirstCpReview_Explanation_SaysCalendarMonths()
        => Assert.Equal(
            "First child protection review conference due by Wed 29 May 2024: 3 months after the initial child protection conference "
            + "on Thu 29 Feb 2024 (Working Together 2023; calendar months).",
            Wt2023[RuleIds.FirstChildProtectionReview].DueFrom(D(2024, 2, 29), England).Explain());

    [Fact]
    public void VisitAfterPlacementStart_IsOneCalendarWeek_EvenOverABankHoliday()
    {
        // Fri 19 Dec 2025 + 7 days = Fri 26 Dec 2025 (Boxing Day): calendar timescales do not move off holidays.
        var due = Wt2023[RuleIds.VisitAfterPlacementStart].DueFrom(D(2025, 12, 19), England);
        Assert.Equal(D(2025, 12, 26), due.Due);
        Assert.Equal(
            "Statutory visit after a placement starts due by Fri 26 Dec 2025: 1 week after the start of the placement on Fri 19 Dec 2025 "
            + "(Working Together 2023; calendar days, weekends and bank holidays included).",
            due.Explain());
    }

    [Fact]
    public void VisitsInFirstYearAndOtherPlacements_AreSixWeeks() =>
        Assert.Equal(D(2025, 3, 14), Wt2023[RuleIds.VisitFirstYearOfPlacement].DueFrom(D(2025, 1, 31), England).Due);

    [Fact]
    public void FirstLookedAfterReview_TwentyWorkingDays_OverTheCoronation()
    {
        // Mon 1 May 2023 is a holiday itself (start day 0). Tue 2-Fri 5 (4); Mon 8 coronation skipped; Tue 9-Fri 12 (8);
        // 15-19 (13); 22-26 (18); Mon 29 spring holiday skipped; Tue 30 (19), Wed 31 May (20).
        Assert.Equal(D(2023, 5, 31), Wt2010[RuleIds.FirstLookedAfterReview].DueFrom(D(2023, 5, 1), England).Due);
    }

    [Theory]
    [InlineData(2011, 4, 28, 2011, 5, 3)]  // Fri 29 Apr royal wedding, weekend, Mon 2 May early May
    [InlineData(2012, 6, 1, 2012, 6, 6)]   // Mon 4 Jun spring holiday, Tue 5 Jun Diamond Jubilee
    [InlineData(2012, 5, 25, 2012, 5, 28)] // Mon 28 May 2012 was a working day (holiday moved)
    [InlineData(2020, 5, 7, 2020, 5, 11)]  // Fri 8 May 2020 VE day
    [InlineData(2020, 5, 1, 2020, 5, 4)]   // Mon 4 May 2020 was a working day
    [InlineData(2022, 6, 1, 2022, 6, 6)]   // Thu 2 and Fri 3 Jun 2022 Platinum Jubilee
    [InlineData(2022, 5, 27, 2022, 5, 30)] // Mon 30 May 2022 was a working day
    [InlineData(2022, 9, 16, 2022, 9, 20)] // Mon 19 Sep 2022 state funeral
    [InlineData(2023, 5, 5, 2023, 5, 9)]   // Mon 8 May 2023 coronation
    public void ReferralDecision_OneOffProclamations(int y, int m, int d, int dy, int dm, int dd) =>
        Assert.Equal(D(dy, dm, dd), Wt2023[RuleIds.ReferralDecision].DueFrom(D(y, m, d), England).Due);

    [Fact]
    public void BeyondTheData_CountsWeekendsOnly_AndSaysSo()
    {
        // 2031 holidays are not in the data: Thu 25 Dec 2031 counts as a working day.
        var due = Wt2023[RuleIds.ReferralDecision].DueFrom(D(2031, 12, 24), England);
        Assert.Equal(D(2031, 12, 25), due.Due);
        Assert.False(due.BankHolidaysKnown);
        Assert.EndsWith(
            "(Working Together 2023; no bank holidays in the window; bank holidays are not known for part of this window, "
            + "so only weekends were skipped there).",
            due.Explain(), StringComparison.Ordinal);
    }
}
