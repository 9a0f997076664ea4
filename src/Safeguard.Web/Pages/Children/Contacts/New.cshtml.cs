using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Core.Codes;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Pages.FrontDoor;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.Contacts;

/// <summary>Record a contact: someone got in touch about the child. The front door then decides what it leads to.</summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class NewContactModel(RecordServices record) : ChildRecordPage(record)
{
    [BindProperty] public DateParts ReceivedOn { get; set; } = new();
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public string? Summary { get; set; }

    public BackLinkModel Back => new($"/children/{Child.Id}", "Child's summary");
    public DateInputModel ReceivedOnField => DateInput(nameof(ReceivedOn), "When was the contact received?", ReceivedOn, "For example, 27 3 2026");
    public SelectModel SourceField => new("source", nameof(Source), "Who made contact?", FrontDoorLookups.Codes(CodeLists.ReferralSource, "Select who made contact"),
        Source, Error: ErrorFor(nameof(Source)));
    public TextareaModel SummaryField => new("summary", nameof(Summary), "What is the contact about?", Summary,
        "What was said, by whom, and any risk to the child now.", ErrorFor(nameof(Summary)), 8);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Record a contact", cancellationToken)) return NotFound();
        ReceivedOn = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken)) return NotFound();
        var received = ReadDate(ReceivedOn, nameof(ReceivedOn), "the date the contact was received");
        if (string.IsNullOrWhiteSpace(Source)) ModelState.AddModelError(nameof(Source), "Select who made contact");
        if (string.IsNullOrWhiteSpace(Summary)) ModelState.AddModelError(nameof(Summary), "Enter what the contact is about");

        var saved = await SaveAsync(child => child.RecordContact(received!.Value, Source!, Summary!, null, Today), "Recorded a contact", cancellationToken);
        if (!saved) return Page();
        TempData["Success"] = "Contact recorded";
        return Redirect($"/children/{id}");
    }
}
