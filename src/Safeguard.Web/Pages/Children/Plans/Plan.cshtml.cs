using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.Clock;
using Safeguard.Core.Recording;
using Safeguard.Core.Workforce;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.Plans;

/// <summary>
/// A child protection plan: when and why it started, what is due next by the statutory clock (first core group within
/// 10 working days, first review within 3 months, then every 6 months), its core groups, reviews and visits.
/// </summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class PlanModel(RecordServices record) : ChildRecordPage(record)
{
    public ChildProtectionPlan Plan { get; private set; } = null!;
    public ChildClockItem? Next { get; private set; }
    public SummaryListModel Summary { get; private set; } = new([]);
    public TableModel Clocks { get; private set; } = new("", [], []);
    public TableModel CoreGroups { get; private set; } = new("", [], []);
    public TableModel Reviews { get; private set; } = new("", [], []);

    public string PlanPath => $"/children/{Child.Id}/plans/{Plan.Id}";
    public BackLinkModel Back => new($"/children/{Child.Id}", "Child's summary");

    // Social workers and their managers carry the plan between conferences; chairs hold the conferences.
    public bool CanRecordCoreGroups => User.IsInRole(nameof(WorkerRole.SocialWorker)) || User.IsInRole(nameof(WorkerRole.TeamManager));
    public bool CanHoldReviews => User.Allows(Policies.Chair);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid planId, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Child protection plan", cancellationToken)) return NotFound();
        if (ChildProtectionWords.FindPlan(Child, planId) is not { } plan) return NotFound();
        Plan = plan;
        var episode = Child.Episodes.Single(e => e.Id == plan.EpisodeId);
        var conferences = episode.Conferences.Where(c => c.Id == plan.StartedAtConferenceId || c.PlanId == plan.Id).ToList();
        var chairIds = conferences.Select(c => c.ChairId).OfType<Guid>().Distinct().ToList();
        var chairs = await Record.Db.Workers.AsNoTracking().Where(w => chairIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, cancellationToken);
        string ChairOf(Guid conferenceId) =>
            conferences.FirstOrDefault(c => c.Id == conferenceId)?.ChairId is { } chair ? chairs.GetValueOrDefault(chair, "Unknown") : "Not recorded";

        var clock = await ChildProtectionWords.ClockAsync(Record.Db, Child.AuthorityId, cancellationToken);
        var subjects = plan.Reviews.Select(r => r.Id).Append(plan.Id).ToHashSet();
        var items = ChildClock.For(Child, clock, Today, includeMet: true).Where(i => subjects.Contains(i.SubjectId)).OrderBy(i => i.Due).ToList();
        Next = items.FirstOrDefault(i => i.Item.MetOn is null);

        var started = conferences.FirstOrDefault(c => c.Id == plan.StartedAtConferenceId);
        var lastVisit = Child.CaseNotes.Where(n => n.Kind == CaseNoteKind.Visit && n.Date >= plan.StartDate).Select(n => (DateOnly?)n.Date).Max();
        Summary = new SummaryListModel(
        [
            new SummaryRow("Status", plan.IsOpen ? "Open" : $"Ended on {ChildStatus.Show(plan.EndDate)}: {plan.EndReason}"),
            new SummaryRow("Started", $"{ChildStatus.Show(plan.StartDate)}, at the {(started is null ? "conference" : ChildProtectionWords.Describe(started.Kind).ToLowerInvariant())} chaired by {ChairOf(plan.StartedAtConferenceId)}"),
            new SummaryRow("Category of abuse at the start", ChildProtectionWords.Category(plan.InitialCategory)),
            new SummaryRow("Category of abuse now", ChildProtectionWords.Category(plan.LatestCategory)),
            new SummaryRow("Previous plans", plan.PreviousPlans == 0 ? "None" : plan.PreviousPlans.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new SummaryRow("Last visit", lastVisit is { } v
                ? $"{ChildStatus.Show(v)} (from case notes; how often to visit is set by the plan and local procedures)"
                : "No visit recorded as a case note since the plan started", $"/children/{Child.Id}/notes"),
        ]);
        Clocks = new TableModel("Statutory deadlines of the plan", ["What", "Status", "Due"],
            items.Select(i => (IReadOnlyList<TableCell>)
            [
                new TableCell(i.What, Hint: i.Reason),
                new TableCell("", Tag: ChildStatus.For(i.Status)),
                new TableCell(i.Item.Describe()),
            ]).ToList(), TestId: "plan-clocks", CaptionIsHeading: true);
        CoreGroups = new TableModel("Core group meetings", ["Date"],
            plan.CoreGroups.OrderBy(c => c.Date).Select(c => (IReadOnlyList<TableCell>)[new TableCell(ChildStatus.Show(c.Date))]).ToList(),
            TestId: "core-groups", CaptionIsHeading: true);
        Reviews = new TableModel("Review conferences", ["Date", "Decision", "Chair"],
            plan.Reviews.OrderBy(r => r.Date).Select(r => (IReadOnlyList<TableCell>)
            [
                new TableCell(ChildStatus.Show(r.Date)),
                new TableCell(episode.Conferences.FirstOrDefault(c => c.Id == r.ConferenceId)?.PlanRequired is false ? "Plan ended" : "Plan continues"),
                new TableCell(ChairOf(r.ConferenceId)),
            ]).ToList(), TestId: "reviews", CaptionIsHeading: true);
        return Page();
    }
}
