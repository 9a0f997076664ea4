using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Clock;
using Safeguard.Core.Codes;
using Safeguard.Core.FrontDoor;
using Safeguard.Data.Audit;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Pages.FrontDoor;

/// <summary>
/// The front door's queue: contacts waiting for an outcome and referrals waiting for a decision, oldest first, each
/// referral with where its one-working-day clock stands. Only children the user may see; every child shown is audited.
/// </summary>
[Authorize(Policy = Policies.FrontDoor)]
public sealed class FrontDoorModel(RecordServices record) : PageModel
{
    /// <summary>The queue is worked oldest first: this many of each list is shown, with how many wait in all.</summary>
    public const int Shown = 50;

    public TableModel Contacts { get; private set; } = new("", [], []);
    public TableModel Referrals { get; private set; } = new("", [], []);
    public int ContactsWaiting { get; private set; }
    public int ReferralsWaiting { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = record.Today.Date;
        var children = record.Access.Children(User);
        var contacts = children.SelectMany(c => c.Contacts.Where(k => k.Outcome == ContactOutcome.AwaitingDecision),
            (c, k) => new { ChildId = c.Id, c.GivenName, c.FamilyName, c.LaChildId, ContactId = k.Id, k.ReceivedOn, k.Source, k.SubmittedBy });
        var referrals = children.SelectMany(c => c.Episodes.Where(e => e.ClosureDate == null && e.Decision == null),
            (c, e) => new { ChildId = c.Id, c.GivenName, c.FamilyName, c.LaChildId, EpisodeId = e.Id, e.ReferralDate, e.ReferralSource });

        ContactsWaiting = await contacts.CountAsync(cancellationToken);
        ReferralsWaiting = await referrals.CountAsync(cancellationToken);
        var contactRows = await contacts.OrderBy(k => k.ReceivedOn).ThenBy(k => k.ContactId).Take(Shown).ToListAsync(cancellationToken);
        var referralRows = await referrals.OrderBy(r => r.ReferralDate).ThenBy(r => r.EpisodeId).Take(Shown).ToListAsync(cancellationToken);

        await record.Audit.ListedAsync(contactRows.Select(r => r.ChildId).Concat(referralRows.Select(r => r.ChildId)), AuditAction.Searched,
            "Front door queue", cancellationToken);

        var authority = await record.Db.Authorities.AsNoTracking().SingleAsync(a => a.Id == User.Authority(), cancellationToken);
        var clock = StatutoryClock.For(authority.RuleSet, authority.WorkingDays);

        Contacts = new TableModel("Contacts waiting for an outcome", ["Received", "Child", "From", "Action"],
            contactRows.Select(r => (IReadOnlyList<TableCell>)
            [
                new TableCell(ChildStatus.Show(r.ReceivedOn), Hint: Age(r.ReceivedOn, today)),
                new TableCell($"{r.GivenName} {r.FamilyName}", $"/children/{r.ChildId}", Hint: r.LaChildId),
                new TableCell(CodeLists.ReferralSource.Describe(r.Source), Hint: r.SubmittedBy is null ? null : "Sent through the service by a partner"),
                new TableCell("Record the outcome", $"/children/{r.ChildId}/contacts/{r.ContactId}/outcome"),
            ]).ToList(), TestId: "waiting-contacts");

        Referrals = new TableModel("Referrals waiting for a decision", ["Referred", "Child", "Decision due", "Action"],
            referralRows.Select(r =>
            {
                var item = clock.TryItem(RuleIds.ReferralDecision, r.ReferralDate, null, today);
                return (IReadOnlyList<TableCell>)
                [
                    new TableCell(ChildStatus.Show(r.ReferralDate), Hint: CodeLists.ReferralSource.Describe(r.ReferralSource)),
                    new TableCell($"{r.GivenName} {r.FamilyName}", $"/children/{r.ChildId}", Hint: r.LaChildId),
                    item is null ? new TableCell("Not set") : new TableCell("", Tag: ChildStatus.For(item.Status), Hint: item.Describe()),
                    new TableCell("Decide", $"/children/{r.ChildId}/referrals/{r.EpisodeId}/decision"),
                ];
            }).ToList(), TestId: "waiting-referrals");
    }

    private static string Age(DateOnly received, DateOnly today) => (today.DayNumber - received.DayNumber) switch
    {
        0 => "Today",
        1 => "1 day ago",
        var n => $"{n} days ago",
    };
}
