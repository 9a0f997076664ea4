namespace Safeguard.Web.Components;

// Models for the GOV.UK component partials in Pages/Shared/Components. Each renders the HTML the GOV.UK Frontend
// macro would, without JavaScript.

/// <summary>An error against a field: the summary links to <paramref name="FieldId"/>.</summary>
public sealed record FieldError(string FieldId, string Message);

public sealed record ErrorSummaryModel(IReadOnlyList<FieldError> Errors, string Title = "There is a problem");

public sealed record SummaryRow(string Key, string Value, string? Href = null);

public sealed record SummaryListModel(IReadOnlyList<SummaryRow> Rows);

public sealed record TableCell(string Text, string? Href = null, TagModel? Tag = null, string? Hint = null);

public sealed record TableModel(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<TableCell>> Rows,
    string? TestId = null, bool CaptionIsHeading = false);

/// <summary>A GOV.UK tag; <paramref name="Colour"/> is one of the govuk-tag--* modifiers (grey, red, yellow...).</summary>
public sealed record TagModel(string Text, string? Colour = null);

public sealed record BackLinkModel(string Href, string Text = "Back");

/// <summary>
/// The GOV.UK date input: three boxes posted as <c>{Name}.Day</c>, <c>{Name}.Month</c>, <c>{Name}.Year</c>. When
/// <paramref name="Error"/> is set, <paramref name="ErrorParts"/> says which boxes to mark ("day", "month", "year";
/// all three when empty).
/// </summary>
public sealed record DateInputModel(string Id, string Name, string Legend, string? Hint, DateParts Value, string? Error = null,
    IReadOnlyList<string>? ErrorParts = null, bool LegendIsHeading = false)
{
    public bool HasError(string part) => Error is not null && (ErrorParts is null || ErrorParts.Count == 0 || ErrorParts.Contains(part));
}

/// <summary>A GOV.UK text input. <paramref name="Width"/> is a govuk-input--width-* or govuk-!-width-* class suffix.</summary>
public sealed record TextInputModel(string Id, string Name, string Label, string? Value, string? Hint = null, string? Error = null,
    string? Width = null, bool LabelIsHeading = false, string? Autocomplete = null, string Type = "text");

public sealed record TextareaModel(string Id, string Name, string Label, string? Value, string? Hint = null, string? Error = null,
    int Rows = 8, bool LabelIsHeading = false);

public sealed record Choice(string Value, string Text, string? Hint = null);

/// <summary>GOV.UK radios (or checkboxes when <paramref name="Multiple"/>): the first item's id is <paramref name="Id"/>, so the error summary links to it.</summary>
public sealed record ChoicesModel(string Id, string Name, string Legend, IReadOnlyList<Choice> Items, IReadOnlyCollection<string> Selected,
    string? Hint = null, string? Error = null, bool Inline = false, bool Multiple = false, bool LegendIsHeading = false);

public sealed record SelectModel(string Id, string Name, string Label, IReadOnlyList<Choice> Options, string? Selected, string? Hint = null,
    string? Error = null);

public sealed record SubNavigationItem(string Text, string Href, bool Current);

/// <summary>The top of every page of a child's record: who, where they are in the journey, and the record's sub-navigation.</summary>
public sealed record ChildHeaderModel(Guid ChildId, string Name, string LaChildId, TagModel Status, bool Restricted,
    IReadOnlyList<SubNavigationItem> Navigation, string? Caption = null);
