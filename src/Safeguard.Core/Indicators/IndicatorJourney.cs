using Safeguard.Core.Assessments;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.People;

namespace Safeguard.Core.Indicators;

// The parts of a child's record the indicator engine reads, and nothing else: dates, kinds, the allocated worker.
// The engine walks these; a whole Child is turned into one (From), and the database reader builds them straight from
// flat rows, so both give the engine the very same input.

/// <summary>One child's journey as the indicators see it. Lists keep the order of the child's record.</summary>
public sealed class IndicatorJourney(Guid childId, DateOnly? dateOfBirth)
{
    public Guid ChildId { get; } = childId;
    public DateOnly? DateOfBirth { get; } = dateOfBirth;
    public List<IndicatorEpisode> Episodes { get; } = [];
    public List<IndicatorPeriodOfCare> PeriodsOfCare { get; } = [];
    public List<IndicatorAllocation> Allocations { get; } = [];

    /// <summary>The journey of a whole child record.</summary>
    public static IndicatorJourney From(Child child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var journey = new IndicatorJourney(child.Id, child.DateOfBirth);
        foreach (var e in child.Episodes)
        {
            var episode = new IndicatorEpisode(e.ReferralDate, e.DecisionDate);
            foreach (var a in e.Assessments) episode.Assessments.Add(new IndicatorAssessment(a.Kind, a.StartDate, a.AuthorisationDate));
            foreach (var s in e.Section47Enquiries) episode.Enquiries.Add(new IndicatorEnquiry(s.Id, s.StartDate, s.StrategyDiscussionDate));
            foreach (var c in e.Conferences) episode.Conferences.Add(new IndicatorConference(c.Kind, c.Date, c.Section47Id));
            foreach (var p in e.ChildProtectionPlans)
            {
                var plan = new IndicatorPlan(p.StartDate, p.EndDate, p.PreviousPlans);
                foreach (var r in p.Reviews) plan.ReviewDates.Add(r.Date);
                episode.Plans.Add(plan);
            }
            journey.Episodes.Add(episode);
        }
        foreach (var p in child.PeriodsOfCare)
        {
            var period = new IndicatorPeriodOfCare(p.StartDate, p.EndDate);
            foreach (var e in p.Episodes) period.Episodes.Add(new IndicatorCareEpisode(e.StartDate, e.LegalStatus, e.StartsPlacement, e.PlacementType));
            foreach (var r in p.Reviews) period.ReviewDates.Add(r.Date);
            journey.PeriodsOfCare.Add(period);
        }
        foreach (var a in child.Allocations) journey.Allocations.Add(new IndicatorAllocation(a.WorkerId, a.From, a.To));
        return journey;
    }
}

/// <summary>An episode of need: referral, decision, and the work done in it.</summary>
public sealed class IndicatorEpisode(DateOnly referralDate, DateOnly? decisionDate)
{
    public DateOnly ReferralDate { get; } = referralDate;
    public DateOnly? DecisionDate { get; } = decisionDate;
    public List<IndicatorAssessment> Assessments { get; } = [];
    public List<IndicatorEnquiry> Enquiries { get; } = [];
    public List<IndicatorConference> Conferences { get; } = [];
    public List<IndicatorPlan> Plans { get; } = [];
}

public readonly record struct IndicatorAssessment(AssessmentKind Kind, DateOnly StartDate, DateOnly? AuthorisationDate);

/// <summary>A section 47 enquiry; its id is what a conference names.</summary>
public readonly record struct IndicatorEnquiry(Guid Id, DateOnly StartDate, DateOnly StrategyDiscussionDate);

public readonly record struct IndicatorConference(ConferenceKind Kind, DateOnly Date, Guid? Section47Id);

/// <summary>A child protection plan and the dates of its reviews.</summary>
public sealed class IndicatorPlan(DateOnly startDate, DateOnly? endDate, int previousPlans)
{
    public DateOnly StartDate { get; } = startDate;
    public DateOnly? EndDate { get; } = endDate;
    public int PreviousPlans { get; } = previousPlans;
    public List<DateOnly> ReviewDates { get; } = [];
}

/// <summary>A period of care, its episodes (legal status and placement) and the dates of its reviews.</summary>
public sealed class IndicatorPeriodOfCare(DateOnly startDate, DateOnly? endDate)
{
    public DateOnly StartDate { get; } = startDate;
    public DateOnly? EndDate { get; } = endDate;
    public List<IndicatorCareEpisode> Episodes { get; } = [];
    public List<DateOnly> ReviewDates { get; } = [];
}

public sealed record IndicatorCareEpisode(DateOnly StartDate, string LegalStatus, bool StartsPlacement, string PlacementType);

public readonly record struct IndicatorAllocation(Guid WorkerId, DateOnly From, DateOnly? To);
