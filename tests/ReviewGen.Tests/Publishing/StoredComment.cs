namespace ReviewGen.Tests.Publishing;

/// <summary>A comment <see cref="FakeGitHubServer"/> holds; the review fields are null for the conversation's comments.</summary>
public sealed class StoredComment(long id, string body)
{
    public long Id { get; } = id;

    public string Body { get; set; } = body;

    public string? Path { get; init; }

    public int? Line { get; init; }

    public string? Side { get; init; }

    public string? CommitId { get; init; }
}
