using Safeguard.Core.Workforce;

namespace Safeguard.Web.SignIn;

/// <summary>Roles as people say them.</summary>
public static class RoleNames
{
    public static string For(WorkerRole role) => role switch
    {
        WorkerRole.SocialWorker => "Social worker",
        WorkerRole.TeamManager => "Team manager",
        WorkerRole.FrontDoorWorker => "Front door (MASH) worker",
        WorkerRole.ConferenceChair => "Conference chair",
        WorkerRole.IndependentReviewingOfficer => "Independent reviewing officer",
        WorkerRole.PartnerPractitioner => "Partner practitioner",
        WorkerRole.PerformanceAnalyst => "Performance analyst",
        WorkerRole.Administrator => "Administrator",
        WorkerRole.Auditor => "Auditor",
        _ => role.ToString(),
    };

    /// <summary>For a role stored as text (an audit entry's role).</summary>
    public static string For(string role) => Enum.TryParse<WorkerRole>(role, out var r) && Enum.IsDefined(r) ? For(r) : role;
}
