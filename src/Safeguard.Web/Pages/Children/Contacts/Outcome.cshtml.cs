using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Core.Codes;
using Safeguard.Core.FrontDoor;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.Contacts;

/// <summary>The front door's outcome of a contact: advice, early help, no further action — or a referral to children's social care.</summary>
[Authorize(Policy = Policies.FrontDoor)]
public sealed class ContactOutcomeModel(RecordServices record) : ChildRecordPage(record)
{
    public const string Referral = "Referral";

    [BindProperty] public string? Outcome { get; set; }

    public Contact Contact { get; private set; } = null!;

    public static IReadOnlyList<Choice> Outcomes { get; } =
    [
        new(nameof(ContactOutcome.AdviceAndInformation), "Advice and information", "The person who made contact was given advice; nothing more is needed"),
        new(nameof(ContactOutcome.EarlyHelp), "Early help", "Passed to early help services"),
        new(nameof(ContactOutcome.NoFurtherAction), "No further action"),
        new(Referral, "Progress to a referral", "The child may be in need: record a referral to children's social care"),
    ];

    public BackLinkModel Back => new("/front-door", "Front door");
    public ChoicesModel OutcomeField => new("outcome", nameof(Outcome), "What is the outcome of the contact?", Outcomes, Outcome is null ? [] : [Outcome],
        Error: ErrorFor(nameof(Outcome)));
    public SummaryListModel ContactDetails => new(
    [
        new SummaryRow("Received", ChildStatus.Show(Contact.ReceivedOn)),
        new SummaryRow("From", CodeLists.ReferralSource.Describe(Contact.Source)),
        new SummaryRow("About", Contact.Summary),
    ]);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid contactId, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Record a contact's outcome", cancellationToken) || !UseContact(contactId)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid contactId, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken) || !UseContact(contactId)) return NotFound();
        if (Outcome == Referral) return Redirect($"/children/{id}/referrals/new?contactId={contactId}");
        var outcome = Enum.TryParse<ContactOutcome>(Outcome, out var o) && Enum.IsDefined(o) && Outcomes.Any(c => c.Value == Outcome) ? o : (ContactOutcome?)null;
        if (outcome is null) ModelState.AddModelError(nameof(Outcome), "Select the outcome of the contact");

        var saved = await SaveAsync(child => Contact.Conclude(outcome!.Value, child), $"Recorded a contact's outcome: {outcome}", cancellationToken);
        if (!saved) return Page();
        TempData["Success"] = $"Contact outcome recorded for {Child.FullName}";
        return await Record.Access.CanSeeAsync(User, id, cancellationToken) ? Redirect($"/children/{id}") : Redirect("/front-door");
    }

    private bool UseContact(Guid contactId)
    {
        var contact = Child.Contacts.FirstOrDefault(c => c.Id == contactId);
        if (contact is null) return false;
        Contact = contact;
        return true;
    }
}
