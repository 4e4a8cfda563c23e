using System.Globalization;
using System.Text;

namespace ReviewGen.Publishing.GitHub;

/// <summary>
/// Turns a failure into the one line the user reads: what went wrong with which pull request and what to check. GitHub's
/// own message is quoted because it often names the cause ("Resource not accessible by integration"), but only after
/// it is cut to one short line with the token masked, since it is text from the network.
/// </summary>
internal static class GitHubFailureMessage
{
    private const int MaxDetailLength = 200;

    public static PublishingException Final(GitHubFailure failure, GitHubTarget target, int attempts)
    {
        var status = Status(failure, target);
        var message = failure.Kind switch
        {
            GitHubFailureKind.RejectedToken => $"GitHub rejected the token in GITHUB_TOKEN ({status}); it may be expired, revoked or for another GitHub than {target.ApiUrl}",
            GitHubFailureKind.Forbidden => $"the token may not write to {target.Description} ({status}); a workflow needs 'permissions: pull-requests: write', and pull requests from forks get a read-only token",
            GitHubFailureKind.NotFound => $"{target.Description} not found at {target.ApiUrl} ({status}); it may not exist or not be visible to the token",
            GitHubFailureKind.RateLimited => $"GitHub's rate limit still refused {target.Description} after {Attempts(attempts)} ({status})",
            GitHubFailureKind.ServerError => $"GitHub failed on {target.Description} after {Attempts(attempts)} ({status})",
            GitHubFailureKind.Unreachable => $"cannot reach GitHub at {target.ApiUrl} after {Attempts(attempts)}: {Clean(failure.Detail, target)}",
            GitHubFailureKind.TimedOut => $"GitHub at {target.ApiUrl} did not answer in time after {Attempts(attempts)}",
            _ => $"GitHub refused the request for {target.Description} ({status})",
        };
        return new PublishingException(message);
    }

    public static PublishingException WaitTooLong(GitHubFailure failure, GitHubTarget target, TimeSpan wait, TimeSpan maxWait) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"GitHub asks to wait {Math.Ceiling(wait.TotalSeconds)} s before posting to {target.Description} again, longer than the {maxWait.TotalSeconds} s this run waits ({Status(failure, target)})"));

    private static string Attempts(int attempts) => attempts == 1 ? "1 attempt" : $"{attempts} attempts";

    private static string Status(GitHubFailure failure, GitHubTarget target)
    {
        var detail = Clean(failure.Detail, target);
        var code = failure.StatusCode?.ToString(CultureInfo.InvariantCulture) ?? "no status";
        return detail.Length == 0 ? code : $"{code}: {detail}";
    }

    private static string Clean(string? text, GitHubTarget target)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var line = new StringBuilder(Math.Min(text.Length, MaxDetailLength));
        foreach (var character in text.Replace(target.Token, "***", StringComparison.Ordinal))
        {
            if (line.Length == MaxDetailLength)
            {
                line.Append('…');
                break;
            }

            line.Append(char.IsControl(character) ? ' ' : character);
        }

        return line.ToString().Trim();
    }
}
