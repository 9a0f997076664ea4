using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Core.Shared;
using Safeguard.Web.Components;

namespace Safeguard.Web.Pages.FrontDoor;

/// <summary>
/// For the forms that make a new record rather than change one (register a child, a partner's referral): the same
/// GOV.UK error handling as <see cref="Children.ChildRecordPage"/>, without a child to load.
/// </summary>
public abstract partial class FormPage : PageModel
{
    private readonly HashSet<string> _dateFields = [];

    public ErrorSummaryModel Errors => new(ModelState
        .Where(e => e.Value is { Errors.Count: > 0 })
        .SelectMany(e => e.Value!.Errors.Select(x => new FieldError(ElementFor(e.Key), x.ErrorMessage)))
        .ToList());

    public string? ErrorFor(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public Dictionary<string, IReadOnlyList<string>> DateErrorParts { get; } = [];

    public DateInputModel DateInput(string key, string legend, DateParts value, string? hint = null) =>
        new(ElementFor(key).Replace("-day", "", StringComparison.Ordinal), key, legend, hint, value, ErrorFor(key), DateErrorParts.GetValueOrDefault(key));

    /// <summary>A date input read into a date or an error; empty is allowed when <paramref name="optional"/>.</summary>
    protected DateOnly? ReadDate(DateParts parts, string key, string what, bool optional = false)
    {
        _dateFields.Add(key);
        if (optional && string.IsNullOrWhiteSpace(parts.Day) && string.IsNullOrWhiteSpace(parts.Month) && string.IsNullOrWhiteSpace(parts.Year)) return null;
        var reading = parts.Read(what);
        if (reading.Error is not null)
        {
            ModelState.AddModelError(key, reading.Error);
            DateErrorParts[key] = reading.ErrorParts;
        }
        return reading.Date;
    }

    /// <summary>Runs domain steps; a refusal becomes an error against its field. False when refused.</summary>
    protected bool Try(Action steps)
    {
        try
        {
            steps();
            return true;
        }
        catch (JourneyRuleException refusal)
        {
            var key = refusal.Field is null ? "" : KeyFor(refusal.Field);
            if (ModelState.TryGetValue(key, out var existing) && existing.Errors.Count > 0) return false;
            ModelState.AddModelError(key, refusal.Message);
            return false;
        }
    }

    protected virtual string KeyFor(string domainField) => domainField;

    protected string ElementFor(string key)
    {
        if (key.Length == 0) return "main-content";
        var id = Kebab().Replace(key.Replace('.', '-'), "$1-$2").ToLowerInvariant();
        return _dateFields.Contains(key) ? id + "-day" : id;
    }

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex Kebab();
}
