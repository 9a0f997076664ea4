using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguard.Web.Components;
using Safeguard.Web.Pages.Children;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Authorisations;

/// <summary>
/// What a manager's sign-off page shares: the decision (authorise, or return to the worker with comments, which are
/// then required) and the names of the people involved.
/// </summary>
public abstract class SignOffPage(RecordServices record) : ChildRecordPage(record)
{
    public const string Authorise = "authorise";
    public const string Return = "return";

    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public string? Comments { get; set; }

    public BackLinkModel Back => new("/authorisations", "Authorisations");

    public ChoicesModel DecisionField => new("decision", nameof(Decision), "Your decision",
        [new Choice(Authorise, "Authorise"), new Choice(Return, "Return to the worker with comments")],
        Decision is null ? [] : [Decision], Error: ErrorFor(nameof(Decision)));

    public TextareaModel CommentsField => new("comments", nameof(Comments), "Comments for the worker", Comments,
        "Required if you return it: what needs to change or be added.", ErrorFor(nameof(Comments)), 6);

    /// <summary>Reads the decision; false (with the errors in ModelState) when it is missing or returns without comments.</summary>
    protected bool ReadDecision(out bool authorise)
    {
        authorise = Decision == Authorise;
        if (Decision is not (Authorise or Return))
        {
            ModelState.AddModelError(nameof(Decision), "Select whether you authorise it or return it to the worker");
            return false;
        }
        if (!authorise && string.IsNullOrWhiteSpace(Comments))
        {
            ModelState.AddModelError(nameof(Comments), "Enter your comments for the worker");
            return false;
        }
        return true;
    }

    protected async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var people = ids.OfType<Guid>().Distinct().ToList();
        return await Record.Db.Workers.AsNoTracking().Where(w => people.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, cancellationToken);
    }

    protected override string KeyFor(string domainField) => domainField == "ReturnComments" ? nameof(Comments) : "";
}
