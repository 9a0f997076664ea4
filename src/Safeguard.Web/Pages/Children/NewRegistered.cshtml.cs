using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Web.Access;

namespace Safeguard.Web.Pages.Children;

/// <summary>The confirmation after registering: the child's new ID, and where to go next if the user may open the record.</summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class NewRegisteredModel(RecordAccess access) : PageModel
{
    public string? Message { get; private set; }
    public string? LaChildId { get; private set; }
    public Guid? ChildId { get; private set; }
    public bool CanOpen { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        // The ID comes from this user's own registration (TempData); a bare link shows nothing.
        if (TempData["Registered"] is not string registered || registered.Split('|') is not [var laChildId, var childId] || childId != id.ToString())
            return Redirect("/children");
        Message = TempData["Success"] as string;
        LaChildId = laChildId;
        ChildId = id;
        CanOpen = await access.CanSeeAsync(User, id, cancellationToken);
        return Page();
    }
}
