using Octokit;

namespace ReviewGen.Publishing.GitHub;

/// <summary>
/// Posts the review to a pull request through Octokit: one summary comment that later runs edit in place, and review
/// comments on diff lines that later runs do not repeat. Both recognize earlier posts by hidden HTML markers in their
/// text, so re-running a workflow leaves the conversation as one run would.
/// </summary>
/// <remarks>Every failure surfaces as <see cref="PublishingException"/>; Octokit's own exceptions never leave this class.</remarks>
public sealed class GitHubPullRequestPoster(GitHubRetryPolicy retryPolicy)
{
    /// <summary>GitHub's largest page: the fewest requests for a long conversation.</summary>
    private const int PageSize = 100;

    private const string RightSide = "RIGHT";

    public GitHubPullRequestPoster()
        : this(GitHubRetryPolicy.Default)
    {
    }

    /// <summary>Edits the pull request's comment that holds <paramref name="marker"/>, or adds one when none does.</summary>
    /// <param name="body">The comment's Markdown; <paramref name="marker"/> is put first when it does not hold it already.</param>
    /// <param name="marker">An HTML comment (<c>&lt;!-- reviewgen:pr-comment --&gt;</c>) that names this tool's comment.</param>
    /// <exception cref="PublishingException">GitHub refused or could not be reached.</exception>
    public Task<CommentUpsertResult> UpsertCommentAsync(GitHubTarget target, string body, string marker, CancellationToken cancellationToken)
    {
        if (!marker.StartsWith("<!--", StringComparison.Ordinal) || !marker.EndsWith("-->", StringComparison.Ordinal) || marker.Length < 8)
        {
            throw new ArgumentException($"marker '{marker}' must be an HTML comment, which GitHub does not show", nameof(marker));
        }

        var markedBody = body.Contains(marker, StringComparison.Ordinal) ? body : $"{marker}\n{body}";
        var client = GitHubClientFactory.Create(target);
        return GitHubRetry.RunAsync(retryPolicy, target, async () =>
        {
            var comments = await client.Issue.Comment.GetAllForIssue(target.Owner, target.Repository, target.PullRequestNumber, AllPages());
            cancellationToken.ThrowIfCancellationRequested();
            // The oldest marked comment is the one to keep; GitHub lists comments oldest first.
            var previous = comments.FirstOrDefault(comment => comment.Body?.Contains(marker, StringComparison.Ordinal) == true);
            if (previous is null)
            {
                var created = await client.Issue.Comment.Create(target.Owner, target.Repository, target.PullRequestNumber, markedBody);
                return new CommentUpsertResult(CommentUpsertAction.Created, created.Id, created.HtmlUrl ?? "");
            }

            var updated = await client.Issue.Comment.Update(target.Owner, target.Repository, previous.Id, markedBody);
            return new CommentUpsertResult(CommentUpsertAction.Updated, updated.Id, updated.HtmlUrl ?? "");
        }, cancellationToken);
    }

    /// <summary>
    /// Adds each comment whose key is not yet on the pull request as a single-line review comment on the head side.
    /// A comment GitHub refuses with 422 (its line is not in the diff) is counted and skipped, not a failure.
    /// </summary>
    /// <param name="headSha">The pull request's head commit (<see cref="ResolveHeadShaAsync"/>); lines count in its files.</param>
    /// <param name="comments">Comments with the same key are posted once, the first one.</param>
    /// <exception cref="PublishingException">GitHub refused otherwise or could not be reached.</exception>
    public async Task<InlineCommentsResult> PostInlineCommentsAsync(
        GitHubTarget target, string headSha, IReadOnlyList<InlineComment> comments, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(headSha);
        var distinct = comments.DistinctBy(comment => comment.Key, StringComparer.Ordinal).ToList();
        foreach (var comment in distinct)
        {
            _ = InlineCommentMarker.For(comment.Key);
            ArgumentException.ThrowIfNullOrWhiteSpace(comment.Path, nameof(comments));
            ArgumentOutOfRangeException.ThrowIfLessThan(comment.Line, 1, nameof(comments));
        }

        if (distinct.Count == 0)
        {
            return new InlineCommentsResult(0, 0, 0);
        }

        var client = GitHubClientFactory.Create(target);
        var connection = new ApiConnection(client.Connection);
        var endpoint = ApiUrls.PullRequestReviewComments(target.Owner, target.Repository, target.PullRequestNumber);
        // Kept across attempts: a retry lists the comments again, and a key posted or refused before must count once.
        var posted = new HashSet<string>(StringComparer.Ordinal);
        var rejected = new HashSet<string>(StringComparer.Ordinal);
        await GitHubRetry.RunAsync(retryPolicy, target, async () =>
        {
            var existing = await client.PullRequest.ReviewComment.GetAll(target.Owner, target.Repository, target.PullRequestNumber, AllPages());
            var presentKeys = existing.SelectMany(comment => InlineCommentMarker.KeysIn(comment.Body)).ToHashSet(StringComparer.Ordinal);
            foreach (var comment in distinct.Where(comment => !presentKeys.Contains(comment.Key) && !posted.Contains(comment.Key) && !rejected.Contains(comment.Key)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var request = new LineReviewCommentRequest(InlineCommentMarker.Append(comment.Body, comment.Key), headSha, comment.Path, comment.Line, RightSide);
                try
                {
                    await connection.Post<PullRequestReviewComment>(endpoint, request, cancellationToken);
                    posted.Add(comment.Key);
                }
                catch (ApiValidationException)
                {
                    rejected.Add(comment.Key);
                }
            }

            return true;
        }, cancellationToken);
        return new InlineCommentsResult(posted.Count, distinct.Count - posted.Count - rejected.Count, rejected.Count);
    }

    /// <summary>
    /// The pull request's head commit: the target's when the event file named it, else GitHub's answer. Links to lines and
    /// inline comments need it; the checked-out commit of a pull_request workflow is a merge commit instead.
    /// </summary>
    /// <exception cref="PublishingException">GitHub refused or could not be reached.</exception>
    public async Task<string> ResolveHeadShaAsync(GitHubTarget target, CancellationToken cancellationToken)
    {
        if (target.HeadSha is { } known)
        {
            return known;
        }

        var client = GitHubClientFactory.Create(target);
        var pullRequest = await GitHubRetry.RunAsync(retryPolicy, target,
            () => client.PullRequest.Get(target.Owner, target.Repository, target.PullRequestNumber), cancellationToken);
        return pullRequest.Head?.Sha is { Length: > 0 } sha
            ? sha
            : throw new PublishingException($"GitHub named no head commit for {target.Description}");
    }

    private static ApiOptions AllPages() => new() { PageSize = PageSize };
}
