using System.Text.Json;
using ReviewGen.Publishing.GitHub;

namespace ReviewGen.Tests.Publishing;

/// <summary>Review comments on diff lines through the real Octokit client: placed by line, never repeated, refusals skipped.</summary>
public sealed class InlineCommentTests
{
    private const string ReviewCommentsPath = "/api/v3/repos/octo/hello/pulls/7/comments";

    [Fact]
    public async Task New_comments_are_placed_on_the_head_side_of_their_line()
    {
        using var server = new FakeGitHubServer();
        InlineComment[] comments =
        [
            new("src/Client.cs", 12, "Certificate validation is disabled.", "RG0001:src/Client.cs:a1"),
            new("src/Server.cs", 40, "TLS 1.0 is allowed.", "RG0007:src/Server.cs:b2"),
        ];

        var result = await new GitHubPullRequestPoster().PostInlineCommentsAsync(server.Target(), FakeGitHubServer.HeadSha, comments, CancellationToken.None);

        Assert.Equal(new InlineCommentsResult(Posted: 2, AlreadyPresent: 0, Rejected: 0), result);
        Assert.Equal([$"GET {ReviewCommentsPath}", $"POST {ReviewCommentsPath}", $"POST {ReviewCommentsPath}"],
            server.Requests.Select(request => request.ToString()));
        var first = JsonDocument.Parse(server.Requests[1].Body).RootElement;
        Assert.Equal(
            ["body", "commit_id", "line", "path", "side"],
            first.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Certificate validation is disabled.\n\n<!-- reviewgen-inline:RG0001:src/Client.cs:a1 -->", first.GetProperty("body").GetString());
        Assert.Equal(FakeGitHubServer.HeadSha, first.GetProperty("commit_id").GetString());
        Assert.Equal("src/Client.cs", first.GetProperty("path").GetString());
        Assert.Equal(12, first.GetProperty("line").GetInt32());
        Assert.Equal("RIGHT", first.GetProperty("side").GetString());
        Assert.Equal([("src/Client.cs", 12), ("src/Server.cs", 40)], server.ReviewComments.Select(comment => (comment.Path!, comment.Line!.Value)));
    }

    [Fact]
    public async Task Comments_an_earlier_run_posted_are_not_posted_again()
    {
        using var server = new FakeGitHubServer();
        server.AddReviewComment("Certificate validation is disabled.\n\n<!-- reviewgen-inline:k1 -->", "src/Client.cs", 12);
        InlineComment[] comments = [new("src/Client.cs", 12, "Certificate validation is disabled.", "k1"), new("src/Client.cs", 20, "Weak cipher.", "k2")];
        var poster = new GitHubPullRequestPoster();

        var first = await poster.PostInlineCommentsAsync(server.Target(), FakeGitHubServer.HeadSha, comments, CancellationToken.None);
        var second = await poster.PostInlineCommentsAsync(server.Target(), FakeGitHubServer.HeadSha, comments, CancellationToken.None);

        Assert.Equal(new InlineCommentsResult(Posted: 1, AlreadyPresent: 1, Rejected: 0), first);
        Assert.Equal(new InlineCommentsResult(Posted: 0, AlreadyPresent: 2, Rejected: 0), second);
        Assert.Equal(2, server.ReviewComments.Count);
        var create = Assert.Single(server.Requests, request => request.Method == "POST");
        Assert.Contains("<!-- reviewgen-inline:k2 -->", create.Body);
    }

    [Fact]
    public async Task A_line_outside_the_diff_is_skipped_and_the_others_are_posted()
    {
        using var server = new FakeGitHubServer();
        server.LinesOutsideDiff.Add(("src/Client.cs", 99));
        InlineComment[] comments =
        [
            new("src/Client.cs", 99, "Outside the diff.", "k1"),
            new("src/Client.cs", 10, "Inside.", "k2"),
            new("src/Client.cs", 11, "Inside too.", "k3"),
        ];

        var result = await new GitHubPullRequestPoster().PostInlineCommentsAsync(server.Target(), FakeGitHubServer.HeadSha, comments, CancellationToken.None);

        Assert.Equal(new InlineCommentsResult(Posted: 2, AlreadyPresent: 0, Rejected: 1), result);
        Assert.Equal([10, 11], server.ReviewComments.Select(comment => comment.Line!.Value));
        Assert.Equal(3, server.Requests.Count(request => request.Method == "POST"));
    }

    [Fact]
    public async Task Comments_with_the_same_key_are_posted_once()
    {
        using var server = new FakeGitHubServer();
        InlineComment[] comments = [new("src/Client.cs", 12, "First.", "k1"), new("src/Client.cs", 13, "Same finding.", "k1")];

        var result = await new GitHubPullRequestPoster().PostInlineCommentsAsync(server.Target(), FakeGitHubServer.HeadSha, comments, CancellationToken.None);

        Assert.Equal(new InlineCommentsResult(Posted: 1, AlreadyPresent: 0, Rejected: 0), result);
        Assert.Equal(12, Assert.Single(server.ReviewComments).Line);
    }

    [Fact]
    public async Task No_comments_make_no_request()
    {
        using var server = new FakeGitHubServer();

        var result = await new GitHubPullRequestPoster().PostInlineCommentsAsync(server.Target(), FakeGitHubServer.HeadSha, [], CancellationToken.None);

        Assert.Equal(new InlineCommentsResult(0, 0, 0), result);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("a-->b")]
    [InlineData("a b")]
    [InlineData("")]
    public async Task A_key_that_would_break_its_hidden_marker_is_refused(string key)
    {
        using var server = new FakeGitHubServer();

        await Assert.ThrowsAsync<ArgumentException>(() => new GitHubPullRequestPoster().PostInlineCommentsAsync(
            server.Target(), FakeGitHubServer.HeadSha, [new("src/Client.cs", 1, "text", key)], CancellationToken.None));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task The_head_commit_is_asked_of_GitHub_only_when_the_event_did_not_name_it()
    {
        using var server = new FakeGitHubServer();
        var poster = new GitHubPullRequestPoster();

        var fromGitHub = await poster.ResolveHeadShaAsync(server.Target(), CancellationToken.None);
        var fromEvent = await poster.ResolveHeadShaAsync(server.Target(headSha: "feedface"), CancellationToken.None);

        Assert.Equal(FakeGitHubServer.HeadSha, fromGitHub);
        Assert.Equal("feedface", fromEvent);
        Assert.Equal(["GET /api/v3/repos/octo/hello/pulls/7"], server.Requests.Select(request => request.ToString()));
    }
}
