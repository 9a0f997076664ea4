using Safeguard.Core.Clock;
using Safeguard.Core.Published;

namespace Safeguard.Core.Returns.Cin;

/// <summary>One authority-year figure worked out from a census, under a <see cref="PublishedMeasures"/> id.</summary>
/// <param name="Value">The count, or the percentage rounded to one decimal place.</param>
/// <param name="Numerator">For a percentage, what was counted; for a count, the count itself.</param>
/// <param name="Denominator">For a percentage, what it was counted out of; null for a count.</param>
public sealed record CensusFigure(string MeasureId, decimal Value, int Numerator, int? Denominator);

/// <summary>How many of each census record a return holds (every record in the file, whatever its dates).</summary>
public sealed record CensusCounts(int Children, int Referrals, int Assessments, int Section47s, int Icpcs, int ChildProtectionPlans);

/// <summary>The counts and figures of one census.</summary>
public sealed record CensusFigureSet(CensusCounts Counts, IReadOnlyList<CensusFigure> Figures)
{
    public CensusFigure? Find(string measureId) => Figures.FirstOrDefault(f => f.MeasureId == measureId);
}

/// <summary>
/// The published measures a single CIN census can give for its own authority and year (1 April to 31 March).
/// Definitions follow DfE's: referrals, s47s, ICPCs and plan starts are events dated in the year; "at 31 March"
/// counts children with an episode or plan open on that day; durations count working days Monday to Friday, as
/// the DfE validator does. A re-referral is a referral in the year that follows an earlier referral of the same
/// child by 365 days or fewer; one census only holds earlier referrals still open on 1 April, so a re-referral
/// after a referral closed before the year began is not seen (DfE links years; a single return cannot).
/// </summary>
public static class CensusFigures
{
    public static CensusFigureSet For(CinCensus census, WorkingDayCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(census);
        var tally = new CensusTally(census.Header, calendar);
        foreach (var child in census.Children) tally.Add(child);
        return tally.Result();
    }
}

/// <summary>
/// Works the figures out child by child, so an import can stream a 20,000-child return without holding it:
/// everything kept is a counter.
/// </summary>
public sealed class CensusTally
{
    public const int ReReferralDays = 365;
    private readonly WorkingDayCalendar _calendar;
    private readonly DateOnly _start;
    private readonly DateOnly _end;
    private int _children, _episodes, _assessmentRecords, _s47Records, _icpcRecords, _planRecords;
    private int _referrals, _reReferrals, _cinAt31, _s47, _icpc, _icpcTimed, _icpcIn15, _cppStarts, _cppSubsequent;
    private int _cppAt31, _cppAt31TwoYears, _assessmentsDone, _assessmentsIn45;

    public CensusTally(CinHeader header, WorkingDayCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        _end = header.ReferenceDate ?? (header.Year is { } y ? new DateOnly(y, 3, 31)
            : throw new ArgumentException("The census header gives neither a year nor a reference date.", nameof(header)));
        _start = _end.AddYears(-1).AddDays(1);
        _calendar = calendar ?? CensusValidator.DfeCalendar;
    }

    /// <summary>The collection year's last day (31 March).</summary>
    public DateOnly ReferenceDate => _end;

    public void Add(CensusChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        _children++;
        bool inNeedAt31 = false, planAt31 = false, planAt31TwoYears = false;
        foreach (var e in child.CinDetails)
        {
            _episodes++;
            if (e.CinReferralDate is { } referred)
            {
                if (InYear(referred))
                {
                    _referrals++;
                    if (IsReReferral(child, referred)) _reReferrals++;
                }
                if (referred <= _end && (e.CinClosureDate is not { } closed || closed > _end)) inNeedAt31 = true;
            }
            if (e.DateOfInitialCpc is { } transferIcpc)
            {
                _icpcRecords++;
                if (InYear(transferIcpc)) _icpc++;
            }
            foreach (var a in e.Assessments)
            {
                _assessmentRecords++;
                if (a.AuthorisationDate is { } done && InYear(done) && a.ActualStartDate is { } began)
                {
                    _assessmentsDone++;
                    if (_calendar.WorkingDaysBetween(began, done) <= 45) _assessmentsIn45++;
                }
            }
            foreach (var s in e.Section47s)
            {
                _s47Records++;
                if (s.ActualStartDate is { } began && InYear(began)) _s47++;
                if (s.DateOfInitialCpc is { } icpc)
                {
                    _icpcRecords++;
                    if (!InYear(icpc)) continue;
                    _icpc++;
                    if (s.ActualStartDate is { } from)
                    {
                        _icpcTimed++;
                        if (_calendar.WorkingDaysBetween(from, icpc) <= 15) _icpcIn15++;
                    }
                }
            }
            foreach (var p in e.ChildProtectionPlans)
            {
                _planRecords++;
                if (p.StartDate is not { } began) continue;
                if (InYear(began))
                {
                    _cppStarts++;
                    if (p.NumberOfPreviousCpp > 0) _cppSubsequent++;
                }
                if (began <= _end && (p.EndDate is not { } ended || ended > _end))
                {
                    planAt31 = true;
                    if (began <= _end.AddYears(-2)) planAt31TwoYears = true;
                }
            }
        }
        if (inNeedAt31) _cinAt31++;
        if (planAt31) _cppAt31++;
        if (planAt31TwoYears) _cppAt31TwoYears++;
    }

    public CensusCounts Counts => new(_children, _episodes, _assessmentRecords, _s47Records, _icpcRecords, _planRecords);

    public CensusFigureSet Result()
    {
        var figures = new List<CensusFigure>
        {
            Count(PublishedMeasures.Referrals, _referrals),
            Count(PublishedMeasures.CinAt31March, _cinAt31),
            Count(PublishedMeasures.Section47, _s47),
            Count(PublishedMeasures.Icpc, _icpc),
            Count(PublishedMeasures.CppStarts, _cppStarts),
            Count(PublishedMeasures.CppAt31March, _cppAt31),
        };
        // A percentage of nothing is not a figure: leave it out rather than store 0%.
        AddPercent(figures, PublishedMeasures.ReReferralPercent, _reReferrals, _referrals);
        AddPercent(figures, PublishedMeasures.IcpcWithin15WorkingDaysPercent, _icpcIn15, _icpcTimed);
        AddPercent(figures, PublishedMeasures.CppSubsequentPercent, _cppSubsequent, _cppStarts);
        AddPercent(figures, PublishedMeasures.Cpp2YearsAt31MarchPercent, _cppAt31TwoYears, _cppAt31);
        AddPercent(figures, PublishedMeasures.AssessmentsWithin45WorkingDaysPercent, _assessmentsIn45, _assessmentsDone);
        return new CensusFigureSet(Counts, figures);
    }

    private bool InYear(DateOnly d) => d >= _start && d <= _end;

    /// <summary>Whether another referral of the child came before <paramref name="referred"/>, by 365 days or fewer.</summary>
    private static bool IsReReferral(CensusChild child, DateOnly referred)
    {
        // A loop rather than LINQ: the export tallies every child of England.
        foreach (var e in child.CinDetails)
            if (e.CinReferralDate is { } d && d < referred && referred.DayNumber - d.DayNumber <= ReReferralDays) return true;
        return false;
    }

    private static CensusFigure Count(string id, int n) => new(id, n, n, null);

    private static void AddPercent(List<CensusFigure> figures, string id, int numerator, int denominator)
    {
        if (denominator == 0) return;
        figures.Add(new CensusFigure(id, Math.Round(100m * numerator / denominator, 1, MidpointRounding.AwayFromZero), numerator, denominator));
    }
}
