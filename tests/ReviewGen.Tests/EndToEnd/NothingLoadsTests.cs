using ReviewGen.Cli;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

/// <summary>When no project of the solution loads there is nothing to review: no review, exit code 3, one line that says why.</summary>
public sealed class NothingLoadsTests
{
    [Fact]
    public async Task A_solution_whose_every_project_fails_is_exit_code_3_with_one_line()
    {
        var result = await CliRunner.RunAsync("analyze", Path.Combine(RepositoryPaths.Fixtures, "NothingLoads", "NothingLoads.sln"), "--format", "json");

        ExitCodeTests.AssertOneLineError(result, ExitCodes.NothingLoaded, "none of the 2 projects of NothingLoads could be loaded");
        Assert.Contains("ReviewGen.Missing.Sdk", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(result.StandardOutput);
    }
}
