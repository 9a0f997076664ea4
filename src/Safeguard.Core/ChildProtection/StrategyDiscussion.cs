using Safeguard.Core.FrontDoor;
using Safeguard.Core.People;

namespace Safeguard.Core.ChildProtection;

/// <summary>The agency for one participant in a strategy discussion.</summary>
public sealed record StrategyParticipant(Agency Agency);

/// <summary>A strategy discussion: police, health and social care decide together whether to start a section 47 enquiry.</summary>
public sealed class StrategyDiscussion
{
    private readonly List<StrategyParticipant> _participants = [];

    private StrategyDiscussion() { }

    internal StrategyDiscussion(EpisodeOfNeed episode, DateOnly date, IEnumerable<Agency> agencies, bool section47Needed, string summary)
    {
        Id = Shared.Ids.New();
        EpisodeId = episode.Id; Date = date; Section47Needed = section47Needed; Summary = summary;
        _participants.AddRange(agencies.Distinct().Select(a => new StrategyParticipant(a)));
        if (_participants.Count == 0) throw new Shared.JourneyRuleException("Select the agencies that took part", "Agencies");
    }

    public Guid Id { get; private set; }
    public Guid EpisodeId { get; private set; }
    public DateOnly Date { get; private set; }
    public bool Section47Needed { get; private set; }
    public string Summary { get; private set; } = "";
    public IReadOnlyList<StrategyParticipant> Participants => _participants;
}
