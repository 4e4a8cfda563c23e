namespace ReviewGen.Publishing.GitHub;

/// <summary>What <see cref="GitHubPullRequestPoster.UpsertCommentAsync"/> did, for the CLI's one-line report.</summary>
/// <param name="HtmlUrl">The comment's page address; empty when GitHub's answer did not name it.</param>
public sealed record CommentUpsertResult(CommentUpsertAction Action, long CommentId, string HtmlUrl);
