using ReviewGen.Cli;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

/// <summary>What <c>reviewgen pr</c> cannot do is one line on standard error and exit code 2, before any analysis.</summary>
public sealed class PrCommandErrorTests
{
    [Fact]
    public async Task A_solution_outside_a_git_repository_is_bad_input()
    {
        using var folder = new TemporaryFolder("reviewgen-nogit-");
        File.WriteAllText(folder.File("App.sln"), "");

        var result = await CliRunner.RunAsync("pr", folder.File("App.sln"), "--base", "main");

        AssertOneLineError(result, "is not in a git repository");
    }

    [Fact]
    public async Task An_unknown_base_is_bad_input()
    {
        using var repository = new ScratchRepository("reviewgen-pr-error-");
        repository.Write("App.sln", "");
        repository.CommitAll("base");

        var result = await CliRunner.RunInAsync(repository.Root, "pr", "App.sln", "--base", "no-such-branch");

        AssertOneLineError(result, "unknown revision 'no-such-branch'");
    }

    [Fact]
    public async Task The_base_is_required()
    {
        var result = await CliRunner.RunAsync("pr", RepositoryPaths.Sample);

        AssertOneLineError(result, "--base");
    }

    [Fact]
    public async Task Html_is_not_a_pr_format()
    {
        var result = await CliRunner.RunAsync("pr", RepositoryPaths.Sample, "--base", "HEAD", "--format", "html");

        AssertOneLineError(result, "md, sarif, json");
    }

    private static void AssertOneLineError(CliRunner.Result result, string expected)
    {
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("reviewgen: ", line);
        Assert.Contains(expected, line);
        Assert.Equal("", result.StandardOutput);
    }

    [Fact]
    public async Task Inline_without_post_is_bad_usage()
    {
        var result = await CliRunner.RunAsync("pr", RepositoryPaths.Sample, "--base", "HEAD", "--inline");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("reviewgen: --inline and --api-url are options of --post github", result.StandardError.Trim());
    }
}
