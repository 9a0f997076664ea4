using Safeguard.Core.Clock;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;

namespace Safeguard.Generator;

/// <summary>A family: adults who relate to the children, and the children, handed to the sink together once all are done.</summary>
internal sealed class Family(string surname)
{
    public string Surname { get; } = surname;
    public List<FamilyMember> Adults { get; } = [];
    public List<Child> Children { get; } = [];
    public int Pending { get; set; }
}

internal sealed class ChildState(Child child, Family family, int serial)
{
    public Child Child { get; } = child;
    public Family Family { get; } = family;
    public int Serial { get; } = serial;

    /// <summary>Whether any of the child's journeys so far included a child protection plan.</summary>
    public bool HadPlan { get; set; }
}

/// <summary>One authority's run: arrivals, scheduled returns, and batching to the sink.</summary>
internal sealed class Simulation
{
    private readonly Authority _authority;
    private readonly AuthorityTargets _targets;
    private readonly JourneyPlanner _planner;
    private readonly DateOnly _end;
    private readonly Random _rng;
    private readonly IGeneratedAuthoritySink _sink;
    private readonly IProgress<GenerationProgress>? _progress;
    private readonly JourneyRecorder _recorder;
    private readonly PriorityQueue<ChildState, (int Day, long Seq)> _returns = new();
    private readonly List<FamilyMember> _adultBatch = [];
    private readonly List<Child> _childBatch = [];
    private long _seq;
    private int _serial;
    private int _children;
    private int _referrals;
    private int _adults;
    private long _nhs = 999_000_000;
    private Workforce _workforce = null!;
    private List<Professional> _professionals = null!;

    public Simulation(Authority authority, AuthorityTargets targets, JourneyPlanner planner, WorkingDayCalendar calendar, DateOnly end, Random rng,
        IGeneratedAuthoritySink sink, IProgress<GenerationProgress>? progress)
    {
        _authority = authority; _targets = targets; _planner = planner; _end = end; _rng = rng; _sink = sink; _progress = progress;
        _recorder = new JourneyRecorder(rng, end, calendar, targets);
    }

    private double FamiliesPerDay => _targets.ReferralsPerYear * _planner.Rates.NewReferralShare / 365.0 / 1.45;

    public GenerationSummary Run(DateOnly historyStart)
    {
        _sink.AddAuthority(_authority);
        _workforce = Workforce.Build(_authority, _targets, _end, _rng);
        _professionals = Professionals();
        _recorder.Use(_workforce, _professionals);
        _sink.AddTeams(_workforce.Teams);
        _sink.AddWorkers(_workforce.Workers);
        _sink.AddProfessionals(_professionals);

        WarmStart(historyStart);
        for (var day = historyStart; day <= _end; day = day.AddDays(1))
        {
            if (day.Day == 1) _progress?.Report(new GenerationProgress(_authority.Name, day, _children, _referrals));
            while (_returns.TryPeek(out _, out var due) && due.Day <= day.DayNumber)
            {
                var state = _returns.Dequeue();
                Refer(state, day, Sample(day, state.Child.DateOfBirth!.Value, state.HadPlan));
            }
            var families = _rng.Poisson(FamiliesPerDay);
            for (var f = 0; f < families; f++) NewFamily(day, materialiseOnlyIfOpenAfter: null);
        }
        while (_returns.Count > 0) Done(_returns.Dequeue());
        Flush();
        _sink.Complete();
        _progress?.Report(new GenerationProgress(_authority.Name, _end, _children, _referrals));
        return new GenerationSummary(_authority.Name, _children, _referrals, _adults, _workforce.Workers.Count, _workforce.Teams.Count,
            _professionals.Count, historyStart, _end);
    }

    /// <summary>Journeys from the 18 years before history that are still open when it starts (long care, long plans).</summary>
    private void WarmStart(DateOnly historyStart)
    {
        for (var day = historyStart.AddYears(-WarmStartYearsBack); day < historyStart; day = day.AddDays(1))
        {
            var families = _rng.Poisson(FamiliesPerDay);
            for (var f = 0; f < families; f++) NewFamily(day, historyStart);
        }
    }

    private const int WarmStartYearsBack = 18;

