using Microsoft.AspNetCore.Authorization;
using Safeguard.Core.Workforce;

namespace Safeguard.Web.Access;

/// <summary>
/// What each role may open, by area. Pages name a policy with <c>[Authorize(Policy = Policies.X)]</c>; which
/// children's records a user may then see is <see cref="RecordAccess"/>'s business, not the policy's.
/// </summary>
public static class Policies
{
    /// <summary>Case work on children's records: the work tray, search, the child's record and its journey pages.</summary>
    public const string CaseWork = nameof(CaseWork);

    /// <summary>Deciding contacts and referrals at the front door (MASH).</summary>
    public const string FrontDoor = nameof(FrontDoor);

    /// <summary>Signing off assessments and closures: team managers.</summary>
    public const string Authorise = nameof(Authorise);

    /// <summary>Chairing child protection conferences and reviewing looked-after children's plans.</summary>
    public const string Chair = nameof(Chair);

    /// <summary>Police, health and schools: refer a child, follow their own referrals, answer requests for information.</summary>
    public const string Partner = nameof(Partner);

    /// <summary>Aggregate figures, dashboards and returns.</summary>
    public const string Performance = nameof(Performance);

    /// <summary>The audit trail: who viewed or changed which record, and whether the chain verifies.</summary>
    public const string Audit = nameof(Audit);

    /// <summary>Users, teams and restricted records.</summary>
    public const string Administration = nameof(Administration);

    public static readonly IReadOnlyDictionary<string, WorkerRole[]> Roles = new Dictionary<string, WorkerRole[]>
    {
        [CaseWork] = [WorkerRole.SocialWorker, WorkerRole.TeamManager, WorkerRole.FrontDoorWorker, WorkerRole.ConferenceChair, WorkerRole.IndependentReviewingOfficer],
        [FrontDoor] = [WorkerRole.FrontDoorWorker, WorkerRole.TeamManager],
        [Authorise] = [WorkerRole.TeamManager],
        [Chair] = [WorkerRole.ConferenceChair, WorkerRole.IndependentReviewingOfficer],
        [Partner] = [WorkerRole.PartnerPractitioner],
        [Performance] = [WorkerRole.PerformanceAnalyst, WorkerRole.TeamManager],
        [Audit] = [WorkerRole.Auditor],
        [Administration] = [WorkerRole.Administrator],
    };

    public static AuthorizationBuilder AddSafeguardPolicies(this AuthorizationBuilder builder)
    {
        foreach (var (name, roles) in Roles)
            builder.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireRole(roles.Select(r => r.ToString())));
        return builder;
    }

    /// <summary>For views: does the signed-in user hold one of the policy's roles (to show a link or a button)?</summary>
    public static bool Allows(this System.Security.Claims.ClaimsPrincipal user, string policy) =>
        Roles[policy].Any(r => user.IsInRole(r.ToString()));
}
