using System.Globalization;

namespace Safeguard.Core.Returns.Ssda903;

/// <summary>One row being read: its values by column name, with the file and line for error messages.</summary>
public sealed class Ssda903CsvRow
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy"];
    private readonly Dictionary<string, int> _columns;
    private readonly IReadOnlyList<string> _values;

    internal Ssda903CsvRow(string file, int line, Dictionary<string, int> columns, IReadOnlyList<string> values)
    {
        File = file; Line = line; _columns = columns; _values = values;
    }

    public string File { get; }
    public int Line { get; }

    /// <summary>The trimmed value, or null when blank.</summary>
    public string? Text(string column)
    {
        var v = _values[_columns[column]].Trim();
        return v.Length == 0 ? null : v;
    }

    public string Required(string column) =>
        Text(column) ?? throw new Ssda903ReadException(File, Line, column, $"{column} is blank: every row needs the child's ID");

    public DateOnly? Date(string column)
    {
        var v = Text(column);
        if (v is null) return null;
        return DateOnly.TryParseExact(v, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : throw new Ssda903ReadException(File, Line, column, $"'{v}' is not a date written dd/mm/yyyy");
    }
}

/// <summary>A table of the return: the DfE name, the usual file name, the exact columns, and how a row maps to them.</summary>
public sealed class Ssda903Table<T>(string name, string fileName, string[] columns, Func<T, string?[]> values, Func<Ssda903CsvRow, T> read)
    : ISsda903Table
{
    public string Name { get; } = name;
    public string FileName { get; } = fileName;
    public IReadOnlyList<string> Columns { get; } = columns;

    public string?[] Values(T row) => values(row);

    public T Read(Ssda903CsvRow row) => read(row);
}

/// <summary>What the reader and writer need to know of any table.</summary>
public interface ISsda903Table
{
    string Name { get; }
    string FileName { get; }
    IReadOnlyList<string> Columns { get; }
}

