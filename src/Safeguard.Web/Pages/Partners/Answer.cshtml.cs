using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Recording;
using Safeguard.Data.Records;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Pages.FrontDoor;
using Safeguard.Web.Records;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Pages.Partners;

/// <summary>A partner answers a question put to them about a child: they see the question, the child's name and date of birth, and their answer.</summary>
[Authorize(Policy = Policies.Partner)]
public sealed class AnswerModel(RecordServices record) : FormPage
{
    [BindProperty] public string? Answer { get; set; }

    public InformationRequest Question { get; private set; } = null!;
    public string ChildName { get; private set; } = "";
    public string ChildBorn { get; private set; } = "";

    public BackLinkModel Back => new("/my-referrals", "Your referrals");
    public TextareaModel AnswerField => new("answer", nameof(Answer), "Your answer", Answer,
        "What your agency knows about the child and family that bears on the question.", ErrorFor(nameof(Answer)), 10);

    public async Task<IActionResult> OnGetAsync(Guid requestId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(requestId, cancellationToken)) return NotFound();
        await record.Audit.ViewedAsync(Question.ChildId, "A request for information (partner)", cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid requestId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(requestId, cancellationToken)) return NotFound();
        if (string.IsNullOrWhiteSpace(Answer)) ModelState.AddModelError(nameof(Answer), "Enter your answer");
        if (!ModelState.IsValid) return Page();
        // The request is the partner's way in; the record is loaded only to add the answer to it.
        var child = await record.Db.FindWholeRecordAsync(Question.ChildId, cancellationToken);
        if (child is null) return NotFound();
        if (!Try(() => child.AnswerRequest(requestId, User.Worker(), Answer!, record.Today.Date)))
        {
            record.Db.ChangeTracker.Clear();
            return Page();
        }
        record.Audit.Changed(child.Id, "A partner answered a request for information");
        await record.Db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = "Your answer has been sent";
        return Redirect("/my-referrals");
    }

    private async Task<bool> LoadAsync(Guid requestId, CancellationToken cancellationToken)
    {
        var request = await record.Access.RequestsTo(User).AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null) return false;
        Question = request;
        var child = await record.Db.Children.AsNoTracking().Where(c => c.Id == request.ChildId)
            .Select(c => new { c.GivenName, c.FamilyName, c.DateOfBirth, c.ExpectedDateOfBirth }).SingleAsync(cancellationToken);
        ChildName = $"{child.GivenName} {child.FamilyName}";
        ChildBorn = child.DateOfBirth is { } d ? ChildStatus.Show(d) : $"Unborn (due {ChildStatus.Show(child.ExpectedDateOfBirth)})";
        return true;
    }
}
