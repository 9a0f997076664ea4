using Safeguard.Core.Assessments;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.Clock;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.LookedAfter;
using Safeguard.Core.People;
using Safeguard.Core.Recording;
using Safeguard.Core.Workforce;
using Shares = Safeguard.Generator.AuthorityTargets.England2025Shares;

namespace Safeguard.Generator;

/// <summary>
/// Records a planned episode through the domain's own methods, each with its event's date as "today", skipping everything
/// after the end date. If a plan broke a journey rule the domain would throw: the generator only makes valid records.
/// </summary>
internal sealed class JourneyRecorder(Random rng, DateOnly end, WorkingDayCalendar calendar, AuthorityTargets targets)
{
    private readonly PlacementMoves _moves = PlacementMoves.Solve(targets.ThreeOrMorePlacements, targets.LongTermStability);

    private Workforce _workforce = null!;
    private List<Professional> _professionals = null!;

    public void Use(Workforce workforce, List<Professional> professionals)
    {
        _workforce = workforce;
        _professionals = professionals;
    }

    public void Record(Child child, DateOnly referral, JourneyPlan plan)
    {
        DateOnly At(int offset) => referral.AddDays(offset);
        bool Due(int offset) => offset >= 0 && At(offset) <= end;

        var source = plan.Route == Route.Strategy
            ? rng.Weighted([("6", 45), ("2A", 20), ("3E", 8), ("3B", 6), ("5A", 8), ("1A", 5), ("8", 8)])
            : rng.Weighted([("6", 27), ("2A", 20), ("2B", 2), ("3A", 3), ("3B", 4), ("3D", 3), ("3E", 3), ("3F", 3), ("4", 2), ("5A", 7), ("5B", 2),
                ("5C", 3), ("5D", 4), ("1A", 6), ("1C", 1), ("1D", 2), ("7", 1), ("8", 5), ("9", 2), ("10", 0.5)]);
        var referrer = ProfessionalFor(source);
        var contact = child.RecordContact(referral, source, Summary(plan.Route), referrer, referral);
        var need = plan.Route == Route.Strategy || plan.HasCare ? (rng.Chance(0.85) ? "N1" : "N5")
            : rng.Weighted([("N1", 50), ("N2", 4), ("N3", 4), ("N4", 10), ("N5", 18), ("N6", 4), ("N7", 1), ("N8", 4), ("N9", 5)]);
        var episode = child.ReceiveReferral(referral, source, need, "Concerns reported about the child's care and safety.", contact.Id, referrer, referral);
        Allocate(child, TeamKind.FrontDoor, referral);
        child.AddCaseNote(referral, CaseNoteKind.PhoneCall, "Referral discussed with the referrer; checks with partner agencies started.",
            child.CurrentAllocation!.WorkerId, Agency.ChildrensSocialCare, false, referral);

        if (!Due(plan.DecisionDay)) return;
        var decided = At(plan.DecisionDay);
        episode.Decide(plan.Decision, decided, Manager(TeamKind.FrontDoor), decided);
        if (plan.Route == Route.NoFurtherAction)
        {
            child.EndAllocation(decided, decided);
            return;
        }

        Assessment? assessment = null;
        if (plan.Route == Route.Assessment && Due(plan.AssessStart))
        {
            assessment = episode.StartAssessment(AssessmentKind.Single, At(plan.AssessStart), At(plan.AssessStart));
            Allocate(child, TeamKind.Assessment, At(plan.AssessStart));
        }
        if (plan.Route == Route.Strategy)
        {
            var strategy = episode.HoldStrategyDiscussion(At(plan.Strategy), [Agency.ChildrensSocialCare, Agency.Police, Agency.Health, Agency.Education],
                true, "Strategy discussion: reasonable cause to suspect significant harm; section 47 enquiry agreed.", At(plan.Strategy));
            if (Due(plan.S47Start))
            {
                var s47 = episode.StartSection47(strategy.Id, At(plan.S47Start), At(plan.S47Start));
                if (Due(plan.AssessStart)) assessment = episode.StartAssessment(AssessmentKind.Single, At(plan.AssessStart), At(plan.AssessStart));
                Allocate(child, TeamKind.ChildProtection, At(plan.S47Start));
                if (Due(plan.S47OutcomeDay)) s47.RecordOutcome(plan.S47Outcome, At(plan.S47OutcomeDay), At(plan.S47OutcomeDay));
                if (plan.Icpc >= 0 && Due(plan.Icpc) && Due(plan.S47OutcomeDay))
                {
                    episode.HoldInitialConference(s47.Id, At(plan.Icpc), plan.PlanRequired, plan.PlanRequired ? plan.Category : null,
                        rng.Pick(_workforce.Chairs).Id, At(plan.Icpc));
                    if (plan.PlanRequired) RecordPlan(child, episode.ChildProtectionPlans[^1], referral, plan);
                }
            }
        }
        if (assessment is not null && Due(plan.AssessSubmit))
        {
            assessment.Submit(At(plan.AssessSubmit), "The assessment considered the child's needs, the parents' capacity and the wider family.",
                Factors(plan), plan.AssessOutcome, At(plan.AssessSubmit));
            if (Due(plan.AssessAuthorise)) assessment.Authorise(At(plan.AssessAuthorise), Manager(TeamKind.Assessment), At(plan.AssessAuthorise));
        }
        if (plan.CinStart >= 0 && Due(plan.CinStart))
        {
            var cinPlan = episode.StartChildInNeedPlan(At(plan.CinStart), At(plan.CinStart));
            if (plan.Route == Route.Assessment) Allocate(child, TeamKind.ChildProtection, At(plan.CinStart));
            if (Due(plan.CinEnd)) cinPlan.End(At(plan.CinEnd), At(plan.CinEnd));
        }
        if (plan.HasCare && Due(plan.CareStart)) RecordCare(child, referral, plan, episode.PrimaryNeed is "N9" or "N0" ? "N1" : episode.PrimaryNeed);
        if (Due(plan.Close))
        {
            var close = At(plan.Close);
            episode.Close(close, plan.ClosureReason, close);
            if (child.CurrentAllocation is not null) child.EndAllocation(close, close);
        }
    }

