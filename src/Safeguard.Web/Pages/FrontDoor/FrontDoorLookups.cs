using Microsoft.EntityFrameworkCore;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Web.Components;

namespace Safeguard.Web.Pages.FrontDoor;

/// <summary>What the front-door forms look up: who can take a case (with their caseloads), partners to ask, the next child ID.</summary>
public static class FrontDoorLookups
{
    public sealed record Caseworker(Guid Id, string Name, int Caseload, int? Maximum)
    {
        public string Describe() => $"{Name} ({Caseload} {(Caseload == 1 ? "child" : "children")}{(Maximum is { } m ? $", maximum {m}" : "")})";
    }

    /// <summary>The authority's social workers, by name, with how many children each holds now.</summary>
    public static Task<List<Caseworker>> SocialWorkersAsync(SafeguardDbContext db, Guid authorityId, CancellationToken cancellationToken) =>
        db.Workers.AsNoTracking()
            .Where(w => w.AuthorityId == authorityId && w.Role == WorkerRole.SocialWorker)
            .OrderBy(w => w.Name)
            .Select(w => new Caseworker(w.Id, w.Name, db.Set<Allocation>().Count(a => a.WorkerId == w.Id && a.To == null), w.MaximumCaseload))
            .ToListAsync(cancellationToken);

    public static IReadOnlyList<Choice> Choices(IEnumerable<Caseworker> workers, string placeholder) =>
        [new Choice("", placeholder), .. workers.Select(w => new Choice(w.Id.ToString(), w.Describe()))];

    /// <summary>The authority's partner practitioners (police, health, schools), by name.</summary>
    public static Task<List<(Guid Id, string Name, Agency Agency)>> PartnersAsync(SafeguardDbContext db, Guid authorityId, CancellationToken cancellationToken) =>
        db.Workers.AsNoTracking()
            .Where(w => w.AuthorityId == authorityId && w.Role == WorkerRole.PartnerPractitioner)
            .OrderBy(w => w.Name)
            .Select(w => new ValueTuple<Guid, string, Agency>(w.Id, w.Name, w.Agency))
            .ToListAsync(cancellationToken);

    /// <summary>The next free ID in the authority's series C + LA code + 7 digits (the series generated records use).</summary>
    public static async Task<string> NextChildIdAsync(SafeguardDbContext db, Guid authorityId, CancellationToken cancellationToken)
    {
        var laCode = await db.Authorities.Where(a => a.Id == authorityId).Select(a => a.LaCode).SingleAsync(cancellationToken);
        var prefix = "C" + laCode;
        var length = prefix.Length + 7;
        var last = await db.Children
            .Where(c => c.AuthorityId == authorityId && c.LaChildId.StartsWith(prefix) && c.LaChildId.Length == length)
            .MaxAsync(c => (string?)c.LaChildId, cancellationToken);
        var next = last is not null && long.TryParse(last[prefix.Length..], out var n) ? n + 1 : 1;
        return prefix + next.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static IReadOnlyList<Choice> Codes(Core.Codes.CodeList list, string placeholder) =>
        [new Choice("", placeholder), .. list.Entries.Select(e => new Choice(e.Code, e.Description))];

    /// <summary>Where a contact stands, in words for the partner who made it.</summary>
    public static string StatusForPartner(Contact contact, DateOnly today) => contact.Outcome switch
    {
        ContactOutcome.AwaitingDecision when contact.ReceivedOn == today => "Received",
        ContactOutcome.AwaitingDecision => "Being considered",
        ContactOutcome.ProgressedToReferral => "Passed to children's social care",
        ContactOutcome.AdviceAndInformation => "Closed: advice given",
        ContactOutcome.EarlyHelp => "Closed: passed to early help",
        _ => "Closed: no further action by children's social care",
    };
}
