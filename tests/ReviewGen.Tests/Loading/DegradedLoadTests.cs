using Microsoft.CodeAnalysis.CSharp;
using ReviewGen.Loading;

namespace ReviewGen.Tests.Loading;

public sealed class OldStyleProject() : LoadedFixture("OldStyle/OldStyle.csproj");

/// <summary>
/// What MSBuildWorkspace does here with an old-style .NET Framework project: it evaluates it with the .NET SDK's MSBuild,
/// reports MSB3644 (no .NETFramework 4.7.2 reference assemblies) as a failure, and keeps the project with its
/// &lt;Compile&gt; documents but without a single reference (it even drops the unresolved mscorlib.dll).
/// </summary>
public sealed class DegradedLoadTests(OldStyleProject fixture) : IClassFixture<OldStyleProject>
{
    [Fact]
    public void The_project_is_degraded_with_the_MSBuild_error_as_its_reason()
    {
        var project = Assert.Single(fixture.Loaded.Projects);
        Assert.Equal(ProjectLoadStatus.Degraded, project.Status);
        Assert.Contains("loaded without framework references", project.Reason, StringComparison.Ordinal);
        Assert.Contains(".NETFramework,Version=v4.7.2", project.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Its_listed_sources_compile_against_the_SDK_reference_assemblies()
    {
        var target = Assert.Single(fixture.Project("OldStyle").Targets);
        var documents = fixture.Loaded.Solution.GetProject(target.Id)!.Documents.Select(d => d.Name).ToList();
        // MSBuild also adds the TargetFrameworkAttribute file it generates under obj/.
        Assert.Contains("AssemblyInfo.cs", documents);
        Assert.Contains("LegacyClient.cs", documents);
        Assert.DoesNotContain("NotCompiled.cs", documents);
        SslStreamBinding.AssertBinds(await fixture.CompilationOf(target));
    }
}

public sealed class UnevaluableOldStyleProject() : LoadedFixture("OldStyleUnevaluable/OldStyleUnevaluable.csproj");

public sealed class UnevaluableDegradedLoadTests(UnevaluableOldStyleProject fixture) : IClassFixture<UnevaluableOldStyleProject>
{
    [Fact]
    public void An_old_style_project_MSBuild_cannot_evaluate_is_degraded()
    {
        var project = Assert.Single(fixture.Loaded.Projects);
        Assert.Equal(ProjectLoadStatus.Degraded, project.Status);
        Assert.StartsWith("old-style project MSBuild could not load (MSB4184:", project.Reason, StringComparison.Ordinal);
        Assert.Single(fixture.Loaded.Solution.Projects);
    }

    [Fact]
    public async Task Without_Compile_items_every_cs_file_under_its_folder_is_a_document()
    {
        var target = Assert.Single(fixture.Project("OldStyleUnevaluable").Targets);
        var project = fixture.Loaded.Solution.GetProject(target.Id)!;
        var document = Assert.Single(project.Documents);
        Assert.Equal("TlsChannel.cs", document.Name);
        Assert.Equal(["Net"], document.Folders);
        Assert.Equal(LanguageVersion.Latest, ((CSharpParseOptions)project.ParseOptions!).SpecifiedLanguageVersion);
        SslStreamBinding.AssertBinds(await fixture.CompilationOf(target));
    }
}
