namespace ReviewGen.Tests.Publishing;

/// <summary>One request as <see cref="FakeGitHubServer"/> received it.</summary>
/// <param name="Path">The URL path, /api/v3/ prefix included.</param>
/// <param name="Query">The query string without its '?', empty when none.</param>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The query is left out: Octokit adds parameters of its own (sort, direction) that tests need not pin.</summary>
    public override string ToString() => $"{Method} {Path}";
}
