using Safeguard.Core.Clock;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;

namespace Safeguard.Generator;

/// <summary>
/// Generates a synthetic authority: its workforce, professionals, families and children with <c>years</c> years of journeys
/// ending on <c>endDate</c> (usually a 31 March, so the last year is a whole reporting year; the demo ends on today), calibrated to <see cref="AuthorityTargets"/>.
/// <para>
/// Event-driven: referrals arrive day by day (new families at a Poisson rate, returning children on the day their
/// re-referral was scheduled); each referral's whole episode is planned at once and recorded through the domain with each
/// event's own date as "today", stopping at <c>endDate</c>. Before the reported years run <see cref="BurnInYears"/> years
/// kept as history, and before those a warm start: 18 years of journeys are sampled without domain objects and the ones
/// still open when history starts are recorded, so the stocks at 31 March (CIN, CP plans, CLA) are at steady state from
/// the first year.
/// </para>
/// <para>
/// Deterministic for a seed: the same people, names, dates and codes (one <see cref="Random"/> per authority, no iteration over
/// hashed collections). Record ids are not: the domain's ids are version 7 GUIDs from the clock and a random source.
/// </para>
/// </summary>
public static class AuthorityGenerator
{
    public const int BurnInYears = 3;

    public static GenerationSummary Generate(Authority authority, AuthorityTargets targets, int years, int seed, DateOnly endDate,
        IGeneratedAuthoritySink sink, IProgress<GenerationProgress>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        // Durations are calibrated in Monday–Friday working days (as DfE's validator counts); drawing them on the
        // bank-holiday calendar biased small authorities' counts by about 10 %, so that needs recalibrating first.
        var calendar = new WorkingDayCalendar([], WorkingDayConvention.MondayToFridayOnly);
        var planner = JourneyPlanner.Calibrate(targets, calendar, seed);
        var run = new Simulation(authority, targets, planner, calendar, endDate, new Random(seed), sink, progress);
        return run.Run(endDate.AddYears(-(years + BurnInYears)).AddDays(1));
    }

    /// <summary>
    /// Every authority in the list (153 for <c>--like england</c>), each with its own seed derived from
    /// <paramref name="seed"/> and its LA code, so one authority can be regenerated alone.
    /// </summary>
    public static IReadOnlyList<GenerationSummary> GenerateMany(IEnumerable<(Authority Authority, AuthorityTargets Targets)> authorities, int years, int seed,
        DateOnly endDate, Func<Authority, IGeneratedAuthoritySink> sinkFor, IProgress<GenerationProgress>? progress = null) =>
        [.. authorities.Select(a => Generate(a.Authority, a.Targets, years, SeedFor(seed, a.Authority.LaCode), endDate, sinkFor(a.Authority), progress))];

    public static int SeedFor(int seed, string laCode) => unchecked(seed * 1_000_003 + int.Parse(laCode, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>An <see cref="Authority"/> for the targets, with Working Together 2023 rules.</summary>
    public static Authority AuthorityFor(AuthorityTargets targets) =>
        new(targets.LaCode, targets.Name, targets.OnsCode, "WT2023", WorkingDayConvention.ExcludeBankHolidays);
}

/// <summary>What was generated.</summary>
public sealed record GenerationSummary(string Authority, int Children, int Referrals, int FamilyMembers, int Workers, int Teams, int Professionals,
    DateOnly HistoryStart, DateOnly EndDate);
