using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data.Audit;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Pages.FrontDoor;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Partners;

/// <summary>
/// A partner practitioner's own page: the referrals they sent (the child's name as they gave it, and what became of
/// it) and the questions the authority has put to them. Nothing else of any child's record.
/// </summary>
[Authorize(Policy = Policies.Partner)]
public sealed class MyReferralsModel(RecordServices record) : PageModel
{
    public const int Shown = 100;

    public TableModel Referrals { get; private set; } = new("", [], []);
    public TableModel Requests { get; private set; } = new("", [], []);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = record.Today.Date;
        var contributions = await record.Access.Contributions(User)
            .OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Id).Take(Shown)
            .ToListAsync(cancellationToken);
        var requests = await record.Access.RequestsTo(User)
            .OrderBy(r => r.AnsweredOn != null).ThenByDescending(r => r.AskedOn).Take(Shown)
            .Select(r => new
            {
                r.Id, r.ChildId, r.AskedOn, r.Question, r.AnsweredOn,
                Child = record.Db.Children.Where(c => c.Id == r.ChildId).Select(c => c.GivenName + " " + c.FamilyName).First(),
            })
            .ToListAsync(cancellationToken);
        await record.Audit.ListedAsync(contributions.Select(c => c.ChildId).Concat(requests.Select(r => r.ChildId)), AuditAction.Searched,
            "A partner's referrals and requests", cancellationToken);

        Referrals = new TableModel("Your referrals", ["Sent", "Child", "Status"],
            contributions.Select(c => (IReadOnlyList<TableCell>)
            [
                new TableCell(ChildStatus.Show(c.ReceivedOn)),
                new TableCell(NameAsReferred(c.Summary)),
                new TableCell(FrontDoorLookups.StatusForPartner(c, today)),
            ]).ToList(), TestId: "my-referrals");
        Requests = new TableModel("Questions for you", ["Asked", "Child", "Question", "Status"],
            requests.Select(r => (IReadOnlyList<TableCell>)
            [
                new TableCell(ChildStatus.Show(r.AskedOn)),
                new TableCell(r.Child),
                new TableCell(r.Question.Length > 120 ? r.Question[..120] + "…" : r.Question, $"/my-referrals/requests/{r.Id}"),
                new TableCell("", Tag: r.AnsweredOn is null ? new TagModel("To answer", "red") : new TagModel("Answered", "green")),
            ]).ToList(), TestId: "my-requests");
    }

    /// <summary>The name the partner gave, from the first line of their referral ("Referred as Ava Smith, born ...").</summary>
    public static string NameAsReferred(string summary)
    {
        const string lead = "Referred as ";
        if (!summary.StartsWith(lead, StringComparison.Ordinal)) return "Not given";
        var end = summary.IndexOf(", born", StringComparison.Ordinal);
        return end > lead.Length ? summary[lead.Length..end] : "Not given";
    }
}
