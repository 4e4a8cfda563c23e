namespace ReviewGen.Publishing.GitHub;

/// <summary>
/// Runs one whole posting operation under the retry policy. The operation is retried as a whole rather than call by
/// call because each one starts by listing what is already on the pull request: a create that GitHub carried out before
/// answering 5xx is then found instead of posted twice.
/// </summary>
internal static class GitHubRetry
{
    /// <exception cref="PublishingException">GitHub or the network failed for good; the message is for the user.</exception>
    public static async Task<T> RunAsync<T>(GitHubRetryPolicy policy, GitHubTarget target, Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            GitHubFailure failure;
            try
            {
                return await operation();
            }
            catch (Exception e) when (GitHubFailure.From(e, policy.Clock.GetUtcNow(), cancellationToken) is { } known)
            {
                failure = known;
            }

            if (!failure.IsTransient || attempt >= policy.MaxAttempts)
            {
                throw GitHubFailureMessage.Final(failure, target, attempt);
            }

            var wait = failure.RequestedWait ?? policy.Backoff(attempt);
            if (wait > policy.MaxWait)
            {
                throw GitHubFailureMessage.WaitTooLong(failure, target, wait, policy.MaxWait);
            }

            await policy.Delay(wait, cancellationToken);
        }
    }
}
