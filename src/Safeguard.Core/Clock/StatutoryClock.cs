namespace Safeguard.Core.Clock;

/// <summary>
/// An authority's rule set and calendar together, so wiring a clock to the record is one line:
/// <c>clock.Item(RuleIds.InitialChildProtectionConference, strategyDiscussion, icpcHeld, today)</c>.
/// </summary>
public sealed class StatutoryClock(StatutoryRuleSet rules, WorkingDayCalendar calendar)
{
    public StatutoryRuleSet Rules { get; } = rules ?? throw new ArgumentNullException(nameof(rules));

    public WorkingDayCalendar Calendar { get; } = calendar ?? throw new ArgumentNullException(nameof(calendar));

    /// <summary>The clock for an authority by rule-set code and working-day convention (England and Wales holidays).</summary>
    public static StatutoryClock For(string ruleSetCode, WorkingDayConvention convention = WorkingDayConvention.ExcludeBankHolidays) =>
        new(StatutoryRuleSet.FromCode(ruleSetCode), WorkingDayCalendar.England(convention));

    /// <summary>Due date of rule <paramref name="ruleId"/> started on <paramref name="start"/>; throws if the set lacks the rule.</summary>
    public DueDate Due(string ruleId, DateOnly start) => Rules[ruleId].DueFrom(start, Calendar);

    /// <summary>The due date of <paramref name="ruleId"/> alone (no explanation); throws if the set lacks the rule.</summary>
    public DateOnly DueOn(string ruleId, DateOnly start) => Rules[ruleId].DueOn(start, Calendar);

    /// <summary>The evaluated clock; throws <see cref="KeyNotFoundException"/> if the set lacks the rule.</summary>
    public ClockItem Item(string ruleId, DateOnly start, DateOnly? metOn, DateOnly today) =>
        Due(ruleId, start).Evaluate(metOn, today, Calendar);

    /// <summary>As <see cref="Item"/>, but null when this rule set has no such rule (e.g. core assessment under WT2023).</summary>
    public ClockItem? TryItem(string ruleId, DateOnly start, DateOnly? metOn, DateOnly today) =>
        Rules.TryGetRule(ruleId, out var rule) ? rule.DueFrom(start, Calendar).Evaluate(metOn, today, Calendar) : null;
}
