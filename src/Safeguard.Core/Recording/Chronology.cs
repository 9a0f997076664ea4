using Safeguard.Core.Assessments;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.Codes;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.LookedAfter;
using Safeguard.Core.People;

namespace Safeguard.Core.Recording;

/// <summary>
/// A child's chronology, built from what the record already holds: every contact, referral, decision, assessment,
/// enquiry, conference, plan, care change, visit and allocation lands on it by itself. Case notes appear only when
/// the worker flagged them as significant events, so the chronology stays a list of what mattered.
/// </summary>
public static class Chronology
{
    public static IReadOnlyList<ChronologyEntry> For(Child child)
    {
        var lines = new List<Line>();
        void Add(DateOnly thread, DateOnly date, ChronologyKind kind, string title, string? detail, Agency? agency, Guid source) =>
            lines.Add(new Line(thread, lines.Count, new ChronologyEntry(date, kind, title, detail, agency, source)));
        void AddOwn(DateOnly date, ChronologyKind kind, string title, string? detail, Agency? agency, Guid source) =>
            Add(date, date, kind, title, detail, agency, source);

        foreach (var contact in child.Contacts)
            AddOwn(contact.ReceivedOn, ChronologyKind.Contact, $"Contact from {Lower(CodeLists.ReferralSource.Describe(contact.Source))}",
                contact.Summary, AgencyForReferralSource(contact.Source), contact.Id);

        foreach (var episode in child.Episodes) AddEpisode(episode, (d, k, t, x, a, s) => Add(episode.ReferralDate, d, k, t, x, a, s));
        foreach (var period in child.PeriodsOfCare) AddPeriod(period, (d, k, t, x, a, s) => Add(period.StartDate, d, k, t, x, a, s));

        foreach (var allocation in child.Allocations)
            AddOwn(allocation.From, ChronologyKind.Allocation, "Case allocated to a worker", null, Agency.ChildrensSocialCare, allocation.Id);

        var firstAddress = child.Addresses.MinBy(a => a.From);
        foreach (var address in child.Addresses)
            AddOwn(address.From, ChronologyKind.AddressChange, address == firstAddress ? "Address recorded" : $"Moved to {address.Town}",
                address.ToString(), null, address.Id);

        foreach (var note in child.CaseNotes.Where(n => n.IsSignificantEvent))
            AddOwn(note.Date, ChronologyKind.SignificantEvent, $"{Describe(note.Kind)}: {FirstLine(note.Text)}", note.Text, note.Agency, note.Id);

        if (child.DateOfDeath is { } died) AddOwn(died, ChronologyKind.Died, "Child died", null, null, child.Id);

        // Same day: the earlier-started thread first (a closure before the next referral), then the journey's order.
        return lines.OrderBy(l => l.Entry.Date).ThenBy(l => l.Thread).ThenBy(l => l.Entry.Kind).ThenBy(l => l.Sequence)
            .Select(l => l.Entry).ToList();
    }

    /// <summary>The entries of the given kinds, from the given agencies, between the dates (inclusive); a null filter keeps all.</summary>
    public static IReadOnlyList<ChronologyEntry> Filter(IEnumerable<ChronologyEntry> entries, IReadOnlyCollection<ChronologyKind>? kinds = null,
        IReadOnlyCollection<Agency>? agencies = null, DateOnly? from = null, DateOnly? to = null) =>
        entries.Where(e => kinds is null || kinds.Contains(e.Kind))
            .Where(e => agencies is null || (e.Agency is { } a && agencies.Contains(a)))
            .Where(e => from is null || e.Date >= from)
            .Where(e => to is null || e.Date <= to)
            .ToList();

    /// <summary>The agency behind a CIN census referral source code; null for individuals, anonymous and unknown.</summary>
    public static Agency? AgencyForReferralSource(string source) => source switch
    {
        "2A" or "2B" => Agency.Education,
        "3A" or "3B" or "3C" or "3D" or "3E" or "3F" => Agency.Health,
        "4" => Agency.Housing,
        "5A" => Agency.ChildrensSocialCare,
        "5C" => Agency.OtherLocalAuthority,
        "5D" => Agency.EarlyHelp,
        "6" => Agency.Police,
        "5B" or "7" or "8" => Agency.Other,
        _ => null,
    };

    private delegate void Adder(DateOnly date, ChronologyKind kind, string title, string? detail, Agency? agency, Guid source);

