using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.People;
using Safeguard.Core.Shared;
using Safeguard.Data.Audit;
using Safeguard.Data.Records;
using Safeguard.Web.Components;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children;

/// <summary>
/// The base of every page that shows or changes a child's record. It holds the rules each such page must keep:
/// the child comes through the access check (outside scope: 404), a view leaves one audit entry, a change is saved
/// with its audit entry in one transaction or not at all, a refusal from the journey's rules becomes a GOV.UK error
/// against its field, and a change made by someone else since the form was opened is a conflict, not an overwrite.
/// </summary>
public abstract partial class ChildRecordPage(RecordServices record) : PageModel
{
    private readonly HashSet<string> _dateFields = [];

    protected RecordServices Record => record;
    protected DateOnly Today => record.Today.Date;

    /// <summary>The child's version when the form was opened: posted back so a later change by someone else is caught.</summary>
    [BindProperty]
    public int Version { get; set; }

    public Child Child { get; private set; } = null!;
    public ChildHeaderModel Header { get; private set; } = null!;

    /// <summary>The GOV.UK error summary of everything in ModelState, in the order the errors were found.</summary>
    public ErrorSummaryModel Errors => new(ModelState
        .Where(e => e.Value is { Errors.Count: > 0 })
        .SelectMany(e => e.Value!.Errors.Select(x => new FieldError(ElementFor(e.Key), x.ErrorMessage)))
        .ToList());

    /// <summary>The first error for a field, for its component's error message.</summary>
    public string? ErrorFor(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>For GET: the child's whole record, read-only, if the user may see it; writes the view's audit entry.</summary>
    protected async Task<bool> ShowAsync(Guid childId, string what, CancellationToken cancellationToken)
    {
        var child = await WholeRecordAsync(childId, forChange: false, cancellationToken);
        if (child is null) return false;
        Use(child);
        Version = child.Version;
        await record.Audit.ViewedAsync(childId, what, cancellationToken);
        return true;
    }

    /// <summary>For POST: the child's whole record, tracked for a change, if the user may see it. No view entry: the change writes its own.</summary>
    protected async Task<bool> LoadForChangeAsync(Guid childId, CancellationToken cancellationToken)
    {
        var child = await WholeRecordAsync(childId, forChange: true, cancellationToken);
        if (child is null) return false;
        Use(child);
        return true;
    }

    /// <summary>
    /// The child's whole record if the user may see it: tracked for a change, otherwise the kept read-only one. The access check
    /// once, then the record by id: with the check inside, each of the record's two dozen split queries would repeat it.
    /// </summary>
    private async Task<Child?> WholeRecordAsync(Guid childId, bool forChange, CancellationToken cancellationToken)
    {
        if (await record.Access.VersionIfVisibleAsync(User, childId, cancellationToken) is not { } version) return null;
        if (!forChange) return await record.Kept.WholeRecordAsync(record.Db, childId, version, cancellationToken);
        return await record.Db.Children.WithWholeRecord().FirstOrDefaultAsync(c => c.Id == childId, cancellationToken);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the loaded child and saves it with its audit entry. False, with the reasons
    /// in ModelState, when the form already has errors, the journey's rules refuse the change, or someone else changed
    /// the record since the form was opened; nothing is saved then, and the form shows what the user typed.
    /// </summary>
    protected async Task<bool> SaveAsync(Action<Child> change, string what, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return false;
        // A record shown by ShowAsync is the kept one other requests share: changes go to a tracked one of their own.
        if (record.Db.Entry(Child).State == EntityState.Detached)
            throw new InvalidOperationException("A change needs the record loaded for a change (LoadForChangeAsync), not the one shown.");
        try
        {
            change(Child);
        }
        catch (JourneyRuleException refusal)
        {
            ModelState.AddModelError(refusal.Field is null ? "" : KeyFor(refusal.Field), refusal.Message);
            record.Db.ChangeTracker.Clear();
            return false;
        }
        record.Db.Entry(Child).Property(c => c.Version).OriginalValue = Version;
        record.Audit.Changed(Child.Id, what);
        try
        {
            await record.Db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            record.Db.ChangeTracker.Clear();
            await ExplainConflictAsync(cancellationToken);
            return false;
        }
    }

    /// <summary>Reads a GOV.UK date input into a date, or records its error against <paramref name="key"/>.</summary>
    protected DateOnly? ReadDate(DateParts parts, string key, string what)
    {
        _dateFields.Add(key);
        var reading = parts.Read(what);
        if (reading.Error is not null)
        {
            ModelState.AddModelError(key, reading.Error);
            DateErrorParts[key] = reading.ErrorParts;
        }
        return reading.Date;
    }

    /// <summary>Which boxes of a date input to mark, by field key.</summary>
    public Dictionary<string, IReadOnlyList<string>> DateErrorParts { get; } = [];

    public DateInputModel DateInput(string key, string legend, DateParts value, string? hint = null) =>
        new(ElementFor(key).Replace("-day", "", StringComparison.Ordinal), key, legend, hint, value, ErrorFor(key),
            DateErrorParts.GetValueOrDefault(key));

    /// <summary>Maps a domain rule's field name to the form's field key; override when the form names it differently.</summary>
    protected virtual string KeyFor(string domainField) => domainField;

    /// <summary>The element an error links to: the field key in kebab case; a date links to its first box.</summary>
    protected virtual string ElementFor(string key)
    {
        if (key.Length == 0) return "main-content";
        var id = Kebab().Replace(key.Replace('.', '-'), "$1-$2").ToLowerInvariant();
        return _dateFields.Contains(key) ? id + "-day" : id;
    }

    /// <summary>Builds the header of the record for the loaded child.</summary>
    protected virtual void Use(Child child)
    {
        Child = child;
        Header = ChildHeader.For(child, Request.Path.Value ?? "");
    }

    private async Task ExplainConflictAsync(CancellationToken cancellationToken)
    {
        var current = await record.Db.Children.AsNoTracking().Where(c => c.Id == Child.Id).Select(c => (int?)c.Version).FirstOrDefaultAsync(cancellationToken);
        var last = await record.Db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.ChildId == Child.Id && (a.Action == AuditAction.Changed || a.Action == AuditAction.Created))
            .OrderByDescending(a => a.Sequence).Select(a => new { a.UserName, a.At, a.What }).FirstOrDefaultAsync(cancellationToken);
        var who = last is null ? "Someone else" : $"{last.UserName} ({last.What}, at {last.At.ToOffset(TimeSpan.Zero):HH:mm})";
        ModelState.AddModelError("", $"{who} changed this child's record after you opened this page. Nothing of yours was saved and what you entered is below: check the record, then save again.");
        // The next save is checked against the record as it is now.
        ModelState.Remove(nameof(Version));
        if (current is { } version) Version = version;
    }

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex Kebab();
}
