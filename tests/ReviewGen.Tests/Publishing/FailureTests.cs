using ReviewGen.Publishing.GitHub;

namespace ReviewGen.Tests.Publishing;

/// <summary>
/// What GitHub's refusals and outages become: bounded, recorded waits for rate limits and server errors, and one clear
/// <see cref="PublishingException"/> that names the pull request and never the token.
/// </summary>
public sealed class FailureTests
{
    private const string Marker = "<!-- reviewgen:pr-comment -->";
    private const string ListComments = "GET /api/v3/repos/octo/hello/issues/7/comments";

    [Fact]
    public async Task A_429_is_waited_out_for_its_Retry_After()
    {
        using var server = new FakeGitHubServer();
        server.Script(ScriptedResponse.TooManyRequests(7));
        var delays = new RecordedDelays();

        var result = await delays.Poster().UpsertCommentAsync(server.Target(), "review", Marker, CancellationToken.None);

        Assert.Equal(CommentUpsertAction.Created, result.Action);
        Assert.Equal([TimeSpan.FromSeconds(7)], delays.Waits);
        Assert.Equal([ListComments, ListComments], server.Requests.Take(2).Select(request => request.ToString()));
        Assert.Equal(3, server.Requests.Count);
        Assert.Single(server.IssueComments);
    }

