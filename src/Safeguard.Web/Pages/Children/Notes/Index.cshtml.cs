using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.Notes;

/// <summary>A child's case notes, newest first, with who wrote them.</summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class IndexModel(RecordServices record) : ChildRecordPage(record)
{
    public IReadOnlyList<NoteView> Notes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Case notes", cancellationToken)) return NotFound();
        var authors = Child.CaseNotes.Select(n => n.AuthorId).Distinct().ToList();
        var names = await Record.Db.Workers.AsNoTracking().Where(w => authors.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, cancellationToken);
        Notes = Child.CaseNotes.OrderByDescending(n => n.Date).ThenByDescending(n => n.Id)
            .Select(n => new NoteView(ChildStatus.Show(n.Date), AddModel.Kinds.First(k => k.Value == n.Kind.ToString()).Text,
                names.GetValueOrDefault(n.AuthorId, "Unknown"), n.Text, n.IsSignificantEvent))
            .ToList();
        return Page();
    }

    public sealed record NoteView(string Date, string Kind, string Author, string Text, bool Significant);
}
