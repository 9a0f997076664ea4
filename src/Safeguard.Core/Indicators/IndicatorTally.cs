using System.Runtime.InteropServices;

namespace Safeguard.Core.Indicators;

/// <summary>Running numerator and denominator for one indicator, with its drill-down ids and breakdowns.</summary>
internal sealed class IndicatorTally(bool drillDown)
{
    public int Numerator;
    public int Denominator;
    public readonly List<Guid>? NumeratorIds = drillDown ? [] : null;
    public readonly List<Guid>? DenominatorIds = drillDown ? [] : null;
    public readonly int[] MonthNumerator = new int[12];
    public readonly int[] MonthDenominator = new int[12];
    public readonly Dictionary<Guid, (int Numerator, int Denominator)> ByWorker = [];
    public readonly List<IndicatorItem>? Items = drillDown ? [] : null;

    /// <summary>Counts one item. Month is 0 for April to 11 for March, or -1 for none.</summary>
    public void Add(Guid id, bool inNumerator, bool inDenominator, int month, Guid worker, DateOnly date)
    {
        Items?.Add(new IndicatorItem(id, date, month, worker, inNumerator, inDenominator));
        if (inNumerator) { Numerator++; NumeratorIds?.Add(id); }
        if (inDenominator) { Denominator++; DenominatorIds?.Add(id); }
        if (month >= 0)
        {
            if (inNumerator) MonthNumerator[month]++;
            if (inDenominator) MonthDenominator[month]++;
        }
        ref var cell = ref CollectionsMarshal.GetValueRefOrAddDefault(ByWorker, worker, out _);
        cell = (cell.Numerator + (inNumerator ? 1 : 0), cell.Denominator + (inDenominator ? 1 : 0));
    }

    /// <summary>Month of the reporting year: April 0 … March 11.</summary>
    public static int MonthOf(DateOnly date) => (date.Month + 8) % 12;
}
