using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.People;
using Safeguard.Core.Shared;
using Safeguard.Data;
using Safeguard.Web.Access;
using Safeguard.Web.Audit;
using Safeguard.Web.Components;
using Safeguard.Web.Pages.Audit;
using Safeguard.Web.SignIn;
using Safeguard.Web.Startup;

namespace Safeguard.Web.Pages.Administration;

/// <summary>
/// Restrict (seal) a child's record, or lift it, and name or un-name the users who may open it. The administrator finds
/// the child by their child ID and sees only the name and ID — never the record. Each change is audited against the
/// child, in the same save, saying who was named.
/// </summary>
[Authorize(Policy = Policies.Administration)]
public sealed class RestrictedModel(SafeguardDbContext db, RecordAudit audit, Today today) : PageModel
{
    public const int EmailMaximumLength = 256;

    public ChildLookup.Found? Child { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<NamedUser> Named { get; private set; } = [];
    public string? ChildIdTyped { get; private set; }
    public string? Email { get; private set; }
    public List<FieldError> ErrorList { get; } = [];
    public ErrorSummaryModel Errors => new(ErrorList);
    public string? ErrorFor(string id) => ErrorList.FirstOrDefault(e => e.FieldId == id)?.Message;
    public BackLinkModel Back { get; } = new("/administration", "Administration");

    public TextInputModel ChildIdField => new("child-id", "childId", "Child ID", ChildIdTyped, "The authority's child ID, like T0001", ErrorFor("child-id"), Width: "10");
    public TextInputModel EmailField => new("email", "email", "Email address of the person to name", Email,
        "They will be able to open this record while it is restricted, whatever their role.", ErrorFor("email"), Autocomplete: "off", Type: "email");

    public sealed record NamedUser(Guid WorkerId, string Name, string Role, string? Email, DateOnly NamedOn);

    public async Task<IActionResult> OnGetAsync(Guid? id, string? childId, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            // An empty box arrives as null: whether the form was sent is told by the key being there.
            if (childId is null && !Request.Query.ContainsKey("childId")) return Page();
            childId ??= "";
            ChildIdTyped = childId.Length > 100 ? childId[..100] : childId;
            var (found, error) = await ChildLookup.FindAsync(db, User, childId, cancellationToken);
            if (found is not null) return Redirect($"/administration/restricted/{found.Id}");
            ErrorList.Add(new("child-id", error!));
            return Page();
        }
        if (!await ShowAsync(id.Value, cancellationToken)) return NotFound();
        await audit.ViewedAsync(id.Value, "Restricted record settings", cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostRestrictAsync(Guid id, string? restrict, int version, CancellationToken cancellationToken)
    {
        bool? value = restrict switch { "true" => true, "false" => false, _ => null };
        if (value is null) return Task.FromResult<IActionResult>(NotFound());
        return ChangeAsync(id, version, child =>
        {
            child.Restrict(value.Value);
            return value.Value ? "Restricted the record: only the users named on it may open it" : "Lifted the restriction on the record";
        }, value.Value ? "The record is restricted" : "The restriction has been lifted", cancellationToken);
    }

    public async Task<IActionResult> OnPostOpenAsync(Guid id, string? email, int version, CancellationToken cancellationToken)
    {
        Email = email is { Length: > 300 } ? email[..300] : email;
        var typed = email?.Trim() ?? "";
        string? error = null;
        (Guid Id, string Name, Core.Workforce.WorkerRole Role)? person = null;
        if (typed.Length == 0) error = "Enter the email address of the person to name";
        else if (typed.Length > EmailMaximumLength) error = $"The email address must be {EmailMaximumLength} characters or fewer";
        else if (!typed.Contains('@', StringComparison.Ordinal) || typed.IndexOfAny(['<', '>', ' ', '"']) >= 0)
            error = "Enter an email address in the correct format, like name@example.com";
        else
        {
            var normalised = typed.ToUpperInvariant();
            var found = await (from u in db.Users.AsNoTracking()
                               join w in db.Workers on u.WorkerId equals w.Id
                               where u.NormalizedEmail == normalised && w.AuthorityId == User.Authority()
                               select new { w.Id, w.Name, w.Role }).FirstOrDefaultAsync(cancellationToken);
            if (found is null) error = "There is no user with that email address in your authority";
            else person = (found.Id, found.Name, found.Role);
        }
        if (error is not null)
        {
            ErrorList.Add(new("email", error));
            return await ShowAsync(id, cancellationToken) ? Page() : NotFound();
        }
        var (workerId, name, role) = person!.Value;
        return await ChangeAsync(id, version, child =>
        {
            child.OpenTo(workerId, User.Worker(), today.Date);
            return $"Named {name} ({RoleNames.For(role)}) on the restricted record";
        }, $"{name} can open this record", cancellationToken);
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, Guid workerId, int version, CancellationToken cancellationToken)
    {
        var person = await db.Workers.AsNoTracking().Where(w => w.Id == workerId).Select(w => new { w.Name, w.Role }).FirstOrDefaultAsync(cancellationToken);
        return await ChangeAsync(id, version, child =>
        {
            child.CloseTo(workerId);
            return $"Removed {person?.Name ?? "a user"}{(person is null ? "" : $" ({RoleNames.For(person.Role)})")} from the restricted record";
        }, $"{person?.Name ?? "That person"} can no longer open this record while it is restricted", cancellationToken);
    }

    /// <summary>Applies one change with its audit entry in one save, or shows why not (a rule, or someone else's change first).</summary>
    private async Task<IActionResult> ChangeAsync(Guid id, int version, Func<Child, string> change, string success, CancellationToken cancellationToken)
    {
        var child = await db.Children.Include(c => c.NamedAccess).FirstOrDefaultAsync(c => c.Id == id && c.AuthorityId == User.Authority(), cancellationToken);
        if (child is null) return NotFound();
        try
        {
            var what = change(child);
            db.Entry(child).Property(c => c.Version).OriginalValue = version;
            audit.Changed(id, what);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (JourneyRuleException refusal)
        {
            db.ChangeTracker.Clear();
            ErrorList.Add(new("email", refusal.Message));
            return await ShowAsync(id, cancellationToken) ? Page() : NotFound();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ErrorList.Add(new("main-content", "Someone else changed this record's restriction after you opened this page. Nothing was saved: check it below, then try again."));
            return await ShowAsync(id, cancellationToken) ? Page() : NotFound();
        }
        TempData["Success"] = success;
        return Redirect($"/administration/restricted/{id}");
    }

    private async Task<bool> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        Child = await ChildLookup.ByIdAsync(db, User, id, cancellationToken);
        if (Child is null) return false;
        Version = await db.Children.AsNoTracking().Where(c => c.Id == id).Select(c => c.Version).FirstAsync(cancellationToken);
        var named = await (from n in db.Set<NamedAccess>().AsNoTracking()
                           join w in db.Workers on n.WorkerId equals w.Id
                           where n.ChildId == id
                           orderby w.Name
                           select new { n.WorkerId, w.Name, w.Role, n.NamedOn, Email = db.Users.Where(u => u.WorkerId == w.Id).Select(u => u.Email).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        Named = [.. named.Select(n => new NamedUser(n.WorkerId, n.Name, RoleNames.For(n.Role), n.Email, n.NamedOn))];
        return true;
    }
}
