using ReviewGen.Review;

namespace ReviewGen.Rendering;

/// <summary>The review as one self-contained HTML page, from <c>review.html.sbn</c>.</summary>
public sealed class HtmlRenderer(TemplateDirectory templates) : IReviewRenderer
{
    private readonly ReviewTemplate _template = new(templates, "review.html.sbn", HtmlFunctions.Create);

    public string Format => "html";

    public string FileName => "review.html";

    public string Render(ReviewModel review) => _template.Render(review);
}
