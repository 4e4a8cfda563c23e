using System.Text.Json;

namespace ReviewGen.Rendering.PullRequest;

/// <summary>
/// What posting a change's review needs, written by <c>pr --format post</c> so that a separate job (a
/// <c>workflow_run</c> that never runs the pull request's code) can post it with <c>reviewgen post</c>.
/// </summary>
/// <param name="PullRequest">The pull request it was made for, when the environment named one; a poster checks it.</param>
/// <param name="HeadCommit">The commit that was analyzed; inline comments are anchored to it.</param>
/// <param name="Marker">The hidden marker by which later runs find the comment to update.</param>
/// <param name="Comment">The comment's Markdown, marker included.</param>
public sealed record PrPostDocument(
    string SchemaVersion,
    int? PullRequest,
    string HeadCommit,
    string Marker,
    string Comment,
    IReadOnlyList<PrInlineComment> Inline)
{
    public const string CurrentSchemaVersion = "1.0";

    public const string FileName = "pr-post.json";

    private static readonly JsonSerializerOptions Options = new(JsonRenderer.Options) { AllowTrailingCommas = false };

    public string ToJson() => JsonSerializer.Serialize(this, Options) + "\n";

    /// <exception cref="InvalidDataException">The text is not such a document.</exception>
    public static PrPostDocument Parse(string json)
    {
        PrPostDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<PrPostDocument>(json, Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not a pr-post document ({e.Message.ReplaceLineEndings(" ")})");
        }
        if (document is null || document.SchemaVersion != CurrentSchemaVersion || document.Comment is null || document.HeadCommit is null
            || document.Marker is null || document.Inline is null)
        {
            throw new InvalidDataException($"not a pr-post document of version {CurrentSchemaVersion}");
        }
        return document;
    }
}
