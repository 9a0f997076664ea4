using Safeguard.Core.Assessments;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.People;

namespace Safeguard.Core.Clock;

/// <summary>One statutory clock on a child's record: which rule, about what, and where it stands.</summary>
public sealed record ChildClockItem(Guid ChildId, Guid SubjectId, string What, ClockItem Item)
{
    public ClockStatus Status => Item.Status;

    public DateOnly Due => Item.Due;

    /// <summary>Why it is due: rule, start event and count, in a sentence.</summary>
    public string Reason => Item.DueDate.Explain();
}

/// <summary>
/// Derives every statutory clock from what the child's record holds — nothing is stored about due dates, so they
/// can never disagree with the events. The work tray shows the open ones; history and indicators use them all.
/// </summary>
public static class ChildClock
{
    public static IReadOnlyList<ChildClockItem> For(Child child, StatutoryClock clock, DateOnly today, bool includeMet = false)
    {
        var items = new List<ChildClockItem>();
        void Add(Guid subject, string what, string ruleId, DateOnly start, DateOnly? met)
        {
            if (!includeMet && met is not null) return;
            if (clock.TryItem(ruleId, start, met, today) is { } item) items.Add(new ChildClockItem(child.Id, subject, what, item));
        }

        foreach (var episode in child.Episodes)
        {
            // A closed case runs no clock: what was left undone when it closed is history, not work due.
            if (!episode.IsOpen && !includeMet) continue;
            Add(episode.Id, "Decide on the referral", RuleIds.ReferralDecision, episode.ReferralDate, episode.DecisionDate);

            foreach (var a in episode.Assessments)
            {
                var (rule, start) = a.Kind switch
                {
                    AssessmentKind.Initial => (RuleIds.InitialAssessment, episode.ReferralDate),
                    AssessmentKind.Core => (RuleIds.CoreAssessment, a.StartDate),
                    _ => (RuleIds.SingleAssessment, a.StartDate),
                };
                Add(a.Id, $"Complete the {a.Kind.Describe()}", rule, start, a.AuthorisationDate);
            }

            foreach (var s47 in episode.Section47Enquiries)
            {
                if (s47.ConferenceNotRequired) continue;
                Add(s47.Id, "Hold the initial child protection conference", RuleIds.InitialChildProtectionConference,
                    s47.StrategyDiscussionDate, s47.ConferenceDate);
            }

            foreach (var plan in episode.ChildProtectionPlans)
                AddPlanClocks(plan, Add, includeMet);
        }

        foreach (var period in child.PeriodsOfCare)
        {
            if (!period.IsOpen && !includeMet) continue;
            AddLookedAfterReviews(period, Add);
            if (period.IsOpen) AddVisit(period, Add);
        }

        return items;
    }

    private static void AddPlanClocks(ChildProtectionPlan plan, Action<Guid, string, string, DateOnly, DateOnly?> add, bool includeMet)
    {
        if (!plan.IsOpen && !includeMet) return;
        var firstCoreGroup = plan.CoreGroups.Count == 0 ? (DateOnly?)null : plan.CoreGroups.Min(c => c.Date);
        if (plan.IsOpen || firstCoreGroup is not null)
            add(plan.Id, "Hold the first core group", RuleIds.FirstCoreGroup, plan.StartDate, firstCoreGroup);

        var reviews = plan.Reviews.OrderBy(r => r.Date).ToList();
        var previous = plan.StartDate;
        for (var i = 0; i < reviews.Count; i++)
        {
            add(reviews[i].Id, "Hold the child protection review conference", i == 0 ? RuleIds.FirstChildProtectionReview : RuleIds.LaterChildProtectionReview,
                previous, reviews[i].Date);
            previous = reviews[i].Date;
        }
        if (plan.IsOpen)
            add(plan.Id, "Hold the child protection review conference", reviews.Count == 0 ? RuleIds.FirstChildProtectionReview : RuleIds.LaterChildProtectionReview,
                previous, null);
    }

    private static void AddLookedAfterReviews(LookedAfter.PeriodOfCare period, Action<Guid, string, string, DateOnly, DateOnly?> add)
    {
        var reviews = period.Reviews.OrderBy(r => r.Date).ToList();
        var previous = period.StartDate;
        string RuleFor(int i) => i switch { 0 => RuleIds.FirstLookedAfterReview, 1 => RuleIds.SecondLookedAfterReview, _ => RuleIds.LaterLookedAfterReview };
        for (var i = 0; i < reviews.Count; i++)
        {
            add(reviews[i].Id, "Hold the looked-after child review", RuleFor(i), previous, reviews[i].Date);
            previous = reviews[i].Date;
        }
        if (period.IsOpen) add(period.Id, "Hold the looked-after child review", RuleFor(reviews.Count), previous, null);
    }

    /// <summary>Regulation 28: a visit within a week of a placement starting, then at the interval the placement's age and permanence set.</summary>
    private static void AddVisit(LookedAfter.PeriodOfCare period, Action<Guid, string, string, DateOnly, DateOnly?> add)
    {
        var placement = period.CurrentPlacementStart;
        var lastVisit = period.Visits.Where(v => v.Date >= placement.StartDate).Select(v => (DateOnly?)v.Date).Max();
        if (lastVisit is not { } last)
        {
            add(period.Id, "Visit the child in their new placement", RuleIds.VisitAfterPlacementStart, placement.StartDate, null);
            return;
        }
        var inFirstYear = last < placement.StartDate.AddYears(1);
        var rule = inFirstYear ? RuleIds.VisitFirstYearOfPlacement
            : period.CurrentEpisode.IsLongTermPlacement ? RuleIds.VisitPermanentPlacement : RuleIds.VisitOtherPlacement;
        add(period.Id, "Visit the child", rule, last, null);
    }
}
