using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Core.People;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Pages.FrontDoor;
using Safeguard.Web.Records;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Pages.Children.Requests;

/// <summary>Ask a partner practitioner (police, health, school) a question about the child; they see the question and the child's name, nothing more.</summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class NewRequestModel(RecordServices record) : ChildRecordPage(record)
{
    [BindProperty] public string? PartnerId { get; set; }
    [BindProperty] public string? Question { get; set; }

    public IReadOnlyList<(Guid Id, string Name, Agency Agency)> Partners { get; private set; } = [];

    public BackLinkModel Back => new($"/children/{Child.Id}", "Child's summary");
    public SelectModel PartnerField => new("partner-id", nameof(PartnerId), "Who do you want to ask?",
        [new Choice("", "Select a partner practitioner"), .. Partners.Select(p => new Choice(p.Id.ToString(), $"{p.Name} ({Describe(p.Agency)})"))], PartnerId,
        Error: ErrorFor(nameof(PartnerId)));
    public TextareaModel QuestionField => new("question", nameof(Question), "Your question", Question,
        "They will see your question and the child's name and date of birth, nothing else of the record.", ErrorFor(nameof(Question)), 6);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Ask a partner agency", cancellationToken)) return NotFound();
        Partners = await FrontDoorLookups.PartnersAsync(Record.Db, Child.AuthorityId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken)) return NotFound();
        Partners = await FrontDoorLookups.PartnersAsync(Record.Db, Child.AuthorityId, cancellationToken);
        Guid? partner = Guid.TryParse(PartnerId, out var p) && Partners.Any(x => x.Id == p) ? p : null;
        if (partner is null) ModelState.AddModelError(nameof(PartnerId), "Select the partner practitioner to ask");
        if (string.IsNullOrWhiteSpace(Question)) ModelState.AddModelError(nameof(Question), "Enter your question");

        var saved = await SaveAsync(child => child.AskPartner(partner!.Value, Question!, User.Worker(), Today), "Asked a partner agency for information", cancellationToken);
        if (!saved) return Page();
        TempData["Success"] = "Question sent";
        return Redirect($"/children/{id}");
    }

    private static string Describe(Agency agency) => agency switch
    {
        Agency.Police => "police",
        Agency.Health => "health",
        Agency.Education => "education",
        Agency.ChildrensSocialCare => "children's social care",
        Agency.OtherLocalAuthority => "another local authority",
        Agency.EarlyHelp => "early help",
        _ => agency.ToString().ToLowerInvariant(),
    };
}
