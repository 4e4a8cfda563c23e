using System.Text.Json;

namespace ReviewGen.Publishing.GitHub;

/// <summary>
/// What the workflow event file (GITHUB_EVENT_PATH) says about the pull request: its number and head commit. Only
/// pull_request and pull_request_target events carry them; for other events both are null.
/// </summary>
internal sealed record PullRequestEvent(int? Number, string? HeadSha)
{
    /// <exception cref="PublishingException">The file cannot be read or is not JSON.</exception>
    public static PullRequestEvent Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            return From(document.RootElement);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PublishingException($"cannot read the event file GITHUB_EVENT_PATH={path}: {e.Message}");
        }
        catch (JsonException e)
        {
            throw new PublishingException($"the event file GITHUB_EVENT_PATH={path} is not JSON: {e.Message}");
        }
    }

    private static PullRequestEvent From(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new PullRequestEvent(null, null);
        }

        var pullRequest = Property(root, "pull_request");
        var number = PositiveNumber(pullRequest is { } pr ? Property(pr, "number") : null) ?? PositiveNumber(Property(root, "number"));
        var head = pullRequest is { } withHead ? Property(withHead, "head") : null;
        var sha = head is { } h && Property(h, "sha") is { ValueKind: JsonValueKind.String } text ? text.GetString() : null;
        return new PullRequestEvent(number, string.IsNullOrWhiteSpace(sha) ? null : sha);
    }

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    private static int? PositiveNumber(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Number } number && number.TryGetInt32(out var value) && value > 0 ? value : null;
}
