using ReviewGen.Rendering.PullRequest;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Rendering.PullRequest;

public sealed class CommentLinkBaseTests
{
    private const string Analyzed = "1111111111111111111111111111111111111111";
    private const string PullRequestHead = "2222222222222222222222222222222222222222";
    private const string MergeCommit = "3333333333333333333333333333333333333333";

    [Fact]
    public void The_option_wins_without_its_trailing_slash()
    {
        Assert.Equal("https://example.test/tree", CommentLinkBase.Resolve("https://example.test/tree/", GitHub(null), Analyzed));
    }

    [Fact]
    public void In_github_actions_links_use_the_pull_requests_head_never_the_merge_commit()
    {
        using var folder = new TemporaryFolder("reviewgen-event-");
        var eventPath = folder.File("event.json");
        File.WriteAllText(eventPath, $$"""{ "pull_request": { "head": { "sha": "{{PullRequestHead}}" } }, "after": "{{MergeCommit}}" }""");

        Assert.Equal($"https://github.com/octo/repo/blob/{PullRequestHead}", CommentLinkBase.Resolve(null, GitHub(eventPath), Analyzed));
    }

    [Fact]
    public void Without_a_pull_request_event_links_use_the_analyzed_commit()
    {
        using var folder = new TemporaryFolder("reviewgen-event-");
        var eventPath = folder.File("event.json");
        File.WriteAllText(eventPath, """["not", "an", "event"]""");

        Assert.Equal($"https://github.com/octo/repo/blob/{Analyzed}", CommentLinkBase.Resolve(null, GitHub(eventPath), Analyzed));
        Assert.Equal($"https://github.com/octo/repo/blob/{Analyzed}", CommentLinkBase.Resolve(null, GitHub(folder.File("missing.json")), Analyzed));
    }

    [Fact]
    public void Outside_github_and_without_the_option_there_are_no_links()
    {
        Assert.Null(CommentLinkBase.Resolve(null, _ => null, Analyzed));
    }

    private static Func<string, string?> GitHub(string? eventPath) => name => name switch
    {
        "GITHUB_SERVER_URL" => "https://github.com",
        "GITHUB_REPOSITORY" => "octo/repo",
        "GITHUB_SHA" => MergeCommit,
        "GITHUB_EVENT_PATH" => eventPath,
        _ => null,
    };
}
