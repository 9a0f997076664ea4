namespace Safeguard.Web.Tests.Support;

/// <summary>
/// A clock the test moves on by hand, starting at the real time: stopped (for idle timeouts), or running with the real
/// clock plus what it has been moved on (the shared app's clock, moved on when a user's next two-factor code is needed).
/// </summary>
public sealed class SettableTimeProvider(bool running = false) : TimeProvider
{
    private readonly DateTimeOffset _start = System.GetUtcNow();
    private TimeSpan _moved;

    public override DateTimeOffset GetUtcNow() => (running ? System.GetUtcNow() : _start) + _moved;

    public void Advance(TimeSpan by) => _moved += by;
}
