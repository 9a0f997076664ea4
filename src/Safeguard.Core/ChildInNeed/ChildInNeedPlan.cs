using Safeguard.Core.FrontDoor;
using Safeguard.Core.Shared;

namespace Safeguard.Core.ChildInNeed;

/// <summary>A child in need plan under section 17 (the census's CINPlanDates).</summary>
public sealed class ChildInNeedPlan
{
    private ChildInNeedPlan() { }

    internal ChildInNeedPlan(EpisodeOfNeed episode, DateOnly start)
    {
        Id = Ids.New();
        Episode = episode; EpisodeId = episode.Id; StartDate = start;
    }

    public Guid Id { get; private set; }
    public Guid EpisodeId { get; private set; }
    public EpisodeOfNeed Episode { get; private set; } = null!;
    public DateOnly StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }

    public bool IsOpen => EndDate is null;

    public void End(DateOnly date, DateOnly today)
    {
        if (!IsOpen) throw new JourneyRuleException($"The plan ended on {Guard.Show(EndDate!.Value)}", nameof(EndDate));
        Guard.NotInFuture(date, today, "end date of the plan", nameof(EndDate));
        Guard.NotBefore(date, StartDate, "end date of the plan", "start of the plan", nameof(EndDate));
        EndDate = date;
        Episode.Touch();
    }
}
