namespace ReviewGen.Publishing.GitHub;

/// <summary>A review comment on one line of the pull request's new side.</summary>
/// <param name="Path">The file's path from the repository root with forward slashes, as the diff names it.</param>
/// <param name="Line">The 1-based line in the file at the head commit; GitHub rejects lines outside the diff.</param>
/// <param name="Body">The comment's Markdown.</param>
/// <param name="Key">
/// What identifies the finding across runs (say rule, path and a hash of the flagged code): a comment whose key is
/// already on the pull request is not posted again. Letters, digits and <c>._:/#@-</c> only, since it is written into an
/// HTML comment.
/// </param>
public sealed record InlineComment(string Path, int Line, string Body, string Key);
