using System.Globalization;

namespace Safeguard.Web.Components;

/// <summary>
/// What a user typed into a GOV.UK date input, kept as text so a wrong entry is shown back as typed. <see cref="Read"/>
/// turns it into a date or the GOV.UK error message and the boxes to highlight.
/// </summary>
public sealed class DateParts
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public static DateParts From(DateOnly? date) => date is { } d
        ? new DateParts { Day = d.Day.ToString(CultureInfo.InvariantCulture), Month = d.Month.ToString(CultureInfo.InvariantCulture), Year = d.Year.ToString(CultureInfo.InvariantCulture) }
        : new DateParts();

    /// <summary>GOV.UK error wording: "Enter {what}", "{What} must include a month", "{What} must be a real date".</summary>
    public DateReading Read(string what)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Day)) missing.Add("day");
        if (string.IsNullOrWhiteSpace(Month)) missing.Add("month");
        if (string.IsNullOrWhiteSpace(Year)) missing.Add("year");
        var capital = char.ToUpperInvariant(what[0]) + what[1..];
        if (missing.Count == 3) return DateReading.Failed($"Enter {what}", []);
        if (missing.Count > 0)
            return DateReading.Failed($"{capital} must include a {string.Join(" and a ", missing)}", missing);
        if (!int.TryParse(Day!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(Month!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(Year!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || y < 1900 || y > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
            return DateReading.Failed($"{capital} must be a real date", []);
        return new DateReading(new DateOnly(y, m, d), null, []);
    }
}

public sealed record DateReading(DateOnly? Date, string? Error, IReadOnlyList<string> ErrorParts)
{
    public static DateReading Failed(string error, IReadOnlyList<string> parts) => new(null, error, parts);
}
