using System.Text.Json;
using ReviewGen.Publishing.GitHub;

namespace ReviewGen.Tests.Publishing;

/// <summary>The summary comment through the real Octokit client against the loopback GitHub: one comment, edited by later runs.</summary>
public sealed class CommentUpsertTests
{
    private const string Marker = "<!-- reviewgen:pr-comment -->";
    private const string CommentsPath = "/api/v3/repos/octo/hello/issues/7/comments";

    [Fact]
    public async Task A_first_post_creates_the_comment_with_the_marker_and_authenticates()
    {
        using var server = new FakeGitHubServer();

        var result = await new GitHubPullRequestPoster().UpsertCommentAsync(server.Target(), "## Review\nNo findings.", Marker, CancellationToken.None);

        var comment = Assert.Single(server.IssueComments);
        Assert.Equal($"{Marker}\n## Review\nNo findings.", comment.Body);
        Assert.Equal(new CommentUpsertResult(CommentUpsertAction.Created, comment.Id, $"https://github.example/octo/hello/pull/7#issuecomment-{comment.Id}"), result);
        Assert.Equal([$"GET {CommentsPath}", $"POST {CommentsPath}"], server.Requests.Select(request => request.ToString()));
        var create = server.Requests[1];
        Assert.Equal($"{Marker}\n## Review\nNo findings.", JsonDocument.Parse(create.Body).RootElement.GetProperty("body").GetString());
        Assert.All(server.Requests, request =>
        {
            Assert.Matches($"^(Token|Bearer) {FakeGitHubServer.Token}$", request.Header("Authorization"));
            Assert.StartsWith("reviewgen/", request.Header("User-Agent"));
        });
    }

    [Fact]
    public async Task An_enterprise_address_that_already_ends_in_api_v3_reaches_the_same_endpoints()
    {
        using var server = new FakeGitHubServer();
        var enterprise = server.Target() with { ApiUrl = new Uri(server.ApiUrl, "/api/v3") };

        await new GitHubPullRequestPoster().UpsertCommentAsync(enterprise, "review", Marker, CancellationToken.None);

        Assert.Equal([$"GET {CommentsPath}", $"POST {CommentsPath}"], server.Requests.Select(request => request.ToString()));
    }

    [Fact]
    public async Task A_body_that_holds_the_marker_is_posted_as_it_is()
    {
        using var server = new FakeGitHubServer();

        await new GitHubPullRequestPoster().UpsertCommentAsync(server.Target(), $"## Review\n{Marker}", Marker, CancellationToken.None);

        Assert.Equal($"## Review\n{Marker}", Assert.Single(server.IssueComments).Body);
    }

    [Fact]
    public async Task A_second_post_edits_the_marked_comment_instead_of_adding_one()
    {
        using var server = new FakeGitHubServer();
        var someoneElses = server.AddIssueComment("Looks good to me");
        var poster = new GitHubPullRequestPoster();
        var first = await poster.UpsertCommentAsync(server.Target(), "first review", Marker, CancellationToken.None);
        var requestsBefore = server.Requests.Count;

        var second = await poster.UpsertCommentAsync(server.Target(), "second review", Marker, CancellationToken.None);

        Assert.Equal(CommentUpsertAction.Updated, second.Action);
        Assert.Equal(first.CommentId, second.CommentId);
        Assert.Equal(["Looks good to me", $"{Marker}\nsecond review"], server.IssueComments.Select(comment => comment.Body));
        Assert.Equal(someoneElses.Id, server.IssueComments[0].Id);
        Assert.Equal(
            [$"GET {CommentsPath}", $"PATCH /api/v3/repos/octo/hello/issues/comments/{first.CommentId}"],
            server.Requests.Skip(requestsBefore).Select(request => request.ToString()));
        Assert.Equal($"{Marker}\nsecond review", JsonDocument.Parse(server.Requests[^1].Body).RootElement.GetProperty("body").GetString());
    }

    [Fact]
    public async Task A_marked_comment_on_a_later_page_is_found()
    {
        using var server = new FakeGitHubServer { MaxPageSize = 2 };
        server.AddIssueComment("one");
        server.AddIssueComment("two");
        var ours = server.AddIssueComment($"{Marker}\nold review");

        var result = await new GitHubPullRequestPoster().UpsertCommentAsync(server.Target(), "new review", Marker, CancellationToken.None);

        Assert.Equal(new CommentUpsertResult(CommentUpsertAction.Updated, ours.Id, $"https://github.example/octo/hello/pull/7#issuecomment-{ours.Id}"), result);
        Assert.Equal(3, server.IssueComments.Count);
        Assert.Equal($"{Marker}\nnew review", ours.Body);
        Assert.Equal(
            [$"GET {CommentsPath}", $"GET {CommentsPath}", $"PATCH /api/v3/repos/octo/hello/issues/comments/{ours.Id}"],
            server.Requests.Select(request => request.ToString()));
        Assert.Contains("per_page=100", server.Requests[0].Query);
        Assert.Contains("page=2", server.Requests[1].Query);
    }

    [Fact]
    public async Task A_marker_that_GitHub_would_show_is_refused()
    {
        using var server = new FakeGitHubServer();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            new GitHubPullRequestPoster().UpsertCommentAsync(server.Target(), "review", "reviewgen", CancellationToken.None));
        Assert.Empty(server.Requests);
    }
}
