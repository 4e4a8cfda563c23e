using System.Text.Json;

namespace ReviewGen.Rendering.PullRequest;

/// <summary>
/// Where the comment's links point: the head commit's tree, to which <c>path#Lstart-Lend</c> is appended. In a
/// GitHub Actions run of a pull request, <c>GITHUB_SHA</c> is the merge commit GitHub made for the run, which no one
/// browses and which is deleted later; the pull request's own head commit is in the event payload.
/// </summary>
public static class CommentLinkBase
{
    /// <param name="option">What <c>--link-base</c> gave, used as it is; null when not given.</param>
    /// <param name="environment">Reads an environment variable (<see cref="Environment.GetEnvironmentVariable(string)"/>).</param>
    /// <param name="headCommit">The analyzed head commit, when the event does not name the pull request's.</param>
    /// <returns>The base URL without a trailing slash, or null for plain locations.</returns>
    public static string? Resolve(string? option, Func<string, string?> environment, string headCommit)
    {
        if (!string.IsNullOrWhiteSpace(option))
            return option.TrimEnd('/');
        var server = environment("GITHUB_SERVER_URL");
        var repository = environment("GITHUB_REPOSITORY");
        if (string.IsNullOrEmpty(server) || string.IsNullOrEmpty(repository))
            return null;
        var sha = PullRequestHead(environment("GITHUB_EVENT_PATH")) ?? headCommit;
        return $"{server.TrimEnd('/')}/{repository}/blob/{sha}";
    }

    /// <summary><c>pull_request.head.sha</c> of the event payload; null when there is no readable one (not a pull request event).</summary>
    private static string? PullRequestHead(string? eventPath)
    {
        if (string.IsNullOrEmpty(eventPath) || !File.Exists(eventPath))
            return null;
        try
        {
            using var payload = JsonDocument.Parse(File.ReadAllText(eventPath));
            return payload.RootElement.TryGetProperty("pull_request", out var pullRequest)
                   && pullRequest.TryGetProperty("head", out var head)
                   && head.TryGetProperty("sha", out var sha)
                   && sha.ValueKind == JsonValueKind.String
                   && sha.GetString() is { } value
                   && value.Length >= 40 && value.All(char.IsAsciiHexDigitLower)
                ? value
                : null;
        }
        // Not JSON, or JSON of another shape (TryGetProperty on an array throws).
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
