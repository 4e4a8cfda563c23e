using ReviewGen.Review;

namespace ReviewGen.Rendering;

/// <summary>The review as Markdown, from <c>review.md.sbn</c>.</summary>
public sealed class MarkdownRenderer(TemplateDirectory templates) : IReviewRenderer
{
    private readonly ReviewTemplate _template = new(templates, "review.md.sbn", MarkdownFunctions.Create);

    public string Format => "md";

    public string FileName => "review.md";

    public string Render(ReviewModel review) => _template.Render(review);
}
