using ReviewGen.Loading;

namespace ReviewGen.Tests.Loading;

public sealed class SingleProject() : LoadedFixture("SingleProject/Single.csproj");

public sealed class SingleProjectLoadTests(SingleProject fixture) : IClassFixture<SingleProject>
{
    [Fact]
    public async Task A_project_file_loads_on_its_own()
    {
        var project = Assert.Single(fixture.Loaded.Projects);
        Assert.Equal(("Single", ProjectLoadStatus.Loaded), (project.Name, project.Status));
        Assert.Equal("Single", fixture.Loaded.Name);
        Assert.Equal(["Loading projects (1 of 1): Single.csproj"], fixture.ProgressMessages.Skip(1));
        SslStreamBinding.AssertBinds(await fixture.CompilationOf(Assert.Single(project.Targets)));
    }
}
