using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Web.Access;
using Safeguard.Web.Records;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Pages.Children.Chronology;

/// <summary>
/// The chronology on paper: the same filters, every matching entry, no navigation, and on it whose record it is,
/// which filters made it, who printed it and when. Printing is a view of the record in its own right, so it has its own audit entry.
/// </summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class PrintModel(RecordServices record, TimeProvider time) : ChronologyPage(record)
{
    private static readonly TimeZoneInfo England = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public string PrintedBy { get; private set; } = "";
    public string PrintedAt { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Printed the chronology", cancellationToken)) return NotFound();
        Apply();
        PrintedBy = User.DisplayName();
        PrintedAt = TimeZoneInfo.ConvertTime(time.GetUtcNow(), England).ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture);
        return Page();
    }
}
