namespace ReviewGen.Publishing.GitHub;

/// <summary>
/// How often and how long posting waits out rate limits, server errors and network failures. Every bound is here so that
/// a CI job can never hang on GitHub, and the delay is a function so that tests record the waits instead of sleeping
/// (the CLI may also wrap it to say on stderr why it is waiting).
/// </summary>
/// <param name="MaxAttempts">Attempts of one whole operation, the first included.</param>
/// <param name="MaxWait">The longest single wait; a rate limit that asks for longer fails at once instead.</param>
/// <param name="FirstBackoff">The wait after the first server error or network failure, doubled after each next one.</param>
/// <param name="Delay">Waits; <see cref="Task.Delay(TimeSpan, CancellationToken)"/> outside tests.</param>
/// <param name="Clock">Reads the time the rate limit's reset (X-RateLimit-Reset) is compared with.</param>
public sealed record GitHubRetryPolicy(
    int MaxAttempts,
    TimeSpan MaxWait,
    TimeSpan FirstBackoff,
    Func<TimeSpan, CancellationToken, Task> Delay,
    TimeProvider Clock)
{
    public static GitHubRetryPolicy Default { get; } =
        new(MaxAttempts: 3, MaxWait: TimeSpan.FromSeconds(60), FirstBackoff: TimeSpan.FromSeconds(1), Task.Delay, TimeProvider.System);

    /// <summary>The wait before attempt <paramref name="failedAttempt"/> + 1 when GitHub did not say how long to wait.</summary>
    internal TimeSpan Backoff(int failedAttempt) =>
        TimeSpan.FromTicks(Math.Min(MaxWait.Ticks, FirstBackoff.Ticks * (1L << Math.Min(failedAttempt - 1, 30))));
}
