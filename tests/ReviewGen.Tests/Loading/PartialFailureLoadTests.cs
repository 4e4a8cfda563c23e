using ReviewGen.Loading;

namespace ReviewGen.Tests.Loading;

public sealed class PartialFailureSolution() : LoadedFixture("PartialFailure/PartialFailure.sln");

public sealed class PartialFailureLoadTests(PartialFailureSolution fixture) : IClassFixture<PartialFailureSolution>
{
    [Fact]
    public void The_good_project_loads_while_the_others_are_listed_as_failed()
    {
        Assert.Equal(
            [("Basic", ProjectLoadStatus.Failed), ("Broken", ProjectLoadStatus.Failed), ("Good", ProjectLoadStatus.Loaded)],
            fixture.Loaded.Projects.Select(p => (p.Name, p.Status)));
        Assert.Equal("not a C# project", fixture.Project("Basic").Reason);
        Assert.Empty(fixture.Project("Broken").Targets);
    }

    [Fact]
    public void The_failed_project_says_why_and_its_error_is_a_diagnostic()
    {
        var broken = fixture.Project("Broken");
        Assert.Contains("The SDK 'ReviewGen.Missing.Sdk/1.0.0' specified could not be found", broken.Reason, StringComparison.Ordinal);
        Assert.Contains("'Broken/Broken.csproj'", broken.Reason, StringComparison.Ordinal);
        Assert.Contains(fixture.Loaded.Diagnostics, d =>
            d is { Severity: LoadDiagnosticSeverity.Error, Source: "msbuild" } && d.FilePath == broken.FilePath);
    }

    [Fact]
    public async Task The_failed_project_leaves_no_empty_shell_in_the_solution()
    {
        Assert.DoesNotContain(fixture.Loaded.Solution.Projects, p => p.Name == "Broken");
        SslStreamBinding.AssertBinds(await fixture.CompilationOf(Assert.Single(fixture.Project("Good").Targets)));
    }
}
