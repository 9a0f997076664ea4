using Safeguard.Core.Assessments;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.Clock;
using Safeguard.Core.FrontDoor;
using Shares = Safeguard.Generator.AuthorityTargets.England2025Shares;

namespace Safeguard.Generator;

/// <summary>The probabilities and mean durations one authority's journeys are drawn with, solved from its targets.</summary>
internal sealed record JourneyRates(
    double Nfa, double Strategy, double ConferencePerS47, double PlanPerConference, double CarePerActiveReferral, double NotInNeedOfAssessed,
    double PlanDurationScale, double CareLongMeanDays, double CinPlanMeanDays, double ReturnWithinYear, double ReturnLater, double NewReferralShare,
    IReadOnlyList<(int From, int To, double Share)>? StrategyToConferenceWorkingDays = null, double ReturnAfterPlan = 0, double RepeatPlan = 0,
    double AfterPlanReferralShare = 0, double LongPlanShare = 0.044);

/// <summary>Samples journey plans (no domain objects) and solves the rates so the stocks at 31 March come out at the targets.</summary>
internal sealed class JourneyPlanner(JourneyRates rates, WorkingDayCalendar calendar)
{
    public JourneyRates Rates { get; } = rates;

    private const double ShortCareShare = 0.25;

    /// <summary>Age at referral in days: CIN census shape (under 1 8 %, 1–4 19 %, 5–9 27 %, 10–15 33 %, 16–17 13 %).</summary>
    public static int SampleAgeDays(Random rng)
    {
        var years = rng.FromBuckets([(0, 0, 8), (1, 4, 19), (5, 9, 27), (10, 15, 33), (16, 17, 13)]);
        return years * 365 + rng.Next(0, 365);
    }

    /// <summary>
    /// Ages for calibration: returning children are referred again some months after their first referral, so older;
    /// children coming back after a plan a year or more after it ended, so older still.
    /// </summary>
    private static int SampleReferralAgeDays(Random rng, JourneyRates rates)
    {
        var u = rng.NextDouble();
        return SampleAgeDays(rng) + (u < rates.AfterPlanReferralShare ? rng.Between(700, 1800) : u < 1 - rates.NewReferralShare ? rng.Between(60, 700) : 0);
    }

    public JourneyPlan Sample(Random rng, DateOnly referralDate, DateOnly dateOfBirth) => Sample(rng, referralDate, dateOfBirth, repeatPlan: false);

    /// <summary>
    /// The journey of a child referred again after a child protection plan: some go straight back through a strategy
    /// discussion and conference to another plan (which is how a quarter of plans are second or subsequent, NI 65).
    /// </summary>
    public JourneyPlan SampleAfterPlan(Random rng, DateOnly referralDate, DateOnly dateOfBirth) =>
        Sample(rng, referralDate, dateOfBirth, repeatPlan: rng.Chance(Rates.RepeatPlan));

    private JourneyPlan Sample(Random rng, DateOnly referralDate, DateOnly dateOfBirth, bool repeatPlan)
    {
        var p = new JourneyPlan();
        var age18 = Offset(referralDate, dateOfBirth.AddYears(18));
        p.DecisionDay = rng.Chance(0.7) ? 0 : Offset(referralDate, calendar.AddWorkingDays(referralDate, 1));
        var u = rng.NextDouble();
        if (!repeatPlan && u < Rates.Nfa)
        {
            p.Route = Route.NoFurtherAction;
            p.Decision = rng.Chance(0.8) ? ReferralDecision.NoFurtherAction : ReferralDecision.EarlyHelp;
            p.Close = p.DecisionDay;
            return p;
        }
        var care = rng.Chance(Rates.CarePerActiveReferral);
        p.AssessStart = p.DecisionDay;
        var wd = rng.FromBuckets(Shares.AssessmentWorkingDays);
        p.AssessAuthorise = Offset(referralDate, calendar.AddWorkingDays(referralDate.AddDays(p.AssessStart), wd));
        p.AssessSubmit = Math.Max(p.AssessStart, p.AssessAuthorise - rng.Between(0, 2));
        if (repeatPlan || u < Rates.Nfa + Rates.Strategy) Strategy(rng, p, referralDate, care, repeatPlan);
        else
        {
            p.Route = Route.Assessment;
            p.Decision = ReferralDecision.Assessment;
            if (care)
            {
                p.AssessOutcome = AssessmentOutcome.LookedAfter;
                StartCare(rng, p, rng.Chance(0.3) ? p.AssessStart + rng.Between(0, 3) : p.AssessAuthorise);
            }
            else if (rng.Chance(Rates.NotInNeedOfAssessed))
            {
                var earlyHelp = rng.Chance(0.3);
                p.AssessOutcome = earlyHelp ? AssessmentOutcome.EarlyHelp : AssessmentOutcome.NoFurtherAction;
                p.ClosureReason = earlyHelp ? "RC9" : "RC8";
                p.Close = p.AssessAuthorise + rng.Between(0, 5);
            }
            else
            {
                p.AssessOutcome = AssessmentOutcome.ChildInNeedPlan;
                StartCinPlan(rng, p, p.AssessAuthorise);
            }
        }
        Cap(rng, p, age18);
        if (p.HasCare) p.Close = Math.Max(p.Close, p.CareEnd + rng.Between(0, 14));
        p.Close = new[] { p.Close, p.AssessAuthorise, p.PlanEnd, p.CinEnd, p.Icpc, p.S47OutcomeDay, p.CareEnd }.Max();
        return p;
    }

