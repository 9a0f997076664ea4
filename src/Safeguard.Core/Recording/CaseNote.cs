using Safeguard.Core.People;

namespace Safeguard.Core.Recording;

public enum CaseNoteKind { Visit, PhoneCall, Meeting, DirectWork, Email, Supervision, Other }

/// <summary>
/// A case note. Notes flagged as significant events appear on the chronology beside the events the record
/// already holds, so nothing is typed twice.
/// </summary>
public sealed class CaseNote
{
    private CaseNote() { }

    internal CaseNote(Guid childId, DateOnly date, CaseNoteKind kind, string text, Guid authorId, Agency agency, bool significantEvent)
    {
        Id = Shared.Ids.New();
        ChildId = childId; Date = date; Kind = kind; Text = text; AuthorId = authorId; Agency = agency; IsSignificantEvent = significantEvent;
    }

    public Guid Id { get; private set; }
    public Guid ChildId { get; private set; }
    public DateOnly Date { get; private set; }
    public CaseNoteKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public Guid AuthorId { get; private set; }

    /// <summary>The agency the author works for: partner practitioners contribute notes too.</summary>
    public Agency Agency { get; private set; }

    public bool IsSignificantEvent { get; private set; }
}
