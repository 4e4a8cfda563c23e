using System.Text.Json;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

/// <summary>The CLI as users get it: packed with <c>dotnet pack</c>, installed with <c>dotnet tool install</c>.</summary>
public sealed class ToolPackageTests(ToolPackageFixture tool) : IClassFixture<ToolPackageFixture>
{
    [Fact]
    public void The_package_holds_the_tool_and_its_library()
    {
        Assert.Contains("reviewgen.dll", tool.PackagedToolFiles);
        Assert.Contains("ReviewGen.Core.dll", tool.PackagedToolFiles);
    }

    [Theory]
    [InlineData("templates")]
    [InlineData("rules")]
    public void The_package_holds_every_file_of_the_repository_folder(string folder)
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, folder), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f).Replace('\\', '/'))
            .ToArray();

        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Contains(f, tool.PackagedToolFiles));
    }

    // Roslyn evaluates projects in this separate process; without it every project fails to load.
    [Theory]
    [InlineData("BuildHost-netcore/Microsoft.CodeAnalysis.Workspaces.MSBuild.BuildHost.dll")]
    [InlineData("BuildHost-net472/Microsoft.CodeAnalysis.Workspaces.MSBuild.BuildHost.exe")]
    public void The_package_holds_the_build_host(string file) => Assert.Contains(file, tool.PackagedToolFiles);

    // Microsoft.Build.Locator loads MSBuild from the installed SDK, and cannot when a copy sits beside the tool.
    [Theory]
    [InlineData("Microsoft.Build.dll")]
    [InlineData("Microsoft.Build.Framework.dll")]
    [InlineData("Microsoft.NET.StringTools.dll")]
    public void The_package_does_not_ship_MSBuild(string assembly) =>
        Assert.DoesNotContain(tool.PackagedToolFiles, f => Path.GetFileName(f) == assembly);

    [Fact]
    public void The_installed_tool_reviews_the_sample()
    {
        Assert.True(tool.Review.ExitCode == 0, tool.Review.StandardError);
        using var json = JsonDocument.Parse(tool.Review.StandardOutput);
        Assert.True(json.RootElement.GetProperty("findings").GetArrayLength() > 0, tool.Review.StandardOutput);
    }

    [Fact]
    public void The_installed_tool_reports_the_packed_version()
    {
        Assert.True(tool.VersionRun.ExitCode == 0, tool.VersionRun.StandardError);
        Assert.Equal(tool.Version, tool.VersionRun.StandardOutput.Trim());
    }
}