    private void Strategy(Random rng, JourneyPlan p, DateOnly referralDate, bool care, bool repeatPlan)
    {
        p.Route = Route.Strategy;
        p.Decision = ReferralDecision.StrategyDiscussion;
        p.Strategy = p.DecisionDay;
        p.S47Start = p.Strategy + (rng.Chance(0.8) ? 0 : 1);
        p.AssessStart = Math.Max(p.AssessStart, p.S47Start);
        p.AssessAuthorise = Math.Max(p.AssessAuthorise, p.AssessStart);
        p.AssessSubmit = Math.Max(p.AssessSubmit, p.AssessStart);
        if (repeatPlan || rng.Chance(Rates.ConferencePerS47))
        {
            p.S47Outcome = Section47Outcome.ConferenceNeeded;
            var wd = rng.FromBuckets(Rates.StrategyToConferenceWorkingDays ?? Shares.StrategyToConferenceWorkingDays);
            p.Icpc = Math.Max(p.S47Start, Offset(referralDate, calendar.AddWorkingDays(referralDate.AddDays(p.Strategy), wd)));
            p.S47OutcomeDay = Math.Max(p.S47Start, p.Icpc - rng.Between(0, 5));
            p.PlanRequired = repeatPlan || rng.Chance(Rates.PlanPerConference);
            if (p.PlanRequired)
            {
                p.Category = rng.Weighted(Shares.CategoryOfAbuse);
                p.PlanEnd = p.Icpc + PlanDays(rng);
                p.AssessOutcome = care ? AssessmentOutcome.LookedAfter : AssessmentOutcome.ChildInNeedPlan;
                if (care) StartCare(rng, p, p.PlanEnd);
                else if (rng.Chance(0.7)) StartCinPlan(rng, p, p.PlanEnd);
                else p.Close = p.PlanEnd + rng.Between(0, 14);
                return;
            }
            AfterEnquiry(rng, p, care, p.Icpc, 0.6);
            return;
        }
        p.S47Outcome = rng.Chance(0.65) ? Section47Outcome.ConcernsNotSubstantiated : Section47Outcome.ConcernsSubstantiatedNoConference;
        p.S47OutcomeDay = p.S47Start + rng.Between(3, 25);
        AfterEnquiry(rng, p, care, p.S47OutcomeDay, 0.4);
    }

    /// <summary>
    /// A plan's length: two years or more for the authority's share of plans (NI 64), otherwise England's shape of
    /// shorter plans stretched by the scale that gives the stock at 31 March, and kept under two years (730 days
    /// already counts as two years for NI 64).
    /// </summary>
    private int PlanDays(Random rng) => rng.Chance(Rates.LongPlanShare)
        ? rng.Between(LongPlans.From, LongPlans.To)
        : Math.Clamp((int)Math.Round(rng.FromBuckets(ShorterPlans) * Rates.PlanDurationScale), 14, LongPlans.From - 2);

    private static readonly (int From, int To, double Share) LongPlans = Shares.PlanDurationDays[^1];
    private static readonly double MeanLongPlanDays = (LongPlans.From + LongPlans.To) / 2.0;
    private static readonly IReadOnlyList<(int From, int To, double Share)> ShorterPlans = Shares.PlanDurationDays.SkipLast(1).ToList();

