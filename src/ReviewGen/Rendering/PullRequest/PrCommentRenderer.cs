namespace ReviewGen.Rendering.PullRequest;

/// <summary>The pull request comment as Markdown, from <c>pr-comment.md.sbn</c>, no longer than the cap.</summary>
public sealed class PrCommentRenderer(TemplateDirectory templates, int maxLength = PrCommentRenderer.DefaultMaxLength)
{
    /// <summary>Safely below GitHub's 65,536-character limit for a comment body, leaving room for what a poster adds.</summary>
    public const int DefaultMaxLength = 60_000;

    private readonly ReviewTemplate _template = new(templates, "pr-comment.md.sbn", PrCommentFunctions.Create);

    public string Render(PrCommentModel comment) => CommentSizeCap.Fit(comment, _template.Render, maxLength);
}