    private void RecordPlan(Child child, ChildProtectionPlan cpp, DateOnly referral, JourneyPlan plan)
    {
        var start = cpp.StartDate;
        var planEnd = referral.AddDays(plan.PlanEnd);
        var worker = child.CurrentAllocation!.WorkerId;
        // Core groups: the first within 10 working days, then about every six weeks.
        for (var date = calendar.AddWorkingDays(start, rng.Between(5, 10)); date < planEnd && date <= end; date = date.AddDays(rng.Between(35, 49)))
            cpp.HoldCoreGroup(date, date);
        for (var date = start.AddDays(rng.Between(10, 28)); date < planEnd && date <= end; date = date.AddDays(rng.Between(14, 35)))
            child.AddCaseNote(date, CaseNoteKind.Visit, "Visit under the child protection plan: child seen and spoken with.", worker,
                Agency.ChildrensSocialCare, false, date);
        // Reviews: the first within 3 months, then every 6 months. Lateness goes with the plan (a chair's or a
        // service's diary), so the share of children whose reviews were all on time (NI 67) is the authority's.
        var due = start.AddMonths(3);
        var punctual = rng.Chance(targets.ConferenceReviewsOnTime);
        while (true)
        {
            var held = punctual ? due.AddDays(-rng.Between(0, 14)) : due.AddDays(rng.Between(1, 20));
            if (held <= cpp.LastReviewOrStart) held = cpp.LastReviewOrStart.AddDays(1);
            if (held >= planEnd || held > end) break;
            cpp.HoldReview(held, true, null, rng.Pick(_workforce.Chairs).Id, held);
            due = held.AddMonths(6);
        }
        if (planEnd > end) return;
        if (plan.HasCare) cpp.End(planEnd, "The child became looked after", planEnd);
        else cpp.HoldReview(planEnd, false, null, rng.Pick(_workforce.Chairs).Id, planEnd);
    }

