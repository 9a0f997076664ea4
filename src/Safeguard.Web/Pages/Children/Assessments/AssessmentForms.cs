using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Assessments;
using Safeguard.Core.Clock;
using Safeguard.Core.Codes;
using Safeguard.Data;
using Safeguard.Web.Components;

namespace Safeguard.Web.Pages.Children.Assessments;

/// <summary>
/// What the assessment pages share: the census's factors in groups a worker can scan, the outcomes, and the
/// statutory clock of an assessment.
/// </summary>
public static class AssessmentForms
{
    /// <summary>The CIN census factors (CodeLists.AssessmentFactor), grouped by theme; every code appears once.</summary>
    public static IReadOnlyList<(string Key, string Legend, string[] Codes)> FactorGroups { get; } =
    [
        ("substances", "Alcohol and drugs", ["1A", "1B", "1C", "2A", "2B", "2C"]),
        ("domestic-abuse", "Domestic abuse", ["3A", "3B", "3C"]),
        ("health", "Health and disability", ["4A", "4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C"]),
        ("abuse", "Abuse and neglect", ["16A", "17A", "18B", "18C", "19B", "19C", "22A", "23A"]),
        ("outside-home", "Risks outside the home", ["10A", "11A", "24A", "12A", "13A", "14A", "15A"]),
        ("living", "Caring, living arrangements and immigration", ["7A", "8B", "8C", "8D", "8E", "8F", "9A"]),
        ("other", "Other", ["20", "21"]),
    ];

    public static IReadOnlyList<Choice> Outcomes { get; } =
        Enum.GetValues<AssessmentOutcome>().Select(o => new Choice(o.ToString(), o.Describe())).ToList();

    public static IReadOnlyList<Choice> Kinds { get; } =
    [
        new(nameof(AssessmentKind.Single), "Child and family assessment", "45 working days from the start (Working Together 2023)"),
        new(nameof(AssessmentKind.Initial), "Initial assessment", "Working Together 2010: 10 working days from the referral"),
        new(nameof(AssessmentKind.Core), "Core assessment", "Working Together 2010: 35 working days, after an initial assessment or a section 47 enquiry"),
    ];

    /// <summary>The checkbox groups for the factors; only the first carries the error, so the summary links to it.</summary>
    public static IReadOnlyList<ChoicesModel> FactorFields(IReadOnlyCollection<string> selected, string? error) =>
        FactorGroups.Select((g, i) => new ChoicesModel(i == 0 ? "factors" : "factors-" + g.Key, "Factors", g.Legend,
            g.Codes.Select(c => new Choice(c, CodeLists.AssessmentFactor.Describe(c))).ToList(), selected,
            Error: i == 0 ? error : null, Multiple: true)).ToList();

    public static string Describe(IEnumerable<AssessmentFactor> factors)
    {
        var list = factors.Select(f => CodeLists.AssessmentFactor.Describe(f.Code)).ToList();
        return list.Count == 0 ? "None recorded" : string.Join("; ", list);
    }

    /// <summary>Which statutory rule times this kind of assessment, and from what date (as ChildClock counts it).</summary>
    public static (string Rule, DateOnly Start) ClockFor(AssessmentKind kind, DateOnly start, DateOnly referralDate) => kind switch
    {
        AssessmentKind.Initial => (RuleIds.InitialAssessment, referralDate),
        AssessmentKind.Core => (RuleIds.CoreAssessment, start),
        _ => (RuleIds.SingleAssessment, start),
    };

    public static async Task<StatutoryClock> ClockAsync(SafeguardDbContext db, Guid authorityId, CancellationToken cancellationToken)
    {
        var authority = await db.Authorities.AsNoTracking().Where(a => a.Id == authorityId)
            .Select(a => new { a.RuleSet, a.WorkingDays }).SingleAsync(cancellationToken);
        return StatutoryClock.For(authority.RuleSet, authority.WorkingDays);
    }

    /// <summary>"Due by Fri 6 Mar 2026 (12 working days left)", or why there is no clock under the authority's rules.</summary>
    public static string Describe(StatutoryClock clock, Assessment assessment, DateOnly today)
    {
        var (rule, start) = ClockFor(assessment.Kind, assessment.StartDate, assessment.Episode.ReferralDate);
        return clock.TryItem(rule, start, assessment.AuthorisationDate, today)?.Describe() ?? "No statutory timescale under this authority's rules";
    }
}
