using System.Text.Json;
using ReviewGen.Review;

namespace ReviewGen.Rendering;

/// <summary>The review model as JSON, camelCase, in declaration order, so <c>schemaVersion</c> comes first.</summary>
public sealed class JsonRenderer : IReviewRenderer
{
    /// <summary>The settings the file is written with; reading it back with them gives the same model.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = ReviewJson.Encoder,
    };

    public string Format => "json";

    public string FileName => "review.json";

    public string Render(ReviewModel review) => JsonSerializer.Serialize(review, Options) + "\n";
}
