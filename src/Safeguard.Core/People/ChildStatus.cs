using Safeguard.Core.Codes;
using Safeguard.Core.Shared;

namespace Safeguard.Core.People;

/// <summary>The child's statutory status, the highest that applies: looked after over a plan over child in need.</summary>
public enum StatutoryStatus
{
    /// <summary>No open referral or care: never referred, or everything closed.</summary>
    Closed,

    /// <summary>A referral is open and awaiting the front door's decision.</summary>
    FrontDoor,

    /// <summary>An open referral decided on for assessment or further work (section 17).</summary>
    ChildInNeed,

    /// <summary>On a child protection plan (section 47).</summary>
    ChildProtectionPlan,

    /// <summary>Looked after by the authority (section 20, or under an order).</summary>
    LookedAfter,
}

/// <summary>
/// What a worker opening the record needs first: where the child stands in law, since when, who holds the case,
/// the dates that drive the statutory clocks, and what is still open.
/// </summary>
public sealed record ChildStatus(
    StatutoryStatus Status,
    string Summary,
    DateOnly? Since,
    bool IsChildInNeed,
    bool IsOnChildProtectionPlan,
    bool IsLookedAfter,
    string? ChildProtectionCategory,
    string? LegalStatus,
    string? PlacementType,
    Guid? AllocatedWorkerId,
    DateOnly? ReferralDate,
    DateOnly? PlanStartDate,
    DateOnly? LastPlanReviewDate,
    DateOnly? CareStartDate,
    DateOnly? LastLookedAfterReviewDate,
    DateOnly? ClosureDate,
    IReadOnlyList<string> OpenWork)
{
    /// <summary>The child's status as the record stands on <paramref name="today"/> (records cannot be dated later than today).</summary>
    public static ChildStatus For(Child child, DateOnly today)
    {
        var episode = child.OpenEpisode;
        var plan = child.OpenChildProtectionPlan;
        var care = child.CurrentPeriodOfCare;
        var currentCare = care?.CurrentEpisode;
        var lastEpisode = episode ?? child.Episodes.MaxBy(e => e.ReferralDate);
        var isChildInNeed = episode is { Decision: not null };

        var openWork = new List<string>(episode?.OpenWork() ?? []);
        if (care?.MissingEpisodes.FirstOrDefault(m => m.EndDate is null) is { } missing)
            openWork.Add($"the child has been {(missing.Kind == LookedAfter.MissingKind.Missing ? "missing" : "away from placement")} since {Guard.Show(missing.StartDate)}");
        if (child.CurrentAllocation is null && (episode is not null || care is not null))
            openWork.Add("the case is not allocated to a worker");

        StatutoryStatus status;
        string summary;
        DateOnly? since;
        if (care is not null && currentCare is not null)
        {
            status = StatutoryStatus.LookedAfter;
            since = care.StartDate;
            summary = $"Looked after since {Guard.Show(care.StartDate)}: {Lower(CodeLists.LegalStatus.Describe(currentCare.LegalStatus))}, "
                + $"{Lower(CodeLists.PlacementType.Describe(currentCare.PlacementType))}";
        }
        else if (plan is not null)
        {
            status = StatutoryStatus.ChildProtectionPlan;
            since = plan.StartDate;
            summary = $"Child protection plan since {Guard.Show(plan.StartDate)}: {Lower(CodeLists.CategoryOfAbuse.Describe(plan.LatestCategory))}";
        }
        else if (episode is { Decision: not null })
        {
            status = StatutoryStatus.ChildInNeed;
            since = episode.ReferralDate;
            summary = $"Child in need: referred {Guard.Show(episode.ReferralDate)}"
                + (episode.ChildInNeedPlans.FirstOrDefault(p => p.IsOpen) is { } cin ? $", child in need plan since {Guard.Show(cin.StartDate)}" : "");
        }
        else if (episode is not null)
        {
            status = StatutoryStatus.FrontDoor;
            since = episode.ReferralDate;
            summary = $"Referral received {Guard.Show(episode.ReferralDate)}: awaiting a decision";
        }
        else
        {
            status = StatutoryStatus.Closed;
            var lastClosure = child.Episodes.Max(e => e.ClosureDate);
            var lastCareEnd = child.PeriodsOfCare.Max(p => p.EndDate);
            since = lastClosure > lastCareEnd || lastCareEnd is null ? lastClosure : lastCareEnd;
            summary = since is { } s ? $"Closed since {Guard.Show(s)}" : "Not open to children's social care";
        }
        if (child.DateOfDeath is { } died && died <= today) summary = $"Died {Guard.Show(died)}. {summary}";

        return new ChildStatus(status, summary, since, isChildInNeed, plan is not null, care is not null,
            plan?.LatestCategory, currentCare?.LegalStatus, currentCare?.PlacementType, child.CurrentAllocation?.WorkerId,
            lastEpisode?.ReferralDate, plan?.StartDate, plan is { Reviews.Count: > 0 } ? plan.LastReviewOrStart : null,
            care?.StartDate, care?.Reviews.Count > 0 ? care.Reviews.Max(r => r.Date) : null,
            episode is null ? lastEpisode?.ClosureDate : null, openWork);
    }

    private static string Lower(string s) =>
        s.Length > 1 && char.IsUpper(s[0]) && char.IsLower(s[1]) ? char.ToLowerInvariant(s[0]) + s[1..] : s;
}
