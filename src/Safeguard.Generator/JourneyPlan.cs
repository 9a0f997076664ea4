using Safeguard.Core.Assessments;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.FrontDoor;

namespace Safeguard.Generator;

internal enum Route { NoFurtherAction, Assessment, Strategy }

/// <summary>
/// One episode of need planned ahead as day offsets from the referral date (-1 = does not happen). Sampled cheaply without
/// touching the domain, so calibration can sample thousands and the generator can skip journeys that ended before history.
/// Offsets along any chain of dependent steps never go backwards, so truncating at the end date leaves a valid record.
/// </summary>
internal sealed class JourneyPlan
{
    public Route Route;
    public ReferralDecision Decision;
    public int DecisionDay;
    public int AssessStart = -1, AssessSubmit = -1, AssessAuthorise = -1;
    public AssessmentOutcome AssessOutcome;
    public int Strategy = -1, S47Start = -1, S47OutcomeDay = -1;
    public Section47Outcome S47Outcome;
    public int Icpc = -1;
    public bool PlanRequired;
    public string Category = "NEG";
    public int PlanEnd = -1;
    public int CinStart = -1, CinEnd = -1;
    public int CareStart = -1, CareEnd = -1;
    public string CeaseReason = "E4A";
    public int Close;
    public string ClosureReason = "RC7";
    public bool Capped18;

    public bool HasCare => CareStart >= 0;
}
