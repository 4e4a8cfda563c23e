namespace ReviewGen.Tests.Publishing;

/// <summary>A clock that stays at one instant, so that a wait computed from a rate limit's reset time is exact.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