    private void RecordCare(Child child, DateOnly referral, JourneyPlan plan, string need)
    {
        var start = referral.AddDays(plan.CareStart);
        var careEnd = referral.AddDays(plan.CareEnd);
        var age = (start.DayNumber - child.DateOfBirth!.Value.DayNumber) / 365;
        var legal = age < 1 ? "C1" : rng.Weighted([("V2", 50), ("C1", 38), ("L1", 6), ("L2", 4), ("J1", 2)]);
        var placement = Placement(age);
        var period = child.StartToBeLookedAfter(start, legal, need, placement, ProviderFor(placement), null, false, start);
        Allocate(child, TeamKind.LookedAfter, start);

        // Placement moves: a few children move often, most rarely (NI 62 and NI 63, see PlacementMoves).
        var last = start;
        var adoption = plan.CeaseReason is "E11";
        var changeEnd = adoption ? careEnd.AddDays(-rng.Between(90, 180)) : careEnd;
        var daysBetweenMoves = 365 / (rng.Chance(_moves.UnstableShare) ? PlacementMoves.UnstableMovesPerYear : _moves.StableMovesPerYear);
        for (var date = start.AddDays(1 + (int)rng.Exponential(daysBetweenMoves)); date < changeEnd && date <= end;
             date = date.AddDays(1 + (int)rng.Exponential(daysBetweenMoves)))
        {
            var current = period.CurrentEpisode;
            var nextLegal = current.LegalStatus is "L1" or "L2" or "C1" && rng.Chance(0.6) ? (current.LegalStatus == "C1" ? "C2" : "C1") : current.LegalStatus;
            var nextPlace = Placement((date.DayNumber - child.DateOfBirth!.Value.DayNumber) / 365);
            // RNE says what changed: legal status only (L), placement only (P), or both (B).
            var rne = nextLegal == current.LegalStatus ? "P" : nextPlace == current.PlacementType ? "L" : "B";
            if (rne == "L")
                period.Change(date, rne, nextLegal, current.PlacementType, current.PlacementProvider, current.PlacementPostcode, current.IsLongTermPlacement, null, date);
            else
                period.Change(date, rne, nextLegal, nextPlace, ProviderFor(nextPlace), null, nextPlace is "U1" or "U4", rng.Pick(MoveReasons), date);
            last = date;
        }
        if (adoption && changeEnd > last && changeEnd > start && changeEnd <= end)
        {
            // Placed for adoption with the current foster carer (A5): legal status and placement change, same carer (U).
            period.Change(changeEnd, "U", "E1", "A5", "PR1", null, true, "CARPL", changeEnd);
            last = changeEnd;
        }
        else if (adoption) plan.CeaseReason = "E45";

        // IRO reviews: within 20 working days, then 3 months, then every 6 months.
        var reviewDue = calendar.AddWorkingDays(start, 20);
        var gap = 3;
        while (true)
        {
            var held = rng.Chance(Shares.LookedAfterReviewsOnTime) ? reviewDue.AddDays(-rng.Between(0, 10)) : reviewDue.AddDays(rng.Between(1, 30));
            if (held < start) held = start;
            if (held >= careEnd || held > end) break;
            var ageNow = (held.DayNumber - child.DateOfBirth!.Value.DayNumber) / 365;
            period.RecordReview(held, ageNow < 4 ? "PN0" : rng.Weighted([("PN1", 55), ("PN2", 6), ("PN3", 4), ("PN4", 5), ("PN5", 6), ("PN6", 14), ("PN7", 10)]), held);
            reviewDue = held.AddMonths(gap);
            gap = 6;
        }
        // Statutory visits: within a week, then at most every 6 weeks.
        var visitDue = start.AddDays(7);
        while (true)
        {
            // A late first visit is days late, not weeks: it still comes before the first review.
            var firstVisit = visitDue == start.AddDays(7);
            var held = rng.Chance(Shares.VisitsOnTime) ? visitDue.AddDays(-rng.Between(0, firstVisit ? 6 : 10)) : visitDue.AddDays(rng.Between(1, firstVisit ? 7 : 21));
            if (held < start) held = start;
            if (held >= careEnd || held > end) break;
            period.RecordVisit(held, age >= 4 && rng.Chance(0.7), held);
            visitDue = held.AddDays(42);
        }
        // Missing episodes for older children.
        if (age >= 11)
            for (var date = start.AddDays(rng.Between(20, 400)); date < careEnd.AddDays(-5) && date <= end; date = date.AddDays(rng.Between(60, 500)))
            {
                if (date <= last) continue;
                var missing = period.RecordMissing(rng.Chance(0.7) ? MissingKind.Missing : MissingKind.Away, date, date);
                var back = date.AddDays(rng.Between(0, 3));
                if (back <= end) period.RecordReturn(missing.Id, back, back);
                else break;
            }
        if (careEnd <= end) period.Cease(careEnd, plan.CeaseReason, careEnd);
    }

