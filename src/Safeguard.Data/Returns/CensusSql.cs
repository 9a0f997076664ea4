using System.Data.Common;

namespace Safeguard.Data.Returns;

/// <summary>
/// The year of a census (1 April to 31 March) and, for one authority's file, the authority: the parameters of every
/// row stream's SQL.
/// </summary>
internal sealed record CensusWindow(DateOnly Start, DateOnly End, Guid? AuthorityId)
{
    /// <summary>The window as parameters of a data-reader command (PostgreSQL; SQLite binds its statement itself).</summary>
    public void AddParameters(DbCommand command)
    {
        Add(command, "@start", Start);
        Add(command, "@end", End);
        if (AuthorityId is { } authority) Add(command, "@authority", authority);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

/// <summary>
/// The census row streams' SQL, the same text on SQLite and PostgreSQL. Written by hand rather than through LINQ
/// because SQLite plans each join on its own estimates: several streams went through a date index, then sorted the
/// year in a temporary B-tree, or walked every episode ever recorded with a table lookup each. Here every stream is
/// driven by IX_EpisodesOfNeed_ChildId_Window (child, closure date, referral date, id, decision date) — the year's
/// episodes in child order, tested in the index — and each child table is reached by its episode id index, so rows
/// arrive in child order without a sort. On SQLite <c>CROSS JOIN</c> fixes that join order (its planner never reorders a cross join); PostgreSQL
/// gets a plain join and plans it itself (hash joins and a sort).
/// </summary>
internal sealed class CensusSql(DatabaseProvider provider, bool oneAuthority)
{
    private string Join => provider == DatabaseProvider.Sqlite ? "CROSS JOIN" : "JOIN";

    /// <summary>An episode of need open at some point in the year (of the authority, for one authority's file).</summary>
    private string InYear(string e) =>
        $"""{e}."ReferralDate" <= @end AND ({e}."ClosureDate" IS NULL OR {e}."ClosureDate" >= @start)"""
        + (oneAuthority ? $""" AND {e}."ChildId" IN (SELECT "Id" FROM "Children" WHERE "AuthorityId" = @authority)""" : "");

    /// <summary>
    /// Each child with an episode in the year, with its disabilities: one row per episode in the year and disability
    /// (a child without any has Code null), so a child with two episodes comes twice. Driven by the window index like
    /// the other streams: walking every child on record with a probe of the index for each (an authority's history
    /// holds several times the year's children) took twice as long on Kent's ten years.
    /// </summary>
    public string Children => $"""
        SELECT c."Id", c."AuthorityId", c."LaChildId", c."Upn", c."DateOfBirth", c."ExpectedDateOfBirth", c."Sex", c."Ethnicity", c."DateOfDeath", d."Code"
        FROM "EpisodesOfNeed" e {Join} "Children" c ON c."Id" = e."ChildId"
          LEFT JOIN "ChildDisabilities" d ON d."ChildId" = c."Id"
        WHERE {InYear("e")}
        ORDER BY e."ChildId"
        """;

    public string Episodes => $"""
        SELECT e."ChildId", e."Id", e."ReferralDate", e."ReferralSource", e."PrimaryNeed", e."ClosureDate", e."ClosureReason", e."Decision", e."DecisionDate"
        FROM "EpisodesOfNeed" e
        WHERE {InYear("e")}
        ORDER BY e."ChildId"
        """;

    /// <summary>
    /// Each assessment with its factors, one row each (Code null when none); factors only for an assessment
    /// authorised by 31 March, as only those reach the file.
    /// </summary>
    public string Assessments => $"""
        SELECT e."ChildId", a."EpisodeId", a."Id", a."StartDate", a."AuthorisationDate", f."Code"
        FROM "EpisodesOfNeed" e {Join} "Assessments" a ON a."EpisodeId" = e."Id"
          LEFT JOIN "AssessmentFactors" f ON f."AssessmentId" = a."Id" AND a."AuthorisationDate" <= @end
        WHERE {InYear("e")} AND a."StartDate" <= @end AND (a."AuthorisationDate" IS NULL OR a."AuthorisationDate" >= @start)
        ORDER BY e."ChildId"
        """;

    public string CinPlans => $"""
        SELECT e."ChildId", p."EpisodeId", p."Id", p."StartDate", p."EndDate"
        FROM "EpisodesOfNeed" e {Join} "ChildInNeedPlans" p ON p."EpisodeId" = e."Id"
        WHERE {InYear("e")} AND p."StartDate" <= @end AND (p."EndDate" IS NULL OR p."EndDate" >= @start)
        ORDER BY e."ChildId"
        """;

    public string Section47s => $"""
        SELECT e."ChildId", s."EpisodeId", s."Id", s."StartDate", s."StrategyDiscussionDate", s."Outcome", s."OutcomeDate", s."ConferenceDate"
        FROM "EpisodesOfNeed" e {Join} "Section47Enquiries" s ON s."EpisodeId" = e."Id"
        WHERE {InYear("e")} AND s."StartDate" <= @end
        ORDER BY e."ChildId"
        """;

    /// <summary>Transfer-in conferences only: their date goes on the episode. Kinds are stored by name.</summary>
    public string TransferInConferences => $"""
        SELECT e."ChildId", k."EpisodeId", k."Date"
        FROM "EpisodesOfNeed" e {Join} "ChildProtectionConferences" k ON k."EpisodeId" = e."Id"
        WHERE {InYear("e")} AND k."Kind" = 'TransferIn' AND k."Date" <= @end
        ORDER BY e."ChildId"
        """;

    /// <summary>Each protection plan with its reviews in the year, one row each (Date null when none).</summary>
    public string ProtectionPlans => $"""
        SELECT e."ChildId", p."EpisodeId", p."Id", p."StartDate", p."EndDate", p."InitialCategory", p."LatestCategory", p."PreviousPlans", r."Date"
        FROM "EpisodesOfNeed" e {Join} "ChildProtectionPlans" p ON p."EpisodeId" = e."Id"
          LEFT JOIN "PlanReviews" r ON r."PlanId" = p."Id" AND r."Date" >= @start AND r."Date" <= @end
        WHERE {InYear("e")} AND p."StartDate" <= @end AND (p."EndDate" IS NULL OR p."EndDate" >= @start)
        ORDER BY e."ChildId"
        """;
}