/// <summary>The eleven tables of the 2025-26 return, with the column sets of the DfE specification.</summary>
public static class Ssda903Tables
{
    internal static string? D(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static Ssda903Table<HeaderRow> Header { get; } = new("Header", "header.csv",
        ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"],
        r => [r.Child, r.Sex, D(r.Dob), r.Ethnic, r.Upn, r.Mother, D(r.McDob)],
        c => new(c.Required("CHILD"), c.Text("SEX"), c.Date("DOB"), c.Text("ETHNIC"), c.Text("UPN"), c.Text("MOTHER"), c.Date("MC_DOB")));

    public static Ssda903Table<EpisodeRow> Episodes { get; } = new("Episodes", "episodes.csv",
        ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"],
        r => [r.Child, D(r.Decom), r.Rne, r.Ls, r.Cin, r.Place, r.PlaceProvider, D(r.Dec), r.Rec, r.ReasonPlaceChange, r.HomePost, r.PlPost, r.Urn],
        c => new(c.Required("CHILD"), c.Date("DECOM"), c.Text("RNE"), c.Text("LS"), c.Text("CIN"), c.Text("PLACE"), c.Text("PLACE_PROVIDER"),
            c.Date("DEC"), c.Text("REC"), c.Text("REASON_PLACE_CHANGE"), c.Text("HOME_POST"), c.Text("PL_POST"), c.Text("URN")));

    public static Ssda903Table<ReviewRow> Reviews { get; } = new("Reviews", "reviews.csv",
        ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"],
        r => [r.Child, D(r.Dob), D(r.Review), r.ReviewCode],
        c => new(c.Required("CHILD"), c.Date("DOB"), c.Date("REVIEW"), c.Text("REVIEW_CODE")));

    public static Ssda903Table<UascRow> Uasc { get; } = new("UASC", "uasc.csv",
        ["CHILD", "SEX", "DOB", "DUC"],
        r => [r.Child, r.Sex, D(r.Dob), D(r.Duc)],
        c => new(c.Required("CHILD"), c.Text("SEX"), c.Date("DOB"), c.Date("DUC")));

    public static Ssda903Table<MissingRow> Missing { get; } = new("Missing", "missing.csv",
        ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"],
        r => [r.Child, D(r.Dob), r.Missing, D(r.MisStart), D(r.MisEnd)],
        c => new(c.Required("CHILD"), c.Date("DOB"), c.Text("MISSING"), c.Date("MIS_START"), c.Date("MIS_END")));

    public static Ssda903Table<Oc2Row> Oc2 { get; } = new("OC2", "oc2.csv",
        ["CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT",
            "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"],
        r => [r.Child, D(r.Dob), r.SdqScore, r.SdqReason, r.Convicted, r.HealthCheck, r.Immunisations, r.TeethCheck, r.HealthAssessment,
            r.SubstanceMisuse, r.InterventionReceived, r.InterventionOffered],
        c => new(c.Required("CHILD"), c.Date("DOB"), c.Text("SDQ_SCORE"), c.Text("SDQ_REASON"), c.Text("CONVICTED"), c.Text("HEALTH_CHECK"),
            c.Text("IMMUNISATIONS"), c.Text("TEETH_CHECK"), c.Text("HEALTH_ASSESSMENT"), c.Text("SUBSTANCE_MISUSE"),
            c.Text("INTERVENTION_RECEIVED"), c.Text("INTERVENTION_OFFERED")));

    public static Ssda903Table<Oc3Row> Oc3 { get; } = new("OC3", "oc3.csv",
        ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"],
        r => [r.Child, D(r.Dob), r.InTouch, r.Activ, r.Accom],
        c => new(c.Required("CHILD"), c.Date("DOB"), c.Text("IN_TOUCH"), c.Text("ACTIV"), c.Text("ACCOM")));

    public static Ssda903Table<Ad1Row> Ad1 { get; } = new("AD1", "ad1.csv",
        ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"],
        r => [r.Child, D(r.Dob), D(r.DateInt), D(r.DateMatch), r.FosterCare, r.NbAdoptr, r.SexAdoptr, r.LsAdoptr],
        c => new(c.Required("CHILD"), c.Date("DOB"), c.Date("DATE_INT"), c.Date("DATE_MATCH"), c.Text("FOSTER_CARE"), c.Text("NB_ADOPTR"),
            c.Text("SEX_ADOPTR"), c.Text("LS_ADOPTR")));

    public static Ssda903Table<PlacedAdoptionRow> PlacedAdoption { get; } = new("PlacedAdoption", "placed_for_adoption.csv",
        ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"],
        r => [r.Child, D(r.Dob), D(r.DatePlaced), D(r.DatePlacedCeased), r.ReasonPlacedCeased],
        c => new(c.Required("CHILD"), c.Date("DOB"), c.Date("DATE_PLACED"), c.Date("DATE_PLACED_CEASED"), c.Text("REASON_PLACED_CEASED")));

    public static Ssda903Table<PrevPermRow> PrevPerm { get; } = new("PrevPerm", "prev_perm.csv",
        ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"],
        r => [r.Child, D(r.Dob), r.PrevPerm, r.LaPerm, D(r.DatePerm)],
        c => new(c.Required("CHILD"), c.Date("DOB"), c.Text("PREV_PERM"), c.Text("LA_PERM"), c.Date("DATE_PERM")));

    public static Ssda903Table<SwEpisodeRow> SwEpisodes { get; } = new("SWEpisodes", "sw_episodes.csv",
        ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"],
        r => [r.Child, D(r.Dob), r.SwId, D(r.SwDecom), D(r.SwDec), r.SwReason],
        c => new(c.Required("CHILD"), c.Date("DOB"), c.Text("SW_ID"), c.Date("SW_DECOM"), c.Date("SW_DEC"), c.Text("SW_REASON")));

    public static IReadOnlyList<ISsda903Table> All { get; } =
        [Header, Episodes, Reviews, Uasc, Missing, Oc2, Oc3, Ad1, PlacedAdoption, PrevPerm, SwEpisodes];
}
