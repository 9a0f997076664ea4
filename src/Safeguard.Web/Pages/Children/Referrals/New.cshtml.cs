using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Core.Codes;
using Safeguard.Core.FrontDoor;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Pages.FrontDoor;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.Referrals;

/// <summary>
/// Record a referral to children's social care, from a contact or directly. It opens an episode of need and starts the
/// one-working-day clock for the front door's decision.
/// </summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class NewReferralModel(RecordServices record) : ChildRecordPage(record)
{
    [BindProperty(SupportsGet = true)] public Guid? ContactId { get; set; }
    [BindProperty] public DateParts ReferralDate { get; set; } = new();
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public string? PrimaryNeed { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public Contact? Contact { get; private set; }

    public BackLinkModel Back => new($"/children/{Child.Id}", "Child's summary");
    public DateInputModel ReferralDateField => DateInput(nameof(ReferralDate), "Date of the referral", ReferralDate, "For example, 27 3 2026");
    public SelectModel SourceField => new("source", nameof(Source), "Who referred the child?", FrontDoorLookups.Codes(CodeLists.ReferralSource, "Select who referred"),
        Source, Error: ErrorFor(nameof(Source)));
    public SelectModel PrimaryNeedField => new("primary-need", nameof(PrimaryNeed), "Primary need", FrontDoorLookups.Codes(CodeLists.PrimaryNeed, "Select the primary need"),
        PrimaryNeed, "The main reason the child may be in need, as the census records it", ErrorFor(nameof(PrimaryNeed)));
    public TextareaModel ReasonField => new("reason", nameof(Reason), "Reason for the referral", Reason,
        "What the referrer is worried about and what they want to happen.", ErrorFor(nameof(Reason)), 8);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Record a referral", cancellationToken) || !UseContact()) return NotFound();
        ReferralDate = DateParts.From(Today);
        Source = Contact?.Source;
        Reason = Contact?.Summary;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken) || !UseContact()) return NotFound();
        var date = ReadDate(ReferralDate, nameof(ReferralDate), "the date of the referral");
        if (string.IsNullOrWhiteSpace(Source)) ModelState.AddModelError(nameof(Source), "Select who referred the child");
        if (string.IsNullOrWhiteSpace(PrimaryNeed)) ModelState.AddModelError(nameof(PrimaryNeed), "Select the primary need");
        if (string.IsNullOrWhiteSpace(Reason)) ModelState.AddModelError(nameof(Reason), "Enter the reason for the referral");

        var saved = await SaveAsync(child => child.ReceiveReferral(date!.Value, Source!, PrimaryNeed!, Reason!, ContactId, null, Today),
            ContactId is null ? "Recorded a referral" : "Recorded a referral from a contact", cancellationToken);
        if (!saved) return Page();
        TempData["Success"] = "Referral recorded: the decision is due within one working day";
        var episode = Child.OpenEpisode!;
        return User.Allows(Policies.FrontDoor) ? Redirect($"/children/{id}/referrals/{episode.Id}/decision") : Redirect($"/children/{id}");
    }

    protected override string KeyFor(string domainField) => domainField switch
    {
        nameof(EpisodeOfNeed.ReferralSource) => nameof(Source),
        "ContactId" => "",
        _ => domainField,
    };

    /// <summary>A contact named in the link must be on this child's record (else 404) and still waiting for an outcome.</summary>
    private bool UseContact()
    {
        if (ContactId is not { } contactId) return true;
        Contact = Child.Contacts.FirstOrDefault(c => c.Id == contactId);
        return Contact is not null;
    }
}
