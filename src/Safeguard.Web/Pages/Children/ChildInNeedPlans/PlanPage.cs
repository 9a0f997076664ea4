using Safeguard.Core.ChildInNeed;
using Safeguard.Web.Components;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.ChildInNeedPlans;

/// <summary>The pages about one child in need plan: they find it on the child's record (404 when it is not there).</summary>
public abstract class PlanPage(RecordServices record) : ChildRecordPage(record)
{
    public ChildInNeedPlan Plan { get; private set; } = null!;

    public BackLinkModel Back => new($"/children/{Child.Id}", "Child's summary");

    public TableModel Reviews => new("Reviews so far", ["Date", "What the review found and decided"],
        Plan.Reviews.OrderBy(r => r.Date).Select(r => (IReadOnlyList<TableCell>)
            [new TableCell(ChildStatus.Show(r.Date)), new TableCell(r.Summary)]).ToList(), TestId: "reviews", CaptionIsHeading: true);

    protected bool Find(Guid planId)
    {
        var plan = Child.Episodes.SelectMany(e => e.ChildInNeedPlans).FirstOrDefault(p => p.Id == planId);
        if (plan is null) return false;
        Plan = plan;
        return true;
    }

    protected override string KeyFor(string domainField) => domainField switch
    {
        nameof(ChildInNeedPlanReview.Summary) => "Summary",
        nameof(ChildInNeedPlanReview.Date) or nameof(ChildInNeedPlan.EndDate) => "Date",
        _ => "",
    };
}