    private void NewFamily(DateOnly day, DateOnly? materialiseOnlyIfOpenAfter)
    {
        var size = _rng.FromBuckets([(1, 1, 65), (2, 2, 25), (3, 3, 10)]);
        var sampled = new List<(DateOnly Dob, Sex Sex, List<(DateOnly Referral, JourneyPlan Plan)> Chain, DateOnly? ComesBack)>(size);
        var anyOpen = materialiseOnlyIfOpenAfter is null;
        for (var i = 0; i < size; i++)
        {
            var dob = day.AddDays(-JourneyPlanner.SampleAgeDays(_rng));
            var chain = new List<(DateOnly, JourneyPlan)> { (day, _planner.Sample(_rng, day, dob)) };
            DateOnly? comesBack = null;
            if (materialiseOnlyIfOpenAfter is { } h)
            {
                // Before history, follow the child's re-referrals too, so returning children's long journeys (and the
                // plans before them) are in the stocks.
                var hadPlan = false;
                while (true)
                {
                    var (referral, plan) = chain[^1];
                    hadPlan |= plan.PlanRequired;
                    if (referral.AddDays(plan.Close) >= h) { anyOpen = true; break; }
                    if (NextReturn(referral, plan, dob, hadPlan) is not { } next || next > _end) break;
                    // Closed before history but referred again within it: the child and their past come into history.
                    if (next >= h) { comesBack = next; anyOpen = true; break; }
                    chain.Add((next, Sample(next, dob, hadPlan)));
                }
            }
            sampled.Add((dob, _rng.Chance(0.51) ? Sex.Male : Sex.Female, chain, comesBack));
        }
        if (!anyOpen) return;

        var family = new Family(_rng.Pick(Names.Surnames));
        var oldest = sampled.Min(s => s.Dob);
        var mother = new FamilyMember(_authority.Id, _rng.Pick(Names.Girls), family.Surname, oldest.AddDays(-_rng.Between(18 * 365, 38 * 365)), Sex.Female);
        family.Adults.Add(mother);
        FamilyMember? father = _rng.Chance(0.7)
            ? new FamilyMember(_authority.Id, _rng.Pick(Names.Boys), _rng.Chance(0.7) ? family.Surname : _rng.Pick(Names.Surnames),
                oldest.AddDays(-_rng.Between(19 * 365, 45 * 365)), Sex.Male)
            : null;
        if (father is not null) family.Adults.Add(father);
        FamilyMember? grandparent = _rng.Chance(0.2)
            ? new FamilyMember(_authority.Id, _rng.Pick(Names.Girls), family.Surname, oldest.AddDays(-_rng.Between(40 * 365, 60 * 365)), Sex.Female)
            : null;
        if (grandparent is not null) family.Adults.Add(grandparent);
        _adultBatch.AddRange(family.Adults);
        _adults += family.Adults.Count;
        var fatherLivesWith = _rng.Chance(0.5);

        var states = new List<ChildState>(size);
        foreach (var (dob, sex, _, _) in sampled)
        {
            var serial = ++_serial;
            var given = _rng.Pick(sex == Sex.Male ? Names.Boys : Names.Girls);
            var child = Child.Register(_authority.Id, $"C{_authority.LaCode}{serial:D7}", given, family.Surname, dob, null, sex,
                _rng.Weighted(Ethnicities), day);
            child.RecordIdentifiers(_rng.Chance(0.96) ? NextNhsNumber() : null, Upn(dob, day, serial));
            child.RecordDisabilities(_rng.Chance(0.9) ? ["NONE"] : [_rng.Pick(Disabilities)]);
            child.MoveTo($"{_rng.Between(1, 180)} {_rng.Pick(Names.Streets)}", _authority.Name, Postcode(), day, day);
            child.RelateTo(mother, RelationshipKind.Mother, true, true);
            if (father is not null) child.RelateTo(father, RelationshipKind.Father, true, fatherLivesWith);
            if (grandparent is not null) child.RelateTo(grandparent, RelationshipKind.Grandparent, false, false);
            var state = new ChildState(child, family, serial);
            family.Children.Add(child);
            family.Pending++;
            states.Add(state);
            _children++;
        }
        for (var i = 0; i < states.Count; i++)
            for (var j = 0; j < states.Count; j++)
                if (i != j) states[i].Child.RelateToChild(states[j].Child, RelationshipKind.Sibling);
        for (var i = 0; i < states.Count; i++)
        {
            var (_, _, chain, comesBack) = sampled[i];
            var past = comesBack is null ? chain.Count - 1 : chain.Count;
            for (var c = 0; c < past; c++) Record(states[i], chain[c].Referral, chain[c].Plan);
            var (last, lastPlan) = chain[^1];
            if (comesBack is { } back) _returns.Enqueue(states[i], (back.DayNumber, ++_seq));
            else if (materialiseOnlyIfOpenAfter is not { } h || last.AddDays(lastPlan.Close) >= h) Refer(states[i], last, lastPlan);
            else
            {
                // A sibling whose journeys all ended before history: asking again whether they return would queue a
                // referral dated before history, made on its first day at whatever age they had reached by then.
                Record(states[i], last, lastPlan);
                Done(states[i]);
            }
        }
    }

    private void Refer(ChildState state, DateOnly day, JourneyPlan plan)
    {
        Record(state, day, plan);
        if (NextReturn(day, plan, state.Child.DateOfBirth!.Value, state.HadPlan) is { } n && n <= _end)
            _returns.Enqueue(state, (n.DayNumber, ++_seq));
        else Done(state);
    }

    private void Record(ChildState state, DateOnly day, JourneyPlan plan)
    {
        _referrals++;
        _recorder.Record(state.Child, day, plan);
        state.HadPlan |= plan.PlanRequired;
    }

    private JourneyPlan Sample(DateOnly day, DateOnly dob, bool hadPlan) =>
        hadPlan ? _planner.SampleAfterPlan(_rng, day, dob) : _planner.Sample(_rng, day, dob);

