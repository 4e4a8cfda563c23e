using ReviewGen.Cli;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

/// <summary>A baseline that cannot be used stops the run at once with one line naming it; nothing is loaded first.</summary>
public sealed class BaselineErrorTests
{
    [Fact]
    public async Task A_missing_baseline_is_bad_input()
    {
        var result = await CliRunner.RunAsync("analyze", RepositoryPaths.Sample, "--baseline", "no/such/baseline.json");

        ExitCodeTests.AssertOneLineError(result, ExitCodes.BadInput, "no/such/baseline.json does not exist");
    }

    [Theory]
    [InlineData("{ not json", "is not valid JSON")]
    [InlineData("""{ "version": 7, "findings": [] }""", "is of version 7")]
    [InlineData("""{ "version": 1 }""", "is not a valid ReviewGen baseline")]
    public async Task A_baseline_that_is_not_one_of_this_version_is_bad_input(string text, string reason)
    {
        using var folder = new TemporaryFolder("reviewgen-bad-baseline-");
        File.WriteAllText(folder.File("baseline.json"), text);

        var result = await CliRunner.RunAsync("analyze", RepositoryPaths.Sample, "--baseline", folder.File("baseline.json"));

        ExitCodeTests.AssertOneLineError(result, ExitCodes.BadInput, reason);
        Assert.Contains("baseline.json", result.StandardError);
    }

    [Fact]
    public async Task The_baseline_command_does_not_overwrite_a_file_without_force()
    {
        using var folder = new TemporaryFolder("reviewgen-baseline-out-");
        var target = folder.File("reviewgen-baseline.json");
        File.WriteAllText(target, "mine");

        var result = await CliRunner.RunAsync("baseline", RepositoryPaths.Sample, "-o", target);

        ExitCodeTests.AssertOneLineError(result, ExitCodes.BadInput, "--force");
        Assert.Equal("mine", File.ReadAllText(target));
    }

    [Fact]
    public async Task The_baseline_command_needs_an_output_file()
    {
        var result = await CliRunner.RunAsync("baseline", RepositoryPaths.Sample);

        ExitCodeTests.AssertOneLineError(result, ExitCodes.BadInput, "--output");
    }
}
