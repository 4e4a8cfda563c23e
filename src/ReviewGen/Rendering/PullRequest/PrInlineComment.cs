namespace ReviewGen.Rendering.PullRequest;

/// <summary>A comment on one line of the pull request's diff, next to a new finding.</summary>
/// <param name="Path">Relative to the repository root, forward slashes.</param>
/// <param name="Line">A line of the head commit that the change touched: GitHub accepts review comments only there.</param>
/// <param name="Body">Markdown, made inert like the comment's.</param>
/// <param name="Key">Names the finding across runs (rule and fingerprint), so a later run does not post it again.</param>
public sealed record PrInlineComment(string Path, int Line, string Body, string Key);
