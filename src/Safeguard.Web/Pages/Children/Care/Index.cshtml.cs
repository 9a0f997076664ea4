using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Clock;
using Safeguard.Core.Codes;
using Safeguard.Core.LookedAfter;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.Care;

/// <summary>
/// A looked-after child's care: the current placement, what is due next (reviews and visits, from the statutory
/// clock), and every period of care with its episodes, reviews, visits and missing episodes, newest first.
/// </summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class IndexModel(RecordServices record) : CareFormPage(record)
{
    public SummaryListModel? Current { get; private set; }
    public TableModel DueNext { get; private set; } = new("", [], []);
    public IReadOnlyList<PeriodView> Periods { get; private set; } = [];
    public MissingEpisode? OpenMissing => Period?.MissingEpisodes.FirstOrDefault(m => m.EndDate is null);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Looked after", cancellationToken)) return NotFound();
        var authority = await Record.Db.Authorities.AsNoTracking().SingleAsync(a => a.Id == Child.AuthorityId, cancellationToken);
        var clock = StatutoryClock.For(authority.RuleSet, authority.WorkingDays);
        var clocks = ChildClock.For(Child, clock, Today, includeMet: true);

        if (Period is { } period)
        {
            var episode = period.CurrentEpisode;
            Current = new SummaryListModel(
            [
                new SummaryRow("Looked after since", ChildStatus.Show(period.StartDate)),
                new SummaryRow("Legal status", CodeLists.LegalStatus.Describe(episode.LegalStatus)),
                new SummaryRow("Category of need", CodeLists.PrimaryNeed.Describe(episode.CategoryOfNeed)),
                new SummaryRow("Placement", CodeLists.PlacementType.Describe(episode.PlacementType)),
                new SummaryRow("Placement provider", CodeLists.PlacementProvider.Describe(episode.PlacementProvider)),
                new SummaryRow("Placement postcode", episode.PlacementPostcode ?? "Not recorded"),
                new SummaryRow("In this placement since", ChildStatus.Show(period.CurrentPlacementStart.StartDate)),
                new SummaryRow("Intended to last until 18", episode.IsLongTermPlacement ? "Yes" : "No"),
            ]);
        }

        var open = clocks.Where(c => c.Item.MetOn is null && c.Item.Rule.Id.StartsWith("lac-", StringComparison.Ordinal)).OrderBy(c => c.Due);
        DueNext = new TableModel("What is due next", ["What", "Status", "Due"],
            open.Select(i => (IReadOnlyList<TableCell>)
            [
                new TableCell(i.What, Hint: i.Reason),
                new TableCell("", Tag: ChildStatus.For(i.Status)),
                new TableCell(i.Item.Describe()),
            ]).ToList(), TestId: "care-due");

        var reviewClocks = clocks.Where(c => c.Item.MetOn is not null).GroupBy(c => c.SubjectId).ToDictionary(g => g.Key, g => g.First());
        Periods = Child.PeriodsOfCare.OrderByDescending(p => p.StartDate).Select(p => View(p, reviewClocks)).ToList();
        return Page();
    }

    private static PeriodView View(PeriodOfCare p, Dictionary<Guid, ChildClockItem> reviewClocks)
    {
        var title = p.EndDate is { } end ? $"{ChildStatus.Show(p.StartDate)} to {ChildStatus.Show(end)}" : $"Since {ChildStatus.Show(p.StartDate)}";
        var episodes = new TableModel("Episodes", ["From", "What changed", "Legal status", "Placement", "Until"],
            p.Episodes.OrderBy(e => e.StartDate).Select(e => (IReadOnlyList<TableCell>)
            [
                new TableCell(ChildStatus.Show(e.StartDate)),
                new TableCell(CodeLists.ReasonForNewEpisode.Describe(e.ReasonForNewEpisode),
                    Hint: e.ReasonPlacementChanged is { } why ? "Reason: " + CodeLists.ReasonPlacementChanged.Describe(why) : null),
                new TableCell(CodeLists.LegalStatus.Describe(e.LegalStatus)),
                new TableCell(CodeLists.PlacementType.Describe(e.PlacementType), Hint: CodeLists.PlacementProvider.Describe(e.PlacementProvider)),
                new TableCell(e.EndDate is { } d ? ChildStatus.Show(d) : "Now",
                    Hint: e.ReasonCeased is { } rec && rec != "X1" ? CodeLists.ReasonEpisodeCeased.Describe(rec) : null),
            ]).ToList(), TestId: "care-episodes", CaptionIsHeading: true);
        var reviews = new TableModel("Reviews", ["Date", "How the child took part", "On time"],
            p.Reviews.OrderByDescending(r => r.Date).Select(r => (IReadOnlyList<TableCell>)
            [
                new TableCell(ChildStatus.Show(r.Date)),
                new TableCell(CodeLists.ReviewParticipation.Describe(r.Participation)),
                reviewClocks.TryGetValue(r.Id, out var c) ? new TableCell("", Tag: ChildStatus.For(c.Status), Hint: c.Item.Describe()) : new TableCell(""),
            ]).ToList(), TestId: "care-reviews", CaptionIsHeading: true);
        var visits = new TableModel("Statutory visits", ["Date", "Seen alone"],
            p.Visits.OrderByDescending(v => v.Date).Select(v => (IReadOnlyList<TableCell>)
                [new TableCell(ChildStatus.Show(v.Date)), new TableCell(v.SeenAlone ? "Yes" : "No")]).ToList(), TestId: "care-visits", CaptionIsHeading: true);
        var missing = new TableModel("Missing or away from placement", ["From", "What", "Returned"],
            p.MissingEpisodes.OrderByDescending(m => m.StartDate).Select(m => (IReadOnlyList<TableCell>)
            [
                new TableCell(ChildStatus.Show(m.StartDate)),
                new TableCell(m.Kind == MissingKind.Missing ? "Missing" : "Away from placement without authorisation"),
                new TableCell(m.EndDate is { } back ? ChildStatus.Show(back) : "Not yet returned"),
            ]).ToList(), TestId: "care-missing", CaptionIsHeading: true);
        return new PeriodView(title, p.IsOpen, episodes, reviews, visits, missing);
    }

    public sealed record PeriodView(string Title, bool IsOpen, TableModel Episodes, TableModel Reviews, TableModel Visits, TableModel Missing);
}
