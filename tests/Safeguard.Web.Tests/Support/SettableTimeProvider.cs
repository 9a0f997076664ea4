namespace Safeguard.Web.Tests.Support;

/// <summary>A clock the test moves on by hand (for idle timeouts), starting at the real time.</summary>
public sealed class SettableTimeProvider : TimeProvider
{
    private DateTimeOffset _now = System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