    private string Placement(int age) => age switch
    {
        < 1 => rng.Weighted([("U6", 70), ("U3", 15), ("R3", 10), ("U5", 5)]),
        < 11 => rng.Weighted([("U6", 55), ("U3", 20), ("U4", 8), ("P1", 7), ("K2", 5), ("U1", 5)]),
        < 16 => rng.Weighted([("U6", 45), ("U3", 12), ("K2", 25), ("U4", 8), ("P1", 5), ("K1", 1), ("S1", 4)]),
        _ => rng.Weighted([("K3", 40), ("U6", 25), ("K2", 20), ("U3", 8), ("P1", 5), ("R5", 2)]),
    };

    private string ProviderFor(string placement) => placement switch
    {
        "P1" => "PR0",
        "U3" or "U1" or "U2" => "PR1",
        "K2" or "K1" or "K3" or "S1" => rng.Chance(0.8) ? "PR4" : "PR1",
        "R5" => "PR3",
        _ => rng.Chance(0.6) ? "PR1" : "PR4",
    };

    private static readonly string[] MoveReasons = ["CARPL", "CARPL", "CREQB", "CREQO", "CHILD", "LAREQ", "STAND", "OTHER", "PLACE"];

    private IReadOnlyList<string> Factors(JourneyPlan plan)
    {
        var factors = new List<string>();
        foreach (var (code, share) in Shares.Factors)
            if (rng.Chance(share / 100 * 1.1)) factors.Add(code);
        if (factors.Count == 0) factors.Add(plan.AssessOutcome is AssessmentOutcome.NoFurtherAction or AssessmentOutcome.EarlyHelp ? "21" : "20");
        return factors;
    }

    private Guid? ProfessionalFor(string source)
    {
        var agency = source switch
        {
            "2A" or "2B" => Agency.Education,
            "3A" or "3B" or "3C" or "3D" or "3E" or "3F" => Agency.Health,
            "6" => Agency.Police,
            "4" => Agency.Housing,
            "5D" => Agency.EarlyHelp,
            _ => (Agency?)null,
        };
        if (agency is null) return null;
        var start = rng.Next(_professionals.Count);
        for (var i = 0; i < _professionals.Count; i++)
        {
            var p = _professionals[(start + i) % _professionals.Count];
            if (p.Agency == agency) return p.Id;
        }
        return null;
    }

    private Guid Manager(TeamKind kind) => rng.Pick(_workforce.Managers[kind]).Id;

    private void Allocate(Child child, TeamKind kind, DateOnly date)
    {
        var current = child.CurrentAllocation;
        var workers = _workforce.SocialWorkers[kind];
        var worker = rng.Pick(workers);
        if (current is not null && current.WorkerId == worker.Id) return;
        var from = current is not null && current.From > date ? current.From : date;
        child.AllocateTo(worker.Id, from, from);
    }

    private static string Summary(Route route) => route switch
    {
        Route.Strategy => "Reported injury and concerns about the child's safety at home.",
        Route.NoFurtherAction => "Concern about the child's wellbeing; information sharing.",
        _ => "Concerns about the care the child is receiving at home.",
    };
}