    private const Agency SocialCare = Agency.ChildrensSocialCare;

    private static void AddEpisode(EpisodeOfNeed episode, Adder add)
    {
        add(episode.ReferralDate, ChronologyKind.Referral,
            $"Referral from {Lower(CodeLists.ReferralSource.Describe(episode.ReferralSource))}: {Lower(CodeLists.PrimaryNeed.Describe(episode.PrimaryNeed))}",
            episode.Reason, AgencyForReferralSource(episode.ReferralSource), episode.Id);
        if (episode is { Decision: { } decision, DecisionDate: { } decided })
            add(decided, ChronologyKind.Decision, $"Referral decision: {Lower(decision.Describe())}", null, SocialCare, episode.Id);

        foreach (var a in episode.Assessments)
        {
            add(a.StartDate, ChronologyKind.AssessmentStarted, $"{Upper(a.Kind.Describe())} started", null, SocialCare, a.Id);
            if (a.AuthorisationDate is { } authorised)
                add(authorised, ChronologyKind.AssessmentAuthorised,
                    $"{Upper(a.Kind.Describe())} authorised" + (a.Outcome is { } o ? $": {Lower(o.Describe())}" : ""),
                    FactorsText(a), SocialCare, a.Id);
        }

        foreach (var s in episode.StrategyDiscussions)
            add(s.Date, ChronologyKind.StrategyDiscussion,
                s.Section47Needed ? "Strategy discussion: section 47 enquiry needed" : "Strategy discussion: no section 47 enquiry",
                $"Agencies: {string.Join(", ", s.Participants.Select(p => AgencyName(p.Agency)))}. {s.Summary}", SocialCare, s.Id);

        foreach (var s in episode.Section47Enquiries)
        {
            add(s.StartDate, ChronologyKind.Section47Started, "Section 47 enquiry started", null, SocialCare, s.Id);
            if (s is { Outcome: { } outcome, OutcomeDate: { } on })
                add(on, ChronologyKind.Section47Outcome, $"Section 47 enquiry outcome: {Describe(outcome)}", null, SocialCare, s.Id);
        }

        var plans = episode.ChildProtectionPlans.ToDictionary(p => p.Id);
        foreach (var c in episode.Conferences)
        {
            var plan = c.PlanId is { } pid ? plans.GetValueOrDefault(pid) : null;
            if (c.Kind == ConferenceKind.Review)
                add(c.Date, ChronologyKind.PlanReview,
                    c.PlanRequired ? $"Review child protection conference: plan continues under {CategoryText(plan?.LatestCategory)}"
                        : "Review child protection conference: plan no longer needed", null, SocialCare, c.Id);
            else
                add(c.Date, ChronologyKind.Conference,
                    $"{(c.Kind == ConferenceKind.Initial ? "Initial" : "Transfer-in")} child protection conference: "
                    + (c.PlanRequired && plan is not null ? $"plan under {CategoryText(plan.InitialCategory)}" : "no plan"), null, SocialCare, c.Id);
        }

        foreach (var p in episode.ChildProtectionPlans)
        {
            add(p.StartDate, ChronologyKind.PlanStarted, $"Child protection plan started: {CategoryText(p.InitialCategory)}",
                p.PreviousPlans == 0 ? "First child protection plan" : $"Previous child protection plans: {p.PreviousPlans}", SocialCare, p.Id);
            foreach (var g in p.CoreGroups) add(g.Date, ChronologyKind.CoreGroup, "Core group meeting", null, SocialCare, g.Id);
            if (p.EndDate is { } ended) add(ended, ChronologyKind.PlanEnded, "Child protection plan ended", p.EndReason, SocialCare, p.Id);
        }

        foreach (var p in episode.ChildInNeedPlans)
        {
            add(p.StartDate, ChronologyKind.ChildInNeedPlanStarted, "Child in need plan started", null, SocialCare, p.Id);
            if (p.EndDate is { } ended) add(ended, ChronologyKind.ChildInNeedPlanEnded, "Child in need plan ended", null, SocialCare, p.Id);
        }

        if (episode is { ClosureDate: { } closed, ClosureReason: { } reason })
            add(closed, ChronologyKind.CaseClosed, $"Case closed: {Lower(CodeLists.ClosureReason.Describe(reason))}", reason, SocialCare, episode.Id);
    }

