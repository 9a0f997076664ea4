using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Pages.Audit;

/// <summary>
/// Finds a child in the user's own authority by the authority's child ID, for the roles that work on the trail or the
/// restriction of a record without seeing the record itself (auditors, administrators): only the id and name come back.
/// </summary>
public static class ChildLookup
{
    public sealed record Found(Guid Id, string LaChildId, string Name, bool IsRestricted);

    /// <summary>The child, or the GOV.UK error message for what was typed.</summary>
    public static async Task<(Found? Child, string? Error)> FindAsync(SafeguardDbContext db, ClaimsPrincipal user, string? typed, CancellationToken cancellationToken)
    {
        var id = typed?.Trim() ?? "";
        if (id.Length == 0) return (null, "Enter the child's ID");
        if (id.Length > 20 || !id.All(char.IsAsciiLetterOrDigit)) return (null, "A child ID is up to 20 letters and numbers, like T0001");
        var child = await db.Children.AsNoTracking().Where(c => c.AuthorityId == user.Authority() && c.LaChildId == id)
            .Select(c => new Found(c.Id, c.LaChildId, c.GivenName + " " + c.FamilyName, c.IsRestricted)).FirstOrDefaultAsync(cancellationToken);
        return child is null ? (null, $"There is no child with the ID {id} in your authority") : (child, null);
    }

    public static Task<Found?> ByIdAsync(SafeguardDbContext db, ClaimsPrincipal user, Guid childId, CancellationToken cancellationToken) =>
        db.Children.AsNoTracking().Where(c => c.AuthorityId == user.Authority() && c.Id == childId)
            .Select(c => new Found(c.Id, c.LaChildId, c.GivenName + " " + c.FamilyName, c.IsRestricted)).FirstOrDefaultAsync(cancellationToken);
}
