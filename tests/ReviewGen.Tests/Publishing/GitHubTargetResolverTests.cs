using ReviewGen.Publishing.GitHub;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Publishing;

/// <summary>Finding the pull request from a workflow's variables and the command line's options, and the messages when one is missing.</summary>
public sealed class GitHubTargetResolverTests : IDisposable
{
    private const string Token = "ghs_ResolverTokenNeverShown99";
    private const string PullRequestEvent = """{"action":"opened","number":7,"pull_request":{"number":7,"head":{"sha":"abc123"}}}""";

    private readonly TemporaryFolder folder = new("reviewgen-event-");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_pull_request_workflow_names_everything()
    {
        var target = GitHubTargetResolver.Resolve(Environment(("GITHUB_EVENT_PATH", EventFile(PullRequestEvent))), null, null);

        Assert.Equal(new GitHubTarget(new Uri("https://api.github.com"), "octo", "hello", 7, Token, "abc123"), target);
    }

    [Fact]
    public void The_top_level_number_serves_when_the_event_has_no_pull_request_object()
    {
        var target = GitHubTargetResolver.Resolve(Environment(("GITHUB_EVENT_PATH", EventFile("""{"number":12}"""))), null, null);

        Assert.Equal(12, target.PullRequestNumber);
        Assert.Null(target.HeadSha);
    }

    [Fact]
    public void The_pr_option_wins_and_keeps_the_event_head_only_for_the_same_pull_request()
    {
        var environment = Environment(("GITHUB_EVENT_PATH", EventFile(PullRequestEvent)));

        var other = GitHubTargetResolver.Resolve(environment, 9, null);
        var same = GitHubTargetResolver.Resolve(environment, 7, null);

        Assert.Equal((9, (string?)null), (other.PullRequestNumber, other.HeadSha));
        Assert.Equal((7, "abc123"), (same.PullRequestNumber, same.HeadSha));
    }

    [Fact]
    public void The_pr_option_needs_no_event_file()
    {
        var target = GitHubTargetResolver.Resolve(Environment(), 3, null);

        Assert.Equal(3, target.PullRequestNumber);
    }

    [Fact]
    public void The_api_url_comes_from_the_option_then_GITHUB_API_URL()
    {
        var environment = Environment(("GITHUB_API_URL", "https://ghe.example/api/v3"));

        Assert.Equal(new Uri("https://ghe.example/api/v3"), GitHubTargetResolver.Resolve(environment, 1, null).ApiUrl);
        Assert.Equal(new Uri("http://127.0.0.1:9/"), GitHubTargetResolver.Resolve(environment, 1, "http://127.0.0.1:9/").ApiUrl);
    }

    [Theory]
    [InlineData(null, "GITHUB_TOKEN is not set")]
    [InlineData("  ", "GITHUB_TOKEN is not set")]
    public void A_missing_token_is_named(string? token, string expected)
    {
        var failure = Assert.Throws<PublishingException>(() =>
            GitHubTargetResolver.Resolve(name => name == "GITHUB_TOKEN" ? token : Environment()(name), 1, null));

        Assert.StartsWith(expected, failure.Message);
    }

    [Theory]
    [InlineData(null, "GITHUB_REPOSITORY is not set")]
    [InlineData("hello", "GITHUB_REPOSITORY 'hello' is not owner/name")]
    [InlineData("octo/hello/extra", "GITHUB_REPOSITORY 'octo/hello/extra' is not owner/name")]
    [InlineData("octo/", "GITHUB_REPOSITORY 'octo/' is not owner/name")]
    public void A_missing_or_malformed_repository_is_named(string? repository, string expected)
    {
        var failure = Assert.Throws<PublishingException>(() =>
            GitHubTargetResolver.Resolve(name => name == "GITHUB_REPOSITORY" ? repository : Environment()(name), 1, null));

        Assert.StartsWith(expected, failure.Message);
    }

    [Fact]
    public void No_pull_request_anywhere_asks_for_the_pr_option()
    {
        var failure = Assert.Throws<PublishingException>(() => GitHubTargetResolver.Resolve(Environment(), null, null));

        Assert.Equal("no pull request to post to: pass --pr N, or run on a pull_request event (GITHUB_EVENT_PATH is not set)", failure.Message);
    }

    [Fact]
    public void An_event_without_a_pull_request_number_is_named()
    {
        var path = EventFile("""{"ref":"refs/heads/main","head_commit":{"id":"abc"}}""");

        var failure = Assert.Throws<PublishingException>(() =>
            GitHubTargetResolver.Resolve(Environment(("GITHUB_EVENT_PATH", path)), null, null));

        Assert.Equal($"the event file GITHUB_EVENT_PATH={path} names no pull request (pull_request.number); pass --pr N", failure.Message);
    }

    [Fact]
    public void An_event_file_that_is_not_JSON_is_named()
    {
        var path = EventFile("not json");

        var failure = Assert.Throws<PublishingException>(() =>
            GitHubTargetResolver.Resolve(Environment(("GITHUB_EVENT_PATH", path)), null, null));

        Assert.StartsWith($"the event file GITHUB_EVENT_PATH={path} is not JSON", failure.Message);
    }

    [Fact]
    public void A_missing_event_file_is_named()
    {
        var path = folder.File("missing.json");

        var failure = Assert.Throws<PublishingException>(() =>
            GitHubTargetResolver.Resolve(Environment(("GITHUB_EVENT_PATH", path)), null, null));

        Assert.StartsWith($"cannot read the event file GITHUB_EVENT_PATH={path}", failure.Message);
    }

    [Theory]
    [InlineData(0, null, "--pr 0 is not a pull request number")]
    [InlineData(1, "ftp://ghe.example", "--api-url 'ftp://ghe.example' is not an absolute http(s) URL")]
    [InlineData(1, "ghe.example", "--api-url 'ghe.example' is not an absolute http(s) URL")]
    public void Bad_option_values_are_named(int pullRequest, string? apiUrl, string expected)
    {
        var failure = Assert.Throws<PublishingException>(() => GitHubTargetResolver.Resolve(Environment(), pullRequest, apiUrl));

        Assert.Equal(expected, failure.Message);
    }

    [Fact]
    public void The_token_appears_neither_in_messages_nor_in_the_target_text()
    {
        var misplaced = Assert.Throws<PublishingException>(() =>
            GitHubTargetResolver.Resolve(name => name == "GITHUB_REPOSITORY" ? Token : Environment()(name), 1, null));
        var target = GitHubTargetResolver.Resolve(Environment(), 1, null);

        Assert.Equal("GITHUB_REPOSITORY '***' is not owner/name", misplaced.Message);
        Assert.Equal("octo/hello#1 at https://api.github.com/", target.ToString());
    }

    private static Func<string, string?> Environment(params (string Name, string Value)[] extra)
    {
        var variables = new Dictionary<string, string> { ["GITHUB_TOKEN"] = Token, ["GITHUB_REPOSITORY"] = "octo/hello" };
        foreach (var (name, value) in extra)
        {
            variables[name] = value;
        }

        return name => variables.GetValueOrDefault(name);
    }

    private string EventFile(string json)
    {
        var path = folder.File("event.json");
        File.WriteAllText(path, json);
        return path;
    }
}
