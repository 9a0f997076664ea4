using Safeguard.Core.Clock;
using Safeguard.Core.People;
using Safeguard.Web.Components;

namespace Safeguard.Web.Records;

/// <summary>Where a child is in their journey, in the words on a social worker's caseload, as a GOV.UK tag.</summary>
public static class ChildStatus
{
    public static TagModel For(Child child)
    {
        if (child.DateOfDeath is not null) return new TagModel("Deceased", "grey");
        if (child.CurrentPeriodOfCare is not null) return new TagModel("Looked after", "purple");
        if (child.OpenChildProtectionPlan is not null) return new TagModel("Child protection plan", "red");
        if (child.OpenEpisode is { } episode)
            return episode.ChildInNeedPlans.Any(p => p.IsOpen) ? new TagModel("Child in need plan", "blue") : new TagModel("Open referral", "yellow");
        return new TagModel("Closed", "grey");
    }

    public static TagModel For(ClockStatus status) => status switch
    {
        ClockStatus.Overdue => new TagModel("Overdue", "red"),
        ClockStatus.DueToday => new TagModel("Due today", "orange"),
        ClockStatus.Due => new TagModel("Due", "blue"),
        ClockStatus.MetLate => new TagModel("Met late", "yellow"),
        _ => new TagModel("Met on time", "green"),
    };

    public static string Show(DateOnly? date) => date is { } d ? DueDate.Format(d) : "Not known";
}
