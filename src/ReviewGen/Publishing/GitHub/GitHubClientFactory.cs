using Octokit;
using Octokit.Internal;

namespace ReviewGen.Publishing.GitHub;

/// <summary>Builds the Octokit client for a target: its address, the token and a User-Agent naming the tool, which GitHub requires.</summary>
internal static class GitHubClientFactory
{
    private static readonly string ToolVersion = typeof(GitHubClientFactory).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <remarks>
    /// Octokit turns any address but github.com's into https://host/api/v3/, GitHub Enterprise Server's layout; this is
    /// also the path GITHUB_API_URL holds there, so both forms of the address reach the same place.
    /// </remarks>
    public static GitHubClient Create(GitHubTarget target) =>
        new(new ProductHeaderValue("reviewgen", ToolVersion), new InMemoryCredentialStore(new Credentials(target.Token)), target.ApiUrl);
}
