using ReviewGen.Loading;

namespace ReviewGen.Tests.Loading;

public sealed class TwoProjectSolution() : LoadedFixture("TwoProjects/TwoProjects.sln");

public sealed class SolutionLoadTests(TwoProjectSolution fixture) : IClassFixture<TwoProjectSolution>
{
    [Fact]
    public void Both_projects_load_sorted_by_path_and_the_solution_folder_is_not_a_project()
    {
        Assert.Equal(
            [("App", ProjectLoadStatus.Loaded), ("Lib", ProjectLoadStatus.Loaded)],
            fixture.Loaded.Projects.Select(p => (p.Name, p.Status)));
        Assert.All(fixture.Loaded.Projects, p => Assert.Null(p.Reason));
    }

    [Fact]
    public void The_result_describes_the_input()
    {
        var loaded = fixture.Loaded;
        Assert.Equal(FixturePaths.Of("TwoProjects/TwoProjects.sln"), loaded.InputPath);
        Assert.Equal(FixturePaths.Of("TwoProjects"), loaded.RootDirectory);
        Assert.Equal("TwoProjects", loaded.Name);
        Assert.Equal("App/App.csproj", loaded.RelativePath(fixture.Project("App").FilePath));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == LoadDiagnosticSeverity.Error);
    }

    [Fact]
    public async Task Framework_types_bind_in_every_project()
    {
        foreach (var project in fixture.Loaded.Projects)
        {
            var target = Assert.Single(project.Targets);
            Assert.Equal("net10.0", target.TargetFramework);
            SslStreamBinding.AssertBinds(await fixture.CompilationOf(target));
        }
    }

    [Fact]
    public void Progress_counts_the_projects()
    {
        Assert.Equal("Restoring TwoProjects.sln", fixture.ProgressMessages[0]);
        Assert.Equal(
            ["Loading projects (1 of 2)", "Loading projects (2 of 2)"],
            fixture.ProgressMessages.Where(m => m.StartsWith("Loading", StringComparison.Ordinal)).Select(m => m[..m.IndexOf(':')]));
    }
}
