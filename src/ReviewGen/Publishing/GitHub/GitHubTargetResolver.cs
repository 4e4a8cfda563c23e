using System.Globalization;
using System.Text.RegularExpressions;

namespace ReviewGen.Publishing.GitHub;

/// <summary>
/// Finds the pull request to post to from the variables a GitHub Actions job sets, overridden by the command line's
/// options. Environment variables come through a function so that tests need not change the process's environment.
/// </summary>
public static partial class GitHubTargetResolver
{
    /// <summary>What GitHub Actions leaves unset on github.com (it sets GITHUB_API_URL on GitHub Enterprise).</summary>
    public static readonly Uri DefaultApiUrl = new("https://api.github.com");

    /// <param name="environment">Reads an environment variable, null when unset (<see cref="Environment.GetEnvironmentVariable(string)"/>).</param>
    /// <param name="pullRequestNumber">The --pr option; when null the number comes from the event file.</param>
    /// <param name="apiUrl">The --api-url option; when null GITHUB_API_URL, else <see cref="DefaultApiUrl"/>.</param>
    /// <exception cref="PublishingException">A variable is missing or malformed; the message names it.</exception>
    public static GitHubTarget Resolve(Func<string, string?> environment, int? pullRequestNumber, string? apiUrl)
    {
        var token = environment("GITHUB_TOKEN")?.Trim();
        if (string.IsNullOrEmpty(token))
        {
            throw new PublishingException("GITHUB_TOKEN is not set; posting to GitHub needs a token that may write to the pull request");
        }

        try
        {
            var (owner, repository) = Repository(environment("GITHUB_REPOSITORY"));
            var (number, headSha) = PullRequest(environment("GITHUB_EVENT_PATH"), pullRequestNumber);
            return new GitHubTarget(ApiUrl(environment, apiUrl), owner, repository, number, token, headSha);
        }
        catch (PublishingException e) when (e.Message.Contains(token, StringComparison.Ordinal))
        {
            // A variable set by mistake to the token would be echoed by the message that rejects it.
            throw new PublishingException(e.Message.Replace(token, "***", StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// The pull request a result is made for, without needing a token: the --pr option, else the number in the event
    /// file of a pull_request job, else null (a run outside such a job).
    /// </summary>
    /// <exception cref="PublishingException">The option is not a number of a pull request, or the event file cannot be read.</exception>
    public static int? PullRequestNumber(Func<string, string?> environment, int? pullRequestNumber)
    {
        if (pullRequestNumber is not null)
        {
            return PullRequest(null, pullRequestNumber).Number;
        }
        var eventPath = environment("GITHUB_EVENT_PATH");
        return string.IsNullOrWhiteSpace(eventPath) ? null : PullRequestEvent.Read(eventPath).Number;
    }

    private static (string Owner, string Repository) Repository(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new PublishingException("GITHUB_REPOSITORY is not set; it names the repository as owner/name");
        }

        var match = OwnerAndName().Match(value.Trim());
        if (!match.Success)
        {
            throw new PublishingException($"GITHUB_REPOSITORY '{value}' is not owner/name");
        }

        return (match.Groups["owner"].Value, match.Groups["name"].Value);
    }

    private static (int Number, string? HeadSha) PullRequest(string? eventPath, int? option)
    {
        if (option is { } given && given <= 0)
        {
            throw new PublishingException(string.Create(CultureInfo.InvariantCulture, $"--pr {given} is not a pull request number"));
        }

        // The event's head commit belongs to the option's pull request only when they are the same one.
        var pullRequestEvent = string.IsNullOrWhiteSpace(eventPath) ? null : PullRequestEvent.Read(eventPath);
        if (option is { } number)
        {
            return (number, pullRequestEvent?.Number == number ? pullRequestEvent.HeadSha : null);
        }

        if (pullRequestEvent is null)
        {
            throw new PublishingException("no pull request to post to: pass --pr N, or run on a pull_request event (GITHUB_EVENT_PATH is not set)");
        }

        if (pullRequestEvent.Number is not { } fromEvent)
        {
            throw new PublishingException($"the event file GITHUB_EVENT_PATH={eventPath} names no pull request (pull_request.number); pass --pr N");
        }

        return (fromEvent, pullRequestEvent.HeadSha);
    }

    private static Uri ApiUrl(Func<string, string?> environment, string? option)
    {
        var (source, value) = option is not null ? ("--api-url", option) : ("GITHUB_API_URL", environment("GITHUB_API_URL"));
        if (option is null && string.IsNullOrWhiteSpace(value))
        {
            return DefaultApiUrl;
        }

        if (Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            return url;
        }

        throw new PublishingException($"{source} '{value}' is not an absolute http(s) URL");
    }

    [GeneratedRegex("^(?<owner>[A-Za-z0-9_.-]+)/(?<name>[A-Za-z0-9_.-]+)$")]
    private static partial Regex OwnerAndName();
}
