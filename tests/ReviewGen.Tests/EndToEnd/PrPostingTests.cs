using System.Text.Json;
using ReviewGen.Tests.Publishing;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

public sealed class PrPostingTests(PrPostingFixture fixture) : IClassFixture<PrPostingFixture>
{
    [Fact]
    public void The_posted_comment_has_exactly_the_added_defect()
    {
        Assert.True(fixture.Baseline.ExitCode == 0, fixture.Baseline.StandardError);
        Assert.True(fixture.FirstPost.ExitCode == 0, fixture.FirstPost.StandardError);
        var comment = Assert.Single(fixture.GitHub.IssueComments);

        Assert.StartsWith("<!-- reviewgen:pr-comment -->", comment.Body, StringComparison.Ordinal);
        Assert.Equal(1, CountOccurrences(comment.Body, "| RG0"));
        Assert.Contains("RG0001", comment.Body, StringComparison.Ordinal);
        Assert.Contains("samples/TlsSample/src/TlsSample.Client/Http/ApiHttpClientFactory.cs", comment.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("MetricsEndpoint.cs", comment.Body, StringComparison.Ordinal);
        Assert.Equal(comment.Body, fixture.Read("pr-comment.md"));
        Assert.Contains("posted the comment on pull request 7 of octo/hello", fixture.FirstPost.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_run_updates_its_comment_and_repeats_no_diff_comment()
    {
        Assert.True(fixture.SecondPost.ExitCode == 0, fixture.SecondPost.StandardError);

        Assert.Equal((1, 1), fixture.AfterFirstPost);
        Assert.Single(fixture.GitHub.IssueComments);
        Assert.Single(fixture.GitHub.ReviewComments);
        Assert.Contains("updated the comment", fixture.SecondPost.StandardError, StringComparison.Ordinal);
        Assert.Contains("0 posted, 1 already there", fixture.SecondPost.StandardError, StringComparison.Ordinal);
        Assert.Single(fixture.GitHub.Requests, r => r.Method == "PATCH");
    }

    [Fact]
    public void The_diff_comment_sits_on_the_added_line_of_the_head_commit()
    {
        var inline = Assert.Single(fixture.GitHub.ReviewComments);
        var defectLine = Array.FindIndex(File.ReadAllLines(fixture.Repository.PathOf(PrRepositoryFixture.Factory)),
            l => l.Contains(PrRepositoryFixture.Defect, StringComparison.Ordinal)) + 1;

        Assert.Equal("samples/TlsSample/src/TlsSample.Client/Http/ApiHttpClientFactory.cs", inline.Path);
        Assert.Equal(defectLine, inline.Line);
        Assert.Equal("RIGHT", inline.Side);
        Assert.Equal(fixture.HeadCommit, inline.CommitId);
        Assert.StartsWith("**RG0001", inline.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_token_is_never_printed()
    {
        foreach (var run in new[] { fixture.FirstPost, fixture.SecondPost })
        {
            Assert.DoesNotContain(FakeGitHubServer.Token, run.StandardOutput + run.StandardError, StringComparison.Ordinal);
        }
        Assert.All(fixture.GitHub.Requests, r => Assert.Equal($"Token {FakeGitHubServer.Token}", r.Header("Authorization")));
    }

    [Fact]
    public void A_baseline_taken_before_the_change_leaves_only_the_new_finding_in_the_full_review()
    {
        Assert.True(fixture.FullReview.ExitCode == 0, fixture.FullReview.StandardError);
        using var review = JsonDocument.Parse(fixture.Read("review.json"));
        var finding = Assert.Single(review.RootElement.GetProperty("findings").EnumerateArray());
        var baseline = review.RootElement.GetProperty("baseline");

        Assert.Equal("RG0001", finding.GetProperty("ruleId").GetString());
        Assert.Equal("src/TlsSample.Client/Http/ApiHttpClientFactory.cs", finding.GetProperty("location").GetProperty("path").GetString());
        Assert.True(baseline.GetProperty("hidden").GetInt32() > 0);
        Assert.Equal(baseline.GetProperty("entries").GetInt32(), baseline.GetProperty("hidden").GetInt32());
    }

    [Fact]
    public async Task Post_publishes_the_written_result_only_for_the_pull_request_at_the_analyzed_commit()
    {
        var file = Path.Combine(fixture.OutputDirectory, "pr-post.json");

        fixture.GitHub.PullRequestHead = FakeGitHubServer.HeadSha;
        var moved = await CliRunner.RunWithEnvironmentAsync(fixture.Repository.Root, fixture.Environment,
            "post", file, "--post", "github", "--api-url", fixture.GitHub.ApiUrl.ToString(), "--expect-head", fixture.HeadCommit);
        var forged = await CliRunner.RunWithEnvironmentAsync(fixture.Repository.Root, fixture.Environment,
            "post", file, "--post", "github", "--api-url", fixture.GitHub.ApiUrl.ToString(), "--expect-head", FakeGitHubServer.HeadSha);
        fixture.GitHub.PullRequestHead = fixture.HeadCommit;
        var posted = await CliRunner.RunWithEnvironmentAsync(fixture.Repository.Root, fixture.Environment,
            "post", file, "--post", "github", "--api-url", fixture.GitHub.ApiUrl.ToString(), "--expect-head", fixture.HeadCommit);

        Assert.Equal(4, moved.ExitCode);
        Assert.Contains($"is at commit {FakeGitHubServer.HeadSha}, not {fixture.HeadCommit}; nothing was posted", moved.StandardError, StringComparison.Ordinal);
        Assert.Equal(4, forged.ExitCode);
        Assert.Contains("the result was made for commit", forged.StandardError, StringComparison.Ordinal);
        Assert.True(posted.ExitCode == 0, posted.StandardError);
        Assert.Single(fixture.GitHub.IssueComments);
    }

    [Fact]
    public async Task A_missing_token_is_a_clear_external_failure()
    {
        var environment = new Dictionary<string, string>(fixture.Environment) { ["GITHUB_TOKEN"] = "" };

        var result = await CliRunner.RunWithEnvironmentAsync(fixture.Repository.Root, environment,
            "post", Path.Combine(fixture.OutputDirectory, "pr-post.json"), "--post", "github", "--api-url", fixture.GitHub.ApiUrl.ToString());

        Assert.Equal(4, result.ExitCode);
        Assert.Equal("reviewgen: GITHUB_TOKEN is not set; posting to GitHub needs a token that may write to the pull request", result.StandardError.Trim());
    }

    private static int CountOccurrences(string text, string value) =>
        (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
