using ReviewGen.Publishing.GitHub;

namespace ReviewGen.Tests.Publishing;

/// <summary>A retry policy whose waits are written down instead of slept, with the clock at <see cref="Now"/>.</summary>
public sealed class RecordedDelays
{
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public List<TimeSpan> Waits { get; } = [];

    public GitHubRetryPolicy Policy => GitHubRetryPolicy.Default with { Delay = Record, Clock = new FixedClock(Now) };

    public GitHubPullRequestPoster Poster() => new(Policy);

    private Task Record(TimeSpan wait, CancellationToken cancellationToken)
    {
        Waits.Add(wait);
        return Task.CompletedTask;
    }
}