    private static void AddPeriod(PeriodOfCare period, Adder add)
    {
        foreach (var e in period.Episodes)
        {
            var legal = CodeLists.LegalStatus.Describe(e.LegalStatus);
            var placement = $"{CodeLists.PlacementType.Describe(e.PlacementType)} ({Lower(CodeLists.PlacementProvider.Describe(e.PlacementProvider))})";
            switch (e.ReasonForNewEpisode)
            {
                case "S":
                    add(e.StartDate, ChronologyKind.BecameLookedAfter, $"Became looked after: {Lower(legal)}", $"Placement: {placement}", SocialCare, e.Id);
                    break;
                case "L":
                    add(e.StartDate, ChronologyKind.LegalStatusChange, $"Legal status changed: {Lower(legal)}", null, SocialCare, e.Id);
                    break;
                default:
                    add(e.StartDate, ChronologyKind.PlacementChange, $"Placement changed: {Lower(CodeLists.PlacementType.Describe(e.PlacementType))}",
                        $"Placement: {placement}" + (e.ReasonPlacementChanged is { } why ? $". Reason: {Lower(CodeLists.ReasonPlacementChanged.Describe(why))}" : "")
                        + (e.ReasonForNewEpisode is "U" or "B" ? $". Legal status: {Lower(legal)}" : ""), SocialCare, e.Id);
                    break;
            }
            if (e is { EndDate: { } ended, ReasonCeased: { } rec } && rec != "X1")
                add(ended, ChronologyKind.CeasedLookedAfter, $"Stopped being looked after: {Lower(CodeLists.ReasonEpisodeCeased.Describe(rec))}", rec, SocialCare, e.Id);
        }

        foreach (var r in period.Reviews)
            add(r.Date, ChronologyKind.LookedAfterReview, "Looked after review", CodeLists.ReviewParticipation.Describe(r.Participation), SocialCare, r.Id);
        foreach (var v in period.Visits)
            add(v.Date, ChronologyKind.Visit, v.SeenAlone ? "Statutory visit: child seen alone" : "Statutory visit: child not seen alone", null, SocialCare, v.Id);
        foreach (var m in period.MissingEpisodes)
        {
            add(m.StartDate, ChronologyKind.Missing, m.Kind == MissingKind.Missing ? "Missing from placement" : "Away from placement without authorisation",
                null, SocialCare, m.Id);
            if (m.EndDate is { } back)
                add(back, ChronologyKind.Returned, m.Kind == MissingKind.Missing ? "Returned after being missing" : "Returned after being away from placement",
                    null, SocialCare, m.Id);
        }
    }

    private static string? FactorsText(Assessment a) =>
        a.Factors.Count == 0 ? null : "Factors: " + string.Join(", ", a.Factors.Select(f => Lower(CodeLists.AssessmentFactor.Describe(f.Code))));

    private static string CategoryText(string? code) => code switch
    {
        null => "an unrecorded category",
        "MUL" => "multiple categories",
        _ => Lower(CodeLists.CategoryOfAbuse.Describe(code)),
    };

    private static string Describe(Section47Outcome outcome) => outcome switch
    {
        Section47Outcome.ConferenceNeeded => "initial conference needed",
        Section47Outcome.ConcernsSubstantiatedNoConference => "concerns substantiated, no conference",
        Section47Outcome.ConcernsNotSubstantiated => "concerns not substantiated",
        _ => outcome.ToString(),
    };

    private static string Describe(CaseNoteKind kind) => kind switch
    {
        CaseNoteKind.PhoneCall => "Phone call",
        CaseNoteKind.DirectWork => "Direct work",
        _ => kind.ToString(),
    };

    private static string AgencyName(Agency agency) => agency switch
    {
        Agency.ChildrensSocialCare => "children's social care",
        Agency.EarlyHelp => "early help",
        Agency.OtherLocalAuthority => "another local authority",
        _ => agency.ToString().ToLowerInvariant(),
    };

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length <= 80 ? line : line[..77].TrimEnd() + "...";
    }

    // Code descriptions are sentence case; mid-sentence they read better lower, but keep acronyms (GP, A&E, NHS).
    private static string Lower(string s) =>
        s.Length > 1 && char.IsUpper(s[0]) && char.IsLower(s[1]) ? char.ToLowerInvariant(s[0]) + s[1..] : s;

    private static string Upper(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private sealed record Line(DateOnly Thread, int Sequence, ChronologyEntry Entry);
}
