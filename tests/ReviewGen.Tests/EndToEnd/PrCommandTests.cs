using System.Text.Json;
using System.Text.RegularExpressions;
using ReviewGen.Cli;
using ReviewGen.Rendering.PullRequest;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

/// <summary>
/// <c>reviewgen pr</c> through the real CLI on a git repository of the sample: a branch that adds one TLS defect and
/// edits unrelated code yields a comment with exactly that finding, however the head is reached.
/// </summary>
public sealed class PrCommandTests(PrRepositoryFixture repository) : IClassFixture<PrRepositoryFixture>
{
    private string ExpectedLink => $"{PrRepositoryFixture.LinkBase}/{PrRepositoryFixture.Factory}#L{repository.DefectLine}";

    [Fact]
    public void The_working_tree_comment_has_exactly_the_added_defect()
    {
        Assert.True(repository.WorkingTree.ExitCode == ExitCodes.FindingsAtOrAboveThreshold, repository.WorkingTree.StandardError);

        AssertExactlyTheDefect(repository.Read("pr-comment.md"));
    }

    [Fact]
    public void A_head_that_is_not_checked_out_gives_the_same_comment_and_its_worktree_is_removed()
    {
        Assert.True(repository.Worktree.ExitCode == ExitCodes.Success, repository.Worktree.StandardError);

        AssertExactlyTheDefect(repository.Worktree.StandardOutput);
        Assert.Equal(repository.Read("pr-comment.md"), repository.Worktree.StandardOutput);
        Assert.Single(Regex.Matches(repository.WorktreesAfter, "^worktree ", RegexOptions.Multiline));
    }

    [Fact]
    public void Sarif_and_json_hold_the_new_finding_only()
    {
        using var sarif = JsonDocument.Parse(repository.Read("pr-findings.sarif"));
        using var json = JsonDocument.Parse(repository.Read("pr-findings.json"));

        var result = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("RG0001", result.GetProperty("ruleId").GetString());
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("src/TlsSample.Client/Http/ApiHttpClientFactory.cs", region.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(repository.DefectLine, region.GetProperty("region").GetProperty("startLine").GetInt32());
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("RG0001", finding.GetProperty("ruleId").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("verdict").GetProperty("total").GetInt32());
    }

    [Fact]
    public void A_rename_and_a_passing_edit_give_the_one_line_clean_comment()
    {
        Assert.True(repository.Tidy.ExitCode == ExitCodes.Success, repository.Tidy.StandardError);

        Assert.Matches(
            $"^{Regex.Escape(PrCommentModel.CommentMarker)}\nNo new TLS findings in the lines this change touches \\([1-9]\\d* TLS regions? checked\\)\\.\n$",
            repository.Tidy.StandardOutput);
    }

    private void AssertExactlyTheDefect(string comment)
    {
        Assert.StartsWith(PrCommentModel.CommentMarker + "\n", comment);
        Assert.Contains("\n**1 new TLS finding: ", comment);
        var row = Assert.Single(Regex.Matches(comment, @"^\| F\d+ \|.*$", RegexOptions.Multiline)).Value;
        Assert.Contains("| RG0001 |", row);
        Assert.Contains($"]({ExpectedLink})", row);
        Assert.Single(Regex.Matches(comment, "^<details>$", RegexOptions.Multiline));
        Assert.Contains(PrRepositoryFixture.Defect, comment);
        Assert.DoesNotContain("process_uptime_seconds", comment);
        Assert.DoesNotContain("MetricsEndpoint", comment);
        Assert.DoesNotContain("Notes.cs", comment);
    }
}
