using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Codes;
using Safeguard.Core.FrontDoor;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Pages.Children.Closure;

/// <summary>
/// A worker asks for the case to close: the census reason, the date and a closing summary. What must end first is
/// listed as an error summary; the case closes only when a manager authorises the request.
/// </summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class IndexModel(RecordServices record) : ChildRecordPage(record)
{
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? Summary { get; set; }

    public EpisodeOfNeed? Episode { get; private set; }
    public IReadOnlyList<string> OpenWork { get; private set; } = [];
    public ClosureRequest? LastReturned { get; private set; }
    public string? ReturnedBy { get; private set; }

    /// <summary>On opening the page: what must end before the case can close, as an error summary to act on.</summary>
    public ErrorSummaryModel OpenWorkSummary => new(OpenWork.Select(w => new FieldError("main-content", Sentence(w))).ToList(), "The case cannot be closed yet");

    public BackLinkModel Back => new($"/children/{Child.Id}", "Child's summary");
    public ChoicesModel ReasonField => new("reason", nameof(Reason), "Why is the case closing?",
        CodeLists.ClosureReason.Entries.Select(e => new Choice(e.Code, e.Description)).ToList(), Reason is null ? [] : [Reason],
        Error: ErrorFor(nameof(Reason)));
    public DateInputModel DateField => DateInput(nameof(Date), "When does the case close?", Date, "For example, 27 3 2026");
    public TextareaModel SummaryField => new("summary", nameof(Summary), "Closing summary", Summary,
        "What was done, what has changed for the child, what the family was told and who they can contact.", ErrorFor(nameof(Summary)), 10);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Request closure", cancellationToken)) return NotFound();
        await DescribeAsync(cancellationToken);
        Date = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken)) return NotFound();
        var episode = Child.OpenEpisode;
        var date = ReadDate(Date, nameof(Date), "the closure date");
        if (string.IsNullOrWhiteSpace(Reason)) ModelState.AddModelError(nameof(Reason), "Select why the case is closing");
        if (string.IsNullOrWhiteSpace(Summary)) ModelState.AddModelError(nameof(Summary), "Enter a closing summary");
        if (episode is null) ModelState.AddModelError("", "The child has no open referral to close");
        else foreach (var open in episode.OpenWork()) ModelState.AddModelError("", Sentence(open));

        var saved = await SaveAsync(_ => episode!.RequestClosure(date!.Value, Reason!, Summary!, User.Worker(), Today),
            $"Requested closure ({Reason})", cancellationToken);
        if (!saved)
        {
            await DescribeAsync(cancellationToken);
            OpenWork = []; // already in the error summary
            return Page();
        }
        TempData["Success"] = "Closure requested: a manager will authorise it";
        return Redirect($"/children/{id}");
    }

    protected override string KeyFor(string domainField) => domainField switch
    {
        nameof(EpisodeOfNeed.ClosureDate) => nameof(Date),
        nameof(EpisodeOfNeed.ClosureReason) => nameof(Reason),
        nameof(ClosureRequest.Summary) => nameof(Summary),
        _ => "",
    };

    private async Task DescribeAsync(CancellationToken cancellationToken)
    {
        // Read from the database: after a refused change the loaded record may hold the refused attempt.
        Episode = await Record.Db.Set<EpisodeOfNeed>().AsNoTracking().Include(e => e.Assessments).Include(e => e.Section47Enquiries)
            .Include(e => e.ChildProtectionPlans).Include(e => e.ChildInNeedPlans)
            .FirstOrDefaultAsync(e => e.ChildId == Child.Id && e.ClosureDate == null, cancellationToken);
        OpenWork = Episode?.OpenWork() ?? [];
        LastReturned = Episode?.ClosureRequests.Where(r => r.Status == ClosureRequestStatus.Returned).MaxBy(r => r.DecidedOn);
        if (LastReturned?.DecidedBy is { } by)
            ReturnedBy = await Record.Db.Workers.AsNoTracking().Where(w => w.Id == by).Select(w => w.Name).FirstOrDefaultAsync(cancellationToken);
    }

    private static string Sentence(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