    private void AfterEnquiry(Random rng, JourneyPlan p, bool care, int from, double cinPlanShare)
    {
        if (care)
        {
            p.AssessOutcome = AssessmentOutcome.LookedAfter;
            StartCare(rng, p, from);
        }
        else if (rng.Chance(cinPlanShare))
        {
            p.AssessOutcome = AssessmentOutcome.ChildInNeedPlan;
            StartCinPlan(rng, p, Math.Max(from, p.AssessAuthorise));
        }
        else
        {
            // After a section 47 enquiry the case closes as services ceased (RC7): DfE rule 2990 keeps RC8 for
            // cases that ended at assessment.
            p.AssessOutcome = AssessmentOutcome.NoFurtherAction;
            p.ClosureReason = "RC7";
            p.Close = Math.Max(from, p.AssessAuthorise) + rng.Between(0, 7);
        }
    }

    private void StartCinPlan(Random rng, JourneyPlan p, int start)
    {
        p.CinStart = start;
        p.CinEnd = start + Math.Max(7, (int)Math.Round(Rates.CinPlanMeanDays * rng.Gamma2()));
        p.Close = p.CinEnd + rng.Between(0, 7);
    }

    private void StartCare(Random rng, JourneyPlan p, int start)
    {
        p.CareStart = start;
        var days = rng.Chance(ShortCareShare) ? rng.Between(1, 56) : 1 + (int)rng.Exponential(Rates.CareLongMeanDays);
        p.CareEnd = start + days;
        p.CeaseReason = rng.Weighted([("E4A", 45), ("E4B", 8), ("E13", 14), ("E41", 5), ("E47", 6), ("E45", 4), ("E8", 8), ("E3", 4), ("E11", 6)]);
    }

    /// <summary>
    /// Nothing runs past the 18th birthday: care ends that day (staying put or independent living), plans end by it, a
    /// plan that would start after it never starts, and the episode closes by then (unless a step already under way
    /// ends later). Without the last two, a child-in-need plan following a capped child protection plan started after
    /// 18 and kept its episode open for years: 18,189 adults in the generated England census.
    /// </summary>
    private static void Cap(Random rng, JourneyPlan p, int age18)
    {
        if (p.HasCare && p.CareStart >= age18 - 1) { p.CareStart = p.CareEnd = -1; }
        if (p.HasCare && p.CareEnd >= age18)
        {
            p.CareEnd = age18;
            p.Capped18 = true;
            p.CeaseReason = rng.Weighted([("E17", 30), ("E5", 40), ("E6", 10), ("E8", 20)]);
        }
        if (p.Icpc >= age18) { p.PlanRequired = false; p.PlanEnd = -1; }
        else if (p.PlanEnd >= age18) p.PlanEnd = age18;
        if (p.CinStart >= age18) p.CinStart = p.CinEnd = -1;
        else if (p.CinEnd >= age18) p.CinEnd = age18;
        if (p.Close > age18) p.Close = age18;
        if (p.HasCare)
            p.ClosureReason = p.CeaseReason switch
            {
                "E11" or "E12" => "RC1",
                "E41" => "RC3",
                "E45" or "E46" or "E47" or "E48" => "RC4",
                "E3" => "RC5",
                _ => "RC7",
            };
    }

