namespace Safeguard.Core.Returns.Ssda903.Rules;

/// <summary>
/// A 903 validation rule. Findings name the child, the fields, and as their <see cref="Finding.Location"/> the file and
/// line of the row (line 1 is the column header), e.g. "episodes.csv line 4".
/// </summary>
public abstract class Ssda903Rule
{
    protected Ssda903Rule(string code)
    {
        Code = code;
        (Tables, Fields, Message) = Ssda903RuleText.For2025To26[code];
    }

    public string Code { get; }

    /// <summary>The DfE list gives no error/query split for the 903; Safeguard reports every rule as an error.</summary>
    public virtual RuleSeverity Severity => RuleSeverity.Error;

    public string Tables { get; }
    public string Fields { get; }
    public string Message { get; }

    public abstract void Check(Ssda903Context context, List<Finding> findings);

    protected Finding Found(string child, string file, int line) =>
        new(Code, Severity, child, Fields, Message, FindingLocation.Row(file, line));

    protected Finding Found(string child) => new(Code, Severity, child, Fields, Message);

    public override string ToString() => Code;
}

/// <summary>A rule judged on each row of one table alone.</summary>
public abstract class RowRule<T>(string code, Ssda903Table<T> table, Func<Ssda903Return, IReadOnlyList<T>> rows, Func<T, string> child)
    : Ssda903Rule(code)
{
    public sealed override void Check(Ssda903Context context, List<Finding> findings)
    {
        var list = rows(context.Return);
        for (var i = 0; i < list.Count; i++)
            if (Fails(list[i], context)) findings.Add(Found(child(list[i]), table.FileName, i + 2));
    }

    protected abstract bool Fails(T row, Ssda903Context context);
}

public abstract class HeaderRule(string code) : RowRule<HeaderRow>(code, Ssda903Tables.Header, r => r.Header, r => r.Child);

public abstract class ReviewRule(string code) : RowRule<ReviewRow>(code, Ssda903Tables.Reviews, r => r.Reviews, r => r.Child);

public abstract class SwEpisodeRule(string code) : RowRule<SwEpisodeRow>(code, Ssda903Tables.SwEpisodes, r => r.SwEpisodes, r => r.Child);

public abstract class MissingRule(string code) : RowRule<MissingRow>(code, Ssda903Tables.Missing, r => r.Missing, r => r.Child);

/// <summary>
/// A rule judged on one episode in the light of the child's other episodes (in DECOM order) and header.
/// <c>i</c> is the episode's position in <see cref="ChildEpisodes.Rows"/>.
/// </summary>
public abstract class EpisodeRule(string code) : Ssda903Rule(code)
{
    public sealed override void Check(Ssda903Context context, List<Finding> findings)
    {
        foreach (var child in context.EpisodesByChild.Values)
            for (var i = 0; i < child.Rows.Count; i++)
                if (Fails(child, i, context)) findings.Add(Found(child.Child, Ssda903Tables.Episodes.FileName, child.Lines[i]));
    }

    protected abstract bool Fails(ChildEpisodes child, int i, Ssda903Context context);
}

/// <summary>A child's episodes in DECOM order (undated last), with their file lines and date of birth from the header.</summary>
public sealed class ChildEpisodes(string child, DateOnly? dob, List<EpisodeRow> rows, List<int> lines)
{
    public string Child { get; } = child;
    public DateOnly? Dob { get; } = dob;
    public IReadOnlyList<EpisodeRow> Rows { get; } = rows;
    public IReadOnlyList<int> Lines { get; } = lines;

    public EpisodeRow? Previous(int i) => i > 0 ? Rows[i - 1] : null;

    public EpisodeRow? Next(int i) => i + 1 < Rows.Count ? Rows[i + 1] : null;

    /// <summary>Age in years on a date, or null without a date of birth or date.</summary>
    public int? AgeOn(DateOnly? date) => Dob is { } d && date is { } on ? Ssda903Codes.AgeOn(d, on) : null;

    /// <summary>Days the episode lasted, or null while open.</summary>
    public static int? Days(EpisodeRow e) => e.Decom is { } s && e.Dec is { } end ? end.DayNumber - s.DayNumber : null;
}
