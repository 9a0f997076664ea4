using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Core.FrontDoor;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Pages.Authorisations;

/// <summary>A manager signs off a closure request: authorising it closes the case on the date asked for; returning it keeps the case open, with comments.</summary>
[Authorize(Policy = Policies.Authorise)]
public sealed class ClosureSignOffModel(RecordServices record) : SignOffPage(record)
{
    public EpisodeOfNeed Episode { get; private set; } = null!;
    public ClosureRequest ClosureRequest { get; private set; } = null!;
    public SummaryListModel Summary { get; private set; } = new([]);
    public IReadOnlyList<string> OpenWork { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid requestId, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Closure sign-off", cancellationToken) || !Find(requestId)) return NotFound();
        await DescribeAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid requestId, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken) || !Find(requestId)) return NotFound();
        var (episode, request) = (Episode, ClosureRequest);
        var saved = ReadDecision(out var authorise) && (authorise
            ? await SaveAsync(_ => episode.AuthoriseClosure(request.Id, User.Worker(), Today), $"Authorised closure ({request.Reason})", cancellationToken)
            : await SaveAsync(_ => episode.ReturnClosure(request.Id, User.Worker(), Comments!, Today), "Returned the closure request to the worker", cancellationToken));
        if (!saved)
        {
            await DescribeAsync(cancellationToken);
            return Page();
        }
        TempData["Success"] = authorise ? $"{Child.FullName}'s case is closed" : $"The closure request for {Child.FullName} was returned to the worker";
        return Redirect("/authorisations");
    }

    private bool Find(Guid requestId)
    {
        var episode = Child.Episodes.FirstOrDefault(e => e.ClosureRequests.Any(r => r.Id == requestId));
        if (episode is null) return false;
        Episode = episode;
        ClosureRequest = episode.ClosureRequests.First(r => r.Id == requestId);
        return true;
    }

    private async Task DescribeAsync(CancellationToken cancellationToken)
    {
        var names = await NamesAsync([ClosureRequest.RequestedBy, ClosureRequest.DecidedBy], cancellationToken);
        string Name(Guid? worker) => worker is { } w && names.TryGetValue(w, out var n) ? n : "Not recorded";
        OpenWork = Episode.IsOpen ? Episode.OpenWork() : [];
        Summary = new SummaryListModel(
        [
            new SummaryRow("Child", $"{Child.FullName} ({Child.LaChildId})"),
            new SummaryRow("Referral", ChildStatus.Show(Episode.ReferralDate)),
            new SummaryRow("Reason for closure", $"{ClosureRequest.Reason}: {ClosureRequest.ReasonText}"),
            new SummaryRow("Closure date", ChildStatus.Show(ClosureRequest.ClosureDate)),
            new SummaryRow("Requested", $"{ChildStatus.Show(ClosureRequest.RequestedOn)} by {Name(ClosureRequest.RequestedBy)}"),
            .. ClosureRequest.DecidedOn is { } on ? [new SummaryRow(ClosureRequest.Status == ClosureRequestStatus.Authorised ? "Authorised" : "Returned",
                $"{ChildStatus.Show(on)} by {Name(ClosureRequest.DecidedBy)}")] : Array.Empty<SummaryRow>(),
        ]);
    }
}
