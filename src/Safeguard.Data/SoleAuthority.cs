namespace Safeguard.Data;

/// <summary>
/// Whether a database holds one authority alone (the usual deployment). Readers of a whole year's records then leave
/// the authority filter out: with it, SQLite walks every child of the authority on record.
/// </summary>
internal static class SoleAuthority
{
    /// <summary>At most two authority ids: enough to tell one from several.</summary>
    public static IQueryable<Guid> Probe(SafeguardDbContext db) => db.Authorities.Select(a => a.Id).Take(2);

    /// <summary>Whether the probe found <paramref name="authorityId"/> and nothing else.</summary>
    public static bool Is(IReadOnlyList<Guid> probe, Guid authorityId) => probe is [var only] && only == authorityId;
}
