using ReviewGen.Review;

namespace ReviewGen.Rendering;

/// <summary>One output format of the review. Renderers read only the model, so every format says the same thing.</summary>
public interface IReviewRenderer
{
    /// <summary>The name given to <c>--format</c>: "md", "html", "sarif" or "json".</summary>
    string Format { get; }

    /// <summary>The file the format is written to in the output folder.</summary>
    string FileName { get; }

    /// <summary>The whole document, LF line endings, identical bytes for an identical model.</summary>
    string Render(ReviewModel review);
}
