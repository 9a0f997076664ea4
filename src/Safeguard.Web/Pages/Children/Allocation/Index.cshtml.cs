using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Pages.FrontDoor;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.Allocation;

/// <summary>Allocate or reallocate the child to a social worker (team managers and the front door), with caseloads in view.</summary>
[Authorize(Policy = Policies.FrontDoor)]
public sealed class AllocationModel(RecordServices record) : ChildRecordPage(record)
{
    [BindProperty] public string? WorkerId { get; set; }
    [BindProperty] public DateParts From { get; set; } = new();

    public IReadOnlyList<FrontDoorLookups.Caseworker> SocialWorkers { get; private set; } = [];
    public string? CurrentWorker { get; private set; }

    public BackLinkModel Back => new($"/children/{Child.Id}", "Child's summary");
    public SelectModel WorkerField => new("worker-id", nameof(WorkerId), "Social worker", FrontDoorLookups.Choices(SocialWorkers, "Select a social worker"), WorkerId,
        "Each worker's current caseload is shown.", ErrorFor(nameof(WorkerId)));
    public DateInputModel FromField => DateInput(nameof(From), "Allocated from", From, "For example, 27 3 2026");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Allocate the child", cancellationToken)) return NotFound();
        await LookUpAsync(cancellationToken);
        From = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken)) return NotFound();
        await LookUpAsync(cancellationToken);
        var from = ReadDate(From, nameof(From), "the date of the allocation");
        Guid? worker = Guid.TryParse(WorkerId, out var w) && SocialWorkers.Any(s => s.Id == w) ? w : null;
        if (worker is null) ModelState.AddModelError(nameof(WorkerId), "Select a social worker from the list");

        var name = SocialWorkers.FirstOrDefault(s => s.Id == worker)?.Name;
        var saved = await SaveAsync(child => child.AllocateTo(worker!.Value, from!.Value, Today), $"Allocated to {name}", cancellationToken);
        if (!saved) return Page();
        TempData["Success"] = $"{Child.FullName} allocated to {name}";
        return await Record.Access.CanSeeAsync(User, id, cancellationToken) ? Redirect($"/children/{id}") : Redirect("/front-door");
    }

    private async Task LookUpAsync(CancellationToken cancellationToken)
    {
        SocialWorkers = await FrontDoorLookups.SocialWorkersAsync(Record.Db, Child.AuthorityId, cancellationToken);
        CurrentWorker = Child.CurrentAllocation is { } a
            ? await Record.Db.Workers.Where(x => x.Id == a.WorkerId).Select(x => x.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
    }
}