    /// <summary>
    /// Whether and when a closed episode's child is referred again: within 12 months of the referral, or later; a
    /// child who has had a plan by the after-plan route only (a month to two years after closure, at least a year on).
    /// </summary>
    private DateOnly? NextReturn(DateOnly day, JourneyPlan plan, DateOnly dob, bool hadPlan)
    {
        var closed = day.AddDays(plan.Close);
        if (closed >= _end || plan.ClosureReason == "RC1") return null;
        var yearOn = day.AddYears(1);
        DateOnly? next = null;
        if (hadPlan)
        {
            if (_rng.Chance(_planner.Rates.ReturnAfterPlan))
                next = day.AddDays(JourneyPlanner.AfterPlanReturnDay(plan.Close, _rng.Between(JourneyPlanner.AfterPlanGapDays.From, JourneyPlanner.AfterPlanGapDays.To)));
        }
        else if (closed < yearOn && _rng.Chance(_planner.Rates.ReturnWithinYear))
            next = closed.AddDays(_rng.Between(1, yearOn.DayNumber - closed.DayNumber));
        else if (_rng.Chance(_planner.Rates.ReturnLater))
            next = DateOnly.FromDayNumber(Math.Max(closed.DayNumber + 1, day.AddDays(_rng.Between(366, 1095)).DayNumber));
        return next is { } n && n < dob.AddYears(18).AddDays(-1) ? n : null;
    }

    private void Done(ChildState state)
    {
        var family = state.Family;
        if (--family.Pending > 0) return;
        _childBatch.AddRange(family.Children);
        if (_childBatch.Count >= 500) Flush();
    }

    private void Flush()
    {
        if (_adultBatch.Count > 0) { _sink.AddFamilyMembers([.. _adultBatch]); _adultBatch.Clear(); }
        if (_childBatch.Count > 0) { _sink.AddChildren([.. _childBatch]); _childBatch.Clear(); }
    }

    private string NextNhsNumber()
    {
        while (true)
        {
            _nhs++;
            if (NhsNumber.FromFirstNineDigits(_nhs) is { } n) return n.Value;
        }
    }

    /// <summary>School-age children only: LA code, a made-up establishment, the year allocated and a serial.</summary>
    private string? Upn(DateOnly dob, DateOnly day, int serial)
    {
        var age = day.Year - dob.Year - (day.DayOfYear < dob.DayOfYear ? 1 : 0);
        if (age is < 4 or > 16) return null;
        var allocated = dob.AddYears(4);
        return UniquePupilNumber.FromBody($"{_authority.LaCode}{2000 + serial / 1000 % 8000:D4}{allocated.Year % 100:D2}{serial % 1000:D3}").Value;
    }

    private string Postcode()
    {
        var area = new string([.. _authority.Name.ToUpperInvariant().Where(char.IsAsciiLetter).Take(2)]);
        return $"{area}{_rng.Between(1, 20)} {_rng.Between(1, 9)}{(char)('A' + _rng.Next(26))}{(char)('A' + _rng.Next(26))}";
    }

    private List<Professional> Professionals()
    {
        var count = Math.Max(12, _targets.ReferralsPerYear / 40);
        (Agency Agency, string Role, string Organisation)[] kinds =
        [
            (Agency.Education, "Designated safeguarding lead", "Primary School"), (Agency.Education, "Head of year", "Academy"),
            (Agency.Health, "Health visitor", "Community Health Trust"), (Agency.Health, "School nurse", "Community Health Trust"),
            (Agency.Health, "GP", "Medical Practice"), (Agency.Health, "Emergency department nurse", "Hospital Trust"),
            (Agency.Police, "Police constable", "Police"), (Agency.Police, "Detective constable", "Police Child Abuse Team"),
            (Agency.Housing, "Housing officer", "Housing Services"), (Agency.EarlyHelp, "Family support worker", "Early Help"),
            (Agency.Probation, "Probation officer", "Probation Service"),
        ];
        var list = new List<Professional>(count);
        for (var i = 0; i < count; i++)
        {
            var (agency, role, organisation) = kinds[i % kinds.Length];
            list.Add(new Professional(_authority.Id, Workforce.PersonName(_rng), agency, role, $"{_authority.Name} {organisation}"));
        }
        return list;
    }

    private static readonly string[] Disabilities = ["AUT", "LD", "COMM", "BEH", "MOB", "HEAR", "VIS", "PC"];

    private static readonly (string, double)[] Ethnicities =
    [
        ("WBRI", 64), ("WOTH", 6), ("WIRI", 0.5), ("WROM", 0.8), ("MWBC", 3), ("MWBA", 1), ("MWAS", 1.5), ("MOTH", 3), ("AIND", 2),
        ("APKN", 4), ("ABAN", 1.5), ("AOTH", 1.5), ("BAFR", 4), ("BCRB", 1.5), ("BOTH", 1), ("CHNE", 0.3), ("OOTH", 2.5), ("REFU", 0.4), ("NOBT", 2),
    ];
}