    private static int Offset(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;

    /// <summary>
    /// Days from a referral to the child's next referral after a plan: <paramref name="gap"/> days after the case
    /// closed, and never within 12 months of the referral (so these returns are not re-referrals in NI terms).
    /// </summary>
    internal static int AfterPlanReturnDay(int close, int gap) => Math.Max(close + gap, 366);

    /// <summary>Days from closure to a referral after a plan: a month to two years.</summary>
    internal static readonly (int From, int To) AfterPlanGapDays = (30, 730);

    /// <summary>The mean plan length, in days, that gives the plans at 31 March from the plans starting (Little's law).</summary>
    private static double MeanPlanDays(AuthorityTargets t) => t.PlansAt31March * 365.0 / Math.Max(1, t.PlanStarts);

    /// <summary>
    /// England's shape of working days from strategy discussion to initial conference, with the share held within 15
    /// working days moved to the authority's published figure (each side keeps its own shape). Null: England's.
    /// </summary>
    internal static IReadOnlyList<(int From, int To, double Share)>? ConferenceTimeliness(double? withinPercent)
    {
        if (withinPercent is not { } target) return null;
        target = Math.Clamp(target, 1, 99);
        var buckets = Shares.StrategyToConferenceWorkingDays;
        var within = buckets.Where(b => b.To <= 15).Sum(b => b.Share);
        var beyond = buckets.Sum(b => b.Share) - within;
        return buckets.Select(b => (b.From, b.To, b.To <= 15 ? b.Share * target / within : b.Share * (100 - target) / beyond)).ToList();
    }

    /// <summary>
    /// Solves the rates from the targets: funnel ratios directly; the plan, care and child-in-need-plan durations by
    /// Little's law (stock at 31 March = starts per year × mean length in years), with the capped and nonlinear parts
    /// measured by sampling plans from a fixed seed.
    /// </summary>
    public static JourneyPlanner Calibrate(AuthorityTargets t, WorkingDayCalendar calendar, int seed)
    {
        var r = (double)t.ReferralsPerYear;
        var reReferral = t.ReReferralPercent / 100;
        var rates = Funnel(t, RepeatPlans.None);

        // Repeat plans: solved from the share of plans that leave room for a return before the child is 18; they come off
        // the ordinary funnel, which changes its chance of a plan, so twice.
        var repeats = RepeatPlans.None;
        var afterPlanEligible = Measure(rates, calendar, seed).AfterPlanEligible;
        for (var i = 0; i < 2; i++)
        {
            repeats = RepeatPlans.Solve(t, rates, afterPlanEligible);
            rates = Funnel(t, repeats);
        }

        // Plans: scale England's shape of plans under two years so the mean, after the cap at 18, gives the stock.
        var targetPlan = MeanPlanDays(t);
        var longDays = rates.LongPlanShare * MeanLongPlanDays;
        for (var i = 0; i < 2; i++)
        {
            var meanPlan = Measure(rates, calendar, seed).MeanPlan;
            // Only the plans under two years stretch: scale them by what their own mean must become.
            if (meanPlan > longDays && targetPlan > longDays)
                rates = rates with { PlanDurationScale = rates.PlanDurationScale * (targetPlan - longDays) / (meanPlan - longDays) };
        }

        // Care: the mean length of the long stays that gives the target mean after the cap at 18.
        var targetCare = t.LookedAfterAt31March * 365.0 / Math.Max(1, t.LookedAfterStarts);
        double lo = 1, hi = 20 * 365;
        for (var i = 0; i < 30; i++)
        {
            var mid = (lo + hi) / 2;
            if (MeanCareDays(rates with { CareLongMeanDays = mid }, calendar, seed) < targetCare) lo = mid; else hi = mid;
        }
        rates = rates with { CareLongMeanDays = (lo + hi) / 2 };

        // Children in need: the mean child-in-need plan length that makes the mean episode length hit the target.
        var targetEpisode = t.ChildrenInNeedAt31March * 365.0 / r;
        var cin = 180.0;
        for (var i = 0; i < 4; i++)
        {
            var (meanEpisode, cinPlansPerEpisode, _, _, _, _) = Measure(rates with { CinPlanMeanDays = cin }, calendar, seed);
            if (cinPlansPerEpisode <= 0) break;
            cin = Math.Clamp(cin + (targetEpisode - meanEpisode) / cinPlansPerEpisode, 14, 3000);
        }
        rates = rates with { CinPlanMeanDays = cin };

        // Re-referrals: returns within 12 months among the closures that leave room for one. Children who have had a
        // plan return only through the after-plan route (a year or more on), so the rest carry the 12-month returns.
        var (_, _, withinEligible, laterEligible, _, _) = Measure(rates, calendar, seed);
        var returnWithin = Math.Clamp(reReferral / Math.Max(0.05, withinEligible), 0, 1);
        rates = rates with
        {
            ReturnWithinYear = returnWithin,
            // Later returns are drawn only for closures that did not return within the year.
            ReturnLater = Math.Clamp(Shares.LaterReturnShare / Math.Max(0.05, laterEligible - withinEligible * returnWithin), 0, 1),
        };
        return new JourneyPlanner(rates, calendar);
    }

    /// <summary>
    /// The funnel's ratios for the referrals that take the ordinary route: the repeat plans go straight from referral
    /// to plan, so they come off the section 47, conference and plan targets first.
    /// </summary>
    private static JourneyRates Funnel(AuthorityTargets t, RepeatPlans repeats)
    {
        var forced = repeats.PlansPerYear;
        var r = Math.Max(1, t.ReferralsPerYear - forced);
        var s47 = Math.Max(1, t.Section47sPerYear - forced);
        var icpc = Math.Max(1, t.InitialConferencesPerYear - forced);
        var nfa = Math.Clamp(t.NoFurtherAction * t.ReferralsPerYear / r, 0, 0.9);
        var strategy = Math.Clamp(s47 / r, 0, 1 - nfa - 0.02);
        var conference = Math.Clamp(icpc / s47, 0, 1);
        var plan = Math.Clamp(Math.Max(0, t.PlanStarts - forced) / icpc, 0, 1);
        var care = Math.Clamp(t.LookedAfterStarts / (t.ReferralsPerYear * (1 - t.NoFurtherAction)), 0, 0.9);
        var assessedRoute = Math.Max(0.01, 1 - nfa - strategy);
        var notInNeed = Math.Clamp(t.AssessedNotInNeed / assessedRoute / (1 - care), 0, 0.95);
        var longShare = Math.Clamp(t.PlansEndingAfterTwoYears, 0, 0.5);
        var shorterMean = (MeanPlanDays(t) - longShare * MeanLongPlanDays) / (1 - longShare);
        var planScale = Math.Max(0.2, shorterMean / Sampling.MeanOfBuckets(ShorterPlans));
        // Returning children: within 12 months, later, and after a plan; the rest of the referrals are new families.
        var afterPlanShare = repeats.ReturnsPerYear / t.ReferralsPerYear;
        var returns = t.ReReferralPercent / 100 + Shares.LaterReturnShare + afterPlanShare;
        return new JourneyRates(nfa, strategy, conference, plan, care, notInNeed, planScale, 365, 180, 0, 0,
            Math.Max(0.1, 1 - returns), ConferenceTimeliness(t.IcpcWithin15WorkingDaysPercent), repeats.ReturnAfterPlan, repeats.RepeatPlan,
            afterPlanShare, longShare);
    }

    private static double MeanCareDays(JourneyRates rates, WorkingDayCalendar calendar, int seed)
    {
        var planner = new JourneyPlanner(rates with { CarePerActiveReferral = 1, Nfa = 0 }, calendar);
        var rng = new Random(seed ^ 0x5EED);
        double total = 0;
        var n = 0;
        var day = new DateOnly(2020, 4, 1);
        for (var i = 0; i < 4000; i++)
        {
            var p = planner.Sample(rng, day.AddDays(i % 7), day.AddDays(-SampleReferralAgeDays(rng, rates)));
            if (!p.HasCare) continue;
            total += p.CareEnd - p.CareStart;
            n++;
        }
        return n == 0 ? 0 : total / n;
    }

    /// <summary>
    /// Mean episode length, CIN plans per episode, the shares of episodes that could be followed by an ordinary return,
    /// the mean plan length, and the share of plans whose child could come back after it before turning 18.
    /// </summary>
    private static (double MeanEpisode, double CinPlansPerEpisode, double WithinEligible, double LaterEligible, double MeanPlan,
        double AfterPlanEligible) Measure(
        JourneyRates rates, WorkingDayCalendar calendar, int seed)
    {
        var planner = new JourneyPlanner(rates, calendar);
        var rng = new Random(seed ^ 0xCA1B);
        const int n = 20000;
        double days = 0, cinPlans = 0, within = 0, later = 0, planDays = 0, plans = 0, afterPlan = 0;
        var day = new DateOnly(2020, 4, 1);
        for (var i = 0; i < n; i++)
        {
            var age = SampleReferralAgeDays(rng, rates);
            var p = planner.Sample(rng, day.AddDays(i % 7), day.AddDays(-age));
            days += p.Close;
            if (p.CinStart >= 0) cinPlans += (p.CinEnd - p.CinStart) / Math.Max(1.0, rates.CinPlanMeanDays);
            if (p.PlanRequired)
            {
                planDays += p.PlanEnd - p.Icpc;
                plans++;
                if (age + AfterPlanReturnDay(p.Close, (AfterPlanGapDays.From + AfterPlanGapDays.To) / 2) < 18 * 365 - 1 && p.ClosureReason != "RC1") afterPlan++;
                continue; // children who have had a plan come back only by the after-plan route
            }
            if (p.Close < 365 && age + 365 < 18 * 365 && p.ClosureReason != "RC1") within++;
            if (p.Close < 1000 && age + 1100 < 18 * 365 && p.ClosureReason != "RC1") later++;
        }
        return (days / n, cinPlans / n, within / n, later / n, plans == 0 ? 0 : planDays / plans, plans == 0 ? 0 : afterPlan / plans);
    }
}
