using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Core.Recording;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Pages.Children.Notes;

/// <summary>
/// Add a case note: what happened, in the worker's words, and whether it belongs on the chronology. The worked
/// example of a journey form — every other form follows its shape.
/// </summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class AddModel(RecordServices record) : ChildRecordPage(record)
{
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public bool SignificantEvent { get; set; }

    public static IReadOnlyList<Choice> Kinds { get; } =
    [
        new(nameof(CaseNoteKind.Visit), "Visit"),
        new(nameof(CaseNoteKind.PhoneCall), "Phone call"),
        new(nameof(CaseNoteKind.Meeting), "Meeting"),
        new(nameof(CaseNoteKind.DirectWork), "Direct work with the child"),
        new(nameof(CaseNoteKind.Email), "Email or letter"),
        new(nameof(CaseNoteKind.Supervision), "Supervision"),
        new(nameof(CaseNoteKind.Other), "Something else"),
    ];

    // The form's fields, as GOV.UK components with this post's values and errors.
    public BackLinkModel Back => new($"/children/{Child.Id}/notes", "Case notes");
    public DateInputModel DateField => DateInput(nameof(Date), "When did it happen?", Date, "For example, 27 3 2026");
    public ChoicesModel KindField => new("kind", nameof(Kind), "What kind of note is it?", Kinds, Kind is null ? [] : [Kind], Error: ErrorFor(nameof(Kind)));
    public TextareaModel TextField => new("text", nameof(Text), "What happened", Text,
        "Write it as you would tell a colleague: what you saw and heard, what the child said, what you think it means and what happens next.",
        ErrorFor(nameof(Text)), 12);
    public ChoicesModel SignificantEventField => new("significant-event", nameof(SignificantEvent), "Chronology",
        [new Choice("true", "This is a significant event: show it on the chronology")], SignificantEvent ? ["true"] : [], Multiple: true);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Add a case note", cancellationToken)) return NotFound();
        Date = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken)) return NotFound();
        var date = ReadDate(Date, nameof(Date), "the date of the note");
        var kind = Enum.TryParse<CaseNoteKind>(Kind, out var k) && Enum.IsDefined(k) ? k : (CaseNoteKind?)null;
        if (kind is null) ModelState.AddModelError(nameof(Kind), "Select what kind of note this is");
        if (string.IsNullOrWhiteSpace(Text)) ModelState.AddModelError(nameof(Text), "Enter the note");

        var saved = await SaveAsync(child => child.AddCaseNote(date!.Value, kind!.Value, Text!, User.Worker(),
            Core.People.Agency.ChildrensSocialCare, SignificantEvent, Today), "Added a case note", cancellationToken);
        if (!saved) return Page();
        TempData["Success"] = "Case note added";
        return Redirect($"/children/{id}/notes");
    }
}
