namespace Safeguard.Web.Startup;

/// <summary>Today's date in England, from the injected <see cref="TimeProvider"/> (tests pin it).</summary>
public sealed class Today(TimeProvider time)
{
    private static readonly TimeZoneInfo England = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public DateOnly Date => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), England).DateTime);
}
