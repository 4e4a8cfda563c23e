using ReviewGen.Loading;

namespace ReviewGen.Tests.Loading;

public sealed class MultiTargetProject() : LoadedFixture("MultiTarget/MultiTarget.csproj");

public sealed class MultiTargetLoadTests(MultiTargetProject fixture) : IClassFixture<MultiTargetProject>
{
    [Fact]
    public void One_project_file_has_one_target_per_framework()
    {
        var project = Assert.Single(fixture.Loaded.Projects);
        Assert.Equal(ProjectLoadStatus.Loaded, project.Status);
        Assert.Equal(["net10.0", "net8.0"], project.Targets.Select(t => t.TargetFramework));
        Assert.Equal(
            ["MultiTarget(net10.0)", "MultiTarget(net8.0)"],
            project.Targets.Select(t => fixture.Loaded.Solution.GetProject(t.Id)!.Name));
        Assert.Single(fixture.ProgressMessages, m => m.StartsWith("Loading", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_target_binds_against_its_own_framework()
    {
        foreach (var target in fixture.Project("MultiTarget").Targets)
        {
            var compilation = await fixture.CompilationOf(target);
            SslStreamBinding.AssertBinds(compilation);
            var corlibVersion = compilation.GetSpecialType(Microsoft.CodeAnalysis.SpecialType.System_Object).ContainingAssembly.Identity.Version;
            Assert.Equal(target.TargetFramework == "net8.0" ? 8 : 10, corlibVersion.Major);
        }
    }
}
