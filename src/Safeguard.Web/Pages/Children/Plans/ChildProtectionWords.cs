using Microsoft.EntityFrameworkCore;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.Clock;
using Safeguard.Core.Codes;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Web.Components;

namespace Safeguard.Web.Pages.Children.Plans;

/// <summary>The words, choices and look-ups the child protection pages share.</summary>
public static class ChildProtectionWords
{
    public static IReadOnlyList<Choice> YesNo { get; } = [new("yes", "Yes"), new("no", "No")];

    /// <summary>"yes" → true, "no" → false, anything else (nothing chosen, or tampered) → null.</summary>
    public static bool? ReadYesNo(string? value) => value switch { "yes" => true, "no" => false, _ => null };

    public static string? ShowYesNo(bool? value) => value switch { true => "yes", false => "no", _ => null };

    public static IReadOnlyList<Choice> Agencies { get; } =
    [
        new(nameof(Agency.ChildrensSocialCare), "Children's social care"),
        new(nameof(Agency.Police), "Police"),
        new(nameof(Agency.Health), "Health"),
        new(nameof(Agency.Education), "Education"),
        new(nameof(Agency.Probation), "Probation"),
        new(nameof(Agency.Housing), "Housing"),
        new(nameof(Agency.EarlyHelp), "Early help"),
        new(nameof(Agency.Voluntary), "Voluntary sector"),
        new(nameof(Agency.OtherLocalAuthority), "Another local authority"),
        new(nameof(Agency.Other), "Another agency"),
    ];

    public static string Describe(Agency agency) => Agencies.First(a => a.Value == agency.ToString()).Text;

    public static IReadOnlyList<Choice> Categories { get; } =
        CodeLists.CategoryOfAbuse.Entries.Select(e => new Choice(e.Code, e.Description)).ToList();

    public static string Category(string code) => CodeLists.CategoryOfAbuse.Describe(code);

    public static IReadOnlyList<Choice> Outcomes { get; } =
    [
        new(nameof(Section47Outcome.ConferenceNeeded), "Concerns substantiated: an initial child protection conference is needed",
            "The child is likely to suffer significant harm. The conference must be held within 15 working days of the strategy discussion."),
        new(nameof(Section47Outcome.ConcernsSubstantiatedNoConference), "Concerns substantiated, but no conference is needed",
            "For example, the child is safe now and the family are working with a child in need plan."),
        new(nameof(Section47Outcome.ConcernsNotSubstantiated), "Concerns not substantiated"),
    ];

    public static string Describe(Section47Outcome? outcome) =>
        outcome is { } o ? Outcomes.First(c => c.Value == o.ToString()).Text : "Not recorded yet";

    public static string Describe(ConferenceKind kind) => kind switch
    {
        ConferenceKind.Initial => "Initial child protection conference",
        ConferenceKind.TransferIn => "Transfer-in conference",
        _ => "Review conference",
    };

    /// <summary>The authority's conference chairs, by name, for the chair select.</summary>
    public static async Task<IReadOnlyList<Choice>> ChairsAsync(SafeguardDbContext db, Guid authorityId, CancellationToken cancellationToken)
    {
        var chairs = await db.Workers.AsNoTracking()
            .Where(w => w.AuthorityId == authorityId && w.Role == WorkerRole.ConferenceChair)
            .OrderBy(w => w.Name)
            .Select(w => new { w.Id, w.Name })
            .ToListAsync(cancellationToken);
        return chairs.Select(c => new Choice(c.Id.ToString(), c.Name)).ToList();
    }

    /// <summary>The statutory clock of the child's authority (its rule set and working-day convention).</summary>
    public static async Task<StatutoryClock> ClockAsync(SafeguardDbContext db, Guid authorityId, CancellationToken cancellationToken)
    {
        var authority = await db.Authorities.AsNoTracking().Where(a => a.Id == authorityId)
            .Select(a => new { a.RuleSet, a.WorkingDays }).SingleAsync(cancellationToken);
        return StatutoryClock.For(authority.RuleSet, authority.WorkingDays);
    }

    public static ChildProtectionPlan? FindPlan(Child child, Guid planId) =>
        child.Episodes.SelectMany(e => e.ChildProtectionPlans).FirstOrDefault(p => p.Id == planId);

    public static Section47Enquiry? FindEnquiry(Child child, Guid enquiryId) =>
        child.Episodes.SelectMany(e => e.Section47Enquiries).FirstOrDefault(s => s.Id == enquiryId);
}
