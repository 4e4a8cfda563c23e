namespace ReviewGen.Publishing.GitHub;

/// <summary>What <see cref="GitHubPullRequestPoster.PostInlineCommentsAsync"/> did with the comments it was given (distinct keys).</summary>
/// <param name="Posted">New review comments.</param>
/// <param name="AlreadyPresent">Comments whose key an earlier run had posted, left as they are.</param>
/// <param name="Rejected">Comments GitHub refused with 422, usually because the line is not in the diff.</param>
public sealed record InlineCommentsResult(int Posted, int AlreadyPresent, int Rejected);
