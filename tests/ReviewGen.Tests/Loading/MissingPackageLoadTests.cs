using ReviewGen.Loading;

namespace ReviewGen.Tests.Loading;

public sealed class MissingPackageProject() : LoadedFixture("MissingPackage/MissingPackage.csproj");

public sealed class MissingPackageLoadTests(MissingPackageProject fixture) : IClassFixture<MissingPackageProject>
{
    [Fact]
    public void A_failed_restore_is_an_error_diagnostic_not_the_end_of_the_load()
    {
        var restoreError = Assert.Single(fixture.Loaded.Diagnostics, d => d.Source == "restore");
        Assert.Equal(LoadDiagnosticSeverity.Error, restoreError.Severity);
        Assert.StartsWith("NU1101: Unable to find package Nonexistent.Package.ReviewGen.", restoreError.Message, StringComparison.Ordinal);
        Assert.Equal(FixturePaths.Of("MissingPackage/MissingPackage.csproj"), restoreError.FilePath);
    }

    [Fact]
    public async Task The_project_still_loads_and_framework_types_bind()
    {
        var project = Assert.Single(fixture.Loaded.Projects);
        Assert.Equal(ProjectLoadStatus.Loaded, project.Status);
        SslStreamBinding.AssertBinds(await fixture.CompilationOf(Assert.Single(project.Targets)));
    }
}
