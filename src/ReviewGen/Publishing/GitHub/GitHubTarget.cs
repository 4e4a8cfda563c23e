namespace ReviewGen.Publishing.GitHub;

/// <summary>
/// The pull request to post to and the credentials to post with. <see cref="ApiUrl"/> is the address as the user gave
/// it (https://api.github.com, or https://host/api/v3 for GitHub Enterprise); Octokit derives the request paths from it.
/// </summary>
/// <param name="HeadSha">
/// The pull request's head commit when the event file names it, else null (<see cref="GitHubPullRequestPoster.ResolveHeadShaAsync"/>
/// asks GitHub). GITHUB_SHA cannot stand in: on pull_request events it is the merge commit, which no diff line belongs to.
/// </param>
public sealed record GitHubTarget(Uri ApiUrl, string Owner, string Repository, int PullRequestNumber, string Token, string? HeadSha)
{
    /// <summary>"pull request 7 of octo/repo", as every message names it.</summary>
    public string Description => $"pull request {PullRequestNumber} of {Owner}/{Repository}";

    /// <remarks>Replaces the record's generated text, which would print the token into any log that shows the target.</remarks>
    public override string ToString() => $"{Owner}/{Repository}#{PullRequestNumber} at {ApiUrl}";
}
