using Safeguard.Core.People;
using Safeguard.Core.Shared;

namespace Safeguard.Core.Workforce;

public enum WorkerRole
{
    SocialWorker, TeamManager, FrontDoorWorker, ConferenceChair, IndependentReviewingOfficer, PartnerPractitioner,
    PerformanceAnalyst, Administrator, Auditor,
}

/// <summary>Someone who works on children's records: a social worker, manager, chair, or a partner agency's practitioner.</summary>
public sealed class Worker
{
    private Worker() { }

    public Worker(Guid authorityId, Guid? teamId, string name, WorkerRole role, Agency agency, DateOnly? qualifiedOn, int? maximumCaseload)
    {
        Id = Ids.New();
        AuthorityId = authorityId; TeamId = teamId;
        Name = Guard.Required(name, "the worker's name", nameof(Name), 200);
        Role = role; Agency = agency; QualifiedOn = qualifiedOn;
        if (maximumCaseload is < 1 or > 100) throw new JourneyRuleException("The maximum caseload must be between 1 and 100", nameof(MaximumCaseload));
        MaximumCaseload = maximumCaseload;
    }

    public Guid Id { get; private set; }
    public Guid AuthorityId { get; private set; }
    public Guid? TeamId { get; private set; }
    public string Name { get; private set; } = "";
    public WorkerRole Role { get; private set; }
    public Agency Agency { get; private set; }

    /// <summary>When the worker qualified as a social worker: in their first year they are newly qualified (ASYE) with protected caseloads.</summary>
    public DateOnly? QualifiedOn { get; private set; }

    public int? MaximumCaseload { get; private set; }

    public bool IsNewlyQualified(DateOnly today) => QualifiedOn is { } q && q > today.AddYears(-1);

    public void MoveToTeam(Guid? teamId) => TeamId = teamId;
}
