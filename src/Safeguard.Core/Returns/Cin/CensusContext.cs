using Safeguard.Core.Clock;

namespace Safeguard.Core.Returns.Cin;

/// <summary>
/// The census period every date rule is judged against: from ReferenceDate minus one year plus one day up to
/// ReferenceDate, as the DfE validator takes it. Working-day thresholds are worked out once here, not per child.
/// </summary>
public sealed class CensusContext
{
    public CensusContext(DateOnly referenceDate, WorkingDayCalendar calendar, DateOnly expectedReferenceDate)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ReferenceDate = referenceDate;
        CollectionStart = referenceDate.AddYears(-1).AddDays(1);
        ExpectedReferenceDate = expectedReferenceDate;
        Calendar = calendar;
        AssessmentOverdueBefore = SubtractWorkingDays(calendar, referenceDate, 45);
        Section47OverdueBefore = SubtractWorkingDays(calendar, referenceDate, 15);
        NfaReferralBefore = SubtractWorkingDays(calendar, CollectionStart, 1);
        // Children born on or before this date are of school age for rule 8770Q (the DfE validator's cut-off:
        // 31 August, four years before the autumn after the reference date).
        SchoolAgeBornOnOrBefore = referenceDate.AddMonths(4).AddDays(31).AddYears(-4);
    }

    /// <summary>The header's ReferenceDate (or the ruleset's when the file has none): the census end.</summary>
    public DateOnly ReferenceDate { get; }

    /// <summary>The first day of the census year.</summary>
    public DateOnly CollectionStart { get; }

    /// <summary>31 March of the ruleset's year, which rule 100 expects the header to give.</summary>
    public DateOnly ExpectedReferenceDate { get; }

    public WorkingDayCalendar Calendar { get; }

    /// <summary>8670Q: an open assessment started before this date has run more than 45 working days.</summary>
    public DateOnly AssessmentOverdueBefore { get; }

    /// <summary>8675Q: an S47 with no ICPC started before this date has run more than 15 working days.</summary>
    public DateOnly Section47OverdueBefore { get; }

    /// <summary>8569Q: a referral before this date (one working day before the census year) cannot be NFA.</summary>
    public DateOnly NfaReferralBefore { get; }

    public DateOnly SchoolAgeBornOnOrBefore { get; }

    public bool InCensusYear(DateOnly date) => date >= CollectionStart && date <= ReferenceDate;

    private static DateOnly SubtractWorkingDays(WorkingDayCalendar calendar, DateOnly from, int days)
    {
        var date = from;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(-1);
            if (calendar.IsWorkingDay(date)) counted++;
        }
        return date;
    }
}
