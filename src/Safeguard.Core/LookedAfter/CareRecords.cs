namespace Safeguard.Core.LookedAfter;

/// <summary>A looked-after child review chaired by the independent reviewing officer; participation as PN0–PN7.</summary>
public sealed record LookedAfterReview(Guid Id, DateOnly Date, string Participation);

/// <summary>A statutory visit under regulation 28.</summary>
public sealed record StatutoryVisit(Guid Id, DateOnly Date, bool SeenAlone);

public enum MissingKind
{
    /// <summary>M: missing — whereabouts unknown.</summary>
    Missing,

    /// <summary>A: away from placement without authorisation, whereabouts known.</summary>
    Away,
}

/// <summary>A time the child was missing or away from placement.</summary>
public sealed class MissingEpisode
{
    private MissingEpisode() { }

    internal MissingEpisode(MissingKind kind, DateOnly start)
    {
        Id = Shared.Ids.New();
        Kind = kind; StartDate = start;
    }

    public Guid Id { get; private set; }
    public MissingKind Kind { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }

    internal void End(DateOnly date) => EndDate = date;
}
