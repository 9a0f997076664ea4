using System.Globalization;

namespace Safeguard.Core.Clock;

/// <summary>One bank holiday and the name GOV.UK gives it.</summary>
public sealed record BankHoliday(DateOnly Date, string Name);

/// <summary>
/// England and Wales bank holidays, from data/bank-holidays/england-and-wales.csv (embedded). Only
/// <see cref="CoveredFrom"/>–<see cref="CoveredTo"/> is known; outside it a calendar counts weekends only.
/// </summary>
public static class BankHolidays
{
    private const string ResourceName = "Safeguard.Core.Clock.england-and-wales.csv";

    private static readonly Lazy<IReadOnlyList<BankHoliday>> Named = new(Load);
    private static readonly Lazy<IReadOnlyList<DateOnly>> Dates = new(() => [.. Named.Value.Select(h => h.Date)]);

    public static DateOnly CoveredFrom { get; } = new(2008, 1, 1);
    public static DateOnly CoveredTo { get; } = new(2030, 12, 31);

    /// <summary>Every England and Wales bank holiday in the covered range, in date order.</summary>
    public static IReadOnlyList<DateOnly> EnglandAndWales => Dates.Value;

    /// <summary>The same days with their names (for explanations).</summary>
    public static IReadOnlyList<BankHoliday> EnglandAndWalesNamed => Named.Value;

    /// <summary>True when the bank holidays for <paramref name="date"/> are known.</summary>
    public static bool Covers(DateOnly date) => date >= CoveredFrom && date <= CoveredTo;

    private static List<BankHoliday> Load()
    {
        using var stream = typeof(BankHolidays).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from Safeguard.Core.");
        using var reader = new StreamReader(stream);
        var holidays = new List<BankHoliday>();
        reader.ReadLine(); // header: date,name
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            var date = DateOnly.ParseExact(line[..comma], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            holidays.Add(new BankHoliday(date, line[(comma + 1)..].Trim('"')));
        }
        return holidays;
    }
}
