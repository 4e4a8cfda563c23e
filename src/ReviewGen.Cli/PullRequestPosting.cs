using ReviewGen.Publishing.GitHub;
using ReviewGen.Rendering.PullRequest;

namespace ReviewGen.Cli;

/// <summary>
/// Posts a change's review to its GitHub pull request, for <c>pr --post github</c> and <c>post</c>: the comment,
/// updated in place on later runs, and with <c>--inline</c> the diff comments not posted before. Reports one line.
/// </summary>
internal static class PullRequestPosting
{
    /// <param name="expectedHead">The commit the caller knows the pull request must be at; null trusts the document.</param>
    public static async Task PostAsync(PrPostDocument document, int? pullRequest, string? apiUrl, bool inline, string? expectedHead, CancellationToken ct)
    {
        var target = GitHubTargetResolver.Resolve(Environment.GetEnvironmentVariable, pullRequest ?? document.PullRequest, apiUrl);
        var poster = new GitHubPullRequestPoster();
        if (expectedHead is not null)
        {
            await EnsureHeadAsync(poster, target, document, expectedHead, ct);
        }
        var upsert = await poster.UpsertCommentAsync(target, document.Comment, document.Marker, ct);
        var report = $"reviewgen: {(upsert.Action == CommentUpsertAction.Created ? "posted" : "updated")} the comment on {target.Description}"
            + (upsert.HtmlUrl.Length > 0 ? $": {upsert.HtmlUrl}" : "");
        if (inline)
        {
            var comments = document.Inline.Select(c => new InlineComment(c.Path, c.Line, c.Body, c.Key)).ToArray();
            var result = await poster.PostInlineCommentsAsync(target, document.HeadCommit, comments, ct);
            report += $"; diff comments: {result.Posted} posted, {result.AlreadyPresent} already there, {result.Rejected} refused by GitHub (line not in the diff)";
        }
        Console.Error.WriteLine(report);
    }

    /// <summary>
    /// A result uploaded by a job that ran the pull request's code is untrusted: it could name another pull request.
    /// Its commit and the pull request's head must both be the commit the trusted caller names.
    /// </summary>
    private static async Task EnsureHeadAsync(GitHubPullRequestPoster poster, GitHubTarget target, PrPostDocument document, string expectedHead, CancellationToken ct)
    {
        if (!string.Equals(document.HeadCommit, expectedHead, StringComparison.OrdinalIgnoreCase))
        {
            throw new PublishingException($"the result was made for commit {document.HeadCommit}, not {expectedHead}; nothing was posted");
        }
        var head = await poster.ResolveHeadShaAsync(target with { HeadSha = null }, ct);
        if (!string.Equals(head, expectedHead, StringComparison.OrdinalIgnoreCase))
        {
            throw new PublishingException($"{target.Description} is at commit {head}, not {expectedHead}; nothing was posted");
        }
    }
}
