using ReviewGen.Loading;

namespace ReviewGen.Tests.Loading;

public sealed class SlnxSolution() : LoadedFixture("Slnx/Slnx.slnx");

public sealed class SlnxLoadTests(SlnxSolution fixture) : IClassFixture<SlnxSolution>
{
    [Fact]
    public async Task Projects_nested_in_folders_load_and_bind()
    {
        Assert.Equal(
            ["src/App/App.csproj", "src/Lib/Lib.csproj"],
            fixture.Loaded.Projects.Select(p => fixture.Loaded.RelativePath(p.FilePath)));
        Assert.All(fixture.Loaded.Projects, p => Assert.Equal(ProjectLoadStatus.Loaded, p.Status));
        SslStreamBinding.AssertBinds(await fixture.CompilationOf(Assert.Single(fixture.Project("App").Targets)));
    }
}
