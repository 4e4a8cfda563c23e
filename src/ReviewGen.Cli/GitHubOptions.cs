using System.CommandLine;

namespace ReviewGen.Cli;

/// <summary>The posting options <c>pr</c> and <c>post</c> share; each command gets its own instances.</summary>
internal static class GitHubOptions
{
    public const string GitHub = "github";

    public static Option<string> Post(bool required)
    {
        var option = new Option<string>("--post")
        {
            Description = "Post the review to the pull request: 'github' (token from GITHUB_TOKEN, repository from GITHUB_REPOSITORY).",
            Required = required,
        };
        CommandLineValues.AcceptOnly(option, [GitHub]);
        return option;
    }

    public static Option<int?> PullRequest() => new("--pr")
    {
        Description = "The pull request's number. Default: the one in the event file of a pull_request job (GITHUB_EVENT_PATH).",
    };

    public static Option<string?> ApiUrl() => new("--api-url")
    {
        Description = "The GitHub API's address, for GitHub Enterprise. Default: GITHUB_API_URL, else https://api.github.com.",
    };

    public static Option<bool> Inline() => new("--inline")
    {
        Description = "Also comment on the diff's lines where new findings are; comments made by earlier runs are not repeated.",
    };
}