    [Fact]
    public async Task A_spent_quota_is_waited_out_until_its_reset()
    {
        using var server = new FakeGitHubServer();
        server.Script(ScriptedResponse.QuotaSpent(RecordedDelays.Now.AddSeconds(5)));
        var delays = new RecordedDelays();

        await delays.Poster().UpsertCommentAsync(server.Target(), "review", Marker, CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(5)], delays.Waits);
        Assert.Single(server.IssueComments);
    }

    [Fact]
    public async Task A_rate_limit_that_asks_for_longer_than_the_longest_wait_fails_at_once()
    {
        using var server = new FakeGitHubServer();
        server.Script(ScriptedResponse.TooManyRequests(3600));
        var delays = new RecordedDelays();

        var failure = await Assert.ThrowsAsync<PublishingException>(() =>
            delays.Poster().UpsertCommentAsync(server.Target(), "review", Marker, CancellationToken.None));

        Assert.Contains("wait 3600 s", failure.Message);
        Assert.Contains("429", failure.Message);
        Assert.Empty(delays.Waits);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Two_server_errors_are_retried_with_growing_waits()
    {
        using var server = new FakeGitHubServer();
        server.Script(ScriptedResponse.ServerError(), ScriptedResponse.ServerError());
        var delays = new RecordedDelays();

        var result = await delays.Poster().UpsertCommentAsync(server.Target(), "review", Marker, CancellationToken.None);

        Assert.Equal(CommentUpsertAction.Created, result.Action);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], delays.Waits);
        Assert.Equal([ListComments, ListComments, ListComments], server.Requests.Take(3).Select(request => request.ToString()));
        Assert.Single(server.IssueComments);
    }

    [Fact]
    public async Task A_server_that_keeps_failing_ends_after_the_bounded_attempts()
    {
        using var server = new FakeGitHubServer { Override = _ => ScriptedResponse.ServerError() };
        var delays = new RecordedDelays();

        var failure = await Assert.ThrowsAsync<PublishingException>(() =>
            delays.Poster().UpsertCommentAsync(server.Target(), "review", Marker, CancellationToken.None));

        Assert.Equal("GitHub failed on pull request 7 of octo/hello after 3 attempts (500: Server Error)", failure.Message);
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], delays.Waits);
    }

    [Fact]
    public async Task A_create_that_GitHub_made_before_failing_is_edited_on_retry_not_repeated()
    {
        using var server = new FakeGitHubServer();
        var failedOnce = false;
        server.Override = request =>
        {
            if (request.Method != "POST" || failedOnce)
            {
                return null;
            }

            failedOnce = true;
            server.AddIssueComment($"{Marker}\nreview");
            return ScriptedResponse.Error(502, "Bad Gateway");
        };

        var result = await new RecordedDelays().Poster().UpsertCommentAsync(server.Target(), "review", Marker, CancellationToken.None);

        Assert.Equal(CommentUpsertAction.Updated, result.Action);
        Assert.Single(server.IssueComments);
    }

    [Fact]
    public async Task A_rate_limit_between_inline_comments_posts_each_once()
    {
        using var server = new FakeGitHubServer();
        var posts = 0;
        server.Override = request => request.Method == "POST" && ++posts == 2 ? ScriptedResponse.TooManyRequests(1) : null;
        InlineComment[] comments = [new("src/A.cs", 1, "one", "k1"), new("src/A.cs", 2, "two", "k2"), new("src/A.cs", 3, "three", "k3")];
        var delays = new RecordedDelays();

        var result = await delays.Poster().PostInlineCommentsAsync(server.Target(), FakeGitHubServer.HeadSha, comments, CancellationToken.None);

        Assert.Equal(new InlineCommentsResult(Posted: 3, AlreadyPresent: 0, Rejected: 0), result);
        Assert.Equal([1, 2, 3], server.ReviewComments.Select(comment => comment.Line!.Value));
        Assert.Equal([TimeSpan.FromSeconds(1)], delays.Waits);
    }

    [Fact]
    public async Task A_rejected_token_says_so_and_is_not_retried()
    {
        using var server = new FakeGitHubServer();
        const string wrongToken = "ghp_WrongTokenAlsoSecret77";
        var delays = new RecordedDelays();

        var failure = await Assert.ThrowsAsync<PublishingException>(() =>
            delays.Poster().UpsertCommentAsync(server.Target(wrongToken), "review", Marker, CancellationToken.None));

        Assert.StartsWith("GitHub rejected the token in GITHUB_TOKEN (401: Bad credentials)", failure.Message);
        Assert.DoesNotContain(wrongToken, failure.Message);
        Assert.Single(server.Requests);
        Assert.Empty(delays.Waits);
    }

    [Fact]
    public async Task An_unknown_pull_request_is_named()
    {
        using var server = new FakeGitHubServer();

        var failure = await Assert.ThrowsAsync<PublishingException>(() => new RecordedDelays().Poster()
            .UpsertCommentAsync(server.Target() with { PullRequestNumber = 8 }, "review", Marker, CancellationToken.None));

        Assert.StartsWith($"pull request 8 of octo/hello not found at {server.ApiUrl}", failure.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_403_without_a_rate_limit_says_the_token_may_not_write()
    {
        using var server = new FakeGitHubServer();
        server.Script(ScriptedResponse.Error(403, "Resource not accessible by integration"));
        var delays = new RecordedDelays();

        var failure = await Assert.ThrowsAsync<PublishingException>(() =>
            delays.Poster().UpsertCommentAsync(server.Target(), "review", Marker, CancellationToken.None));

        Assert.StartsWith("the token may not write to pull request 7 of octo/hello (403: Resource not accessible by integration)", failure.Message);
        Assert.Empty(delays.Waits);
    }

    [Fact]
    public async Task The_token_is_masked_when_GitHub_echoes_it()
    {
        using var server = new FakeGitHubServer();
        server.Script(ScriptedResponse.Error(400, $"token {FakeGitHubServer.Token}\nis malformed"));

        var failure = await Assert.ThrowsAsync<PublishingException>(() =>
            new RecordedDelays().Poster().UpsertCommentAsync(server.Target(), "review", Marker, CancellationToken.None));

        Assert.Equal("GitHub refused the request for pull request 7 of octo/hello (400: token *** is malformed)", failure.Message);
    }

    [Fact]
    public async Task An_unreachable_GitHub_is_retried_then_named()
    {
        Uri closed;
        using (var server = new FakeGitHubServer())
        {
            closed = server.ApiUrl;
        }

        var target = new GitHubTarget(closed, "octo", "hello", 7, FakeGitHubServer.Token, null);
        var delays = new RecordedDelays();

        var failure = await Assert.ThrowsAsync<PublishingException>(() =>
            delays.Poster().UpsertCommentAsync(target, "review", Marker, CancellationToken.None));

        Assert.StartsWith($"cannot reach GitHub at {closed} after 3 attempts", failure.Message);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], delays.Waits);
    }

    [Fact]
    public async Task No_failure_message_holds_the_token()
    {
        using var server = new FakeGitHubServer();
        ScriptedResponse[] failures =
        [
            ScriptedResponse.Error(401, "Bad credentials"),
            ScriptedResponse.Error(403, "Forbidden"),
            ScriptedResponse.Error(404, "Not Found"),
            ScriptedResponse.Error(422, "Validation Failed"),
            ScriptedResponse.TooManyRequests(600),
        ];
        var messages = new List<string>();
        foreach (var response in failures)
        {
            server.Script(response);
            var failure = await Assert.ThrowsAsync<PublishingException>(() =>
                new RecordedDelays().Poster().UpsertCommentAsync(server.Target(), "review", Marker, CancellationToken.None));
            messages.Add(failure.Message);
        }

        Assert.All(messages, message =>
        {
            Assert.DoesNotContain(FakeGitHubServer.Token, message);
            Assert.DoesNotContain('\n', message);
        });
        Assert.Equal(failures.Length, messages.Distinct().Count());
    }
}
