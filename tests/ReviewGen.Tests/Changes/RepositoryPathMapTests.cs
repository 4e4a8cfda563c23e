using ReviewGen.Changes;

namespace ReviewGen.Tests.Changes;

public sealed class RepositoryPathMapTests
{
    [Theory]
    [InlineData("", "src/App/Client.cs", "src/App/Client.cs")]
    [InlineData("services", "src/App/Client.cs", "services/src/App/Client.cs")]
    [InlineData("services/api", "../lib/Shared.cs", "services/lib/Shared.cs")]
    [InlineData("services", "./src/./A.cs", "services/src/A.cs")]
    [InlineData("", "../outside/A.cs", "../outside/A.cs")]
    public void A_solution_relative_path_becomes_repository_relative(string solutionFolder, string path, string expected)
    {
        Assert.Equal(expected, new RepositoryPathMap(solutionFolder).ToRepository(path));
    }
}
