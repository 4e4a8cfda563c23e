using ReviewGen.Loading;

namespace ReviewGen.Tests.Loading;

public sealed class InputResolverTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("reviewgen-input-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Theory]
    [InlineData("TwoProjects/TwoProjects.sln")]
    [InlineData("Slnx/Slnx.slnx")]
    [InlineData("SingleProject/Single.csproj")]
    public void A_supported_file_resolves_to_itself(string relativePath) =>
        Assert.Equal(FixturePaths.Of(relativePath), InputResolver.Resolve(FixturePaths.Of(relativePath)));

    [Fact]
    public void A_folder_resolves_to_its_project_when_it_has_no_solution() =>
        Assert.Equal(FixturePaths.Of("SingleProject/Single.csproj"), InputResolver.Resolve(FixturePaths.Of("SingleProject")));

    [Fact]
    public void A_folder_prefers_its_solution_to_its_project()
    {
        Touch("App.csproj", "App.slnx");
        Assert.Equal(Path.Combine(_temp, "App.slnx"), InputResolver.Resolve(_temp));
    }

    [Fact]
    public void A_folder_with_two_solutions_lists_them_sorted()
    {
        var folder = FixturePaths.Of("TwoSolutions");
        var error = Assert.Throws<InvalidInputException>(() => InputResolver.Resolve(folder));
        Assert.Equal($"Several solutions in {folder} (First.sln, Second.sln); pass one of them", error.Message);
    }

    [Fact]
    public void A_folder_with_two_projects_and_no_solution_lists_them_sorted()
    {
        Touch("Zeta.csproj", "Alpha.csproj");
        var error = Assert.Throws<InvalidInputException>(() => InputResolver.Resolve(_temp));
        Assert.Equal($"Several C# projects in {_temp} (Alpha.csproj, Zeta.csproj); pass one of them", error.Message);
    }

    [Fact]
    public void A_missing_path_is_named()
    {
        var missing = Path.Combine(_temp, "Nope.sln");
        var error = Assert.Throws<InvalidInputException>(() => InputResolver.Resolve(missing));
        Assert.Equal($"Input not found: {missing}", error.Message);
    }

    [Fact]
    public void An_unsupported_extension_names_the_supported_ones()
    {
        Touch("App.vbproj");
        var path = Path.Combine(_temp, "App.vbproj");
        var error = Assert.Throws<InvalidInputException>(() => InputResolver.Resolve(path));
        Assert.Equal($"Unsupported input {path}: expected a .sln, .slnx or .csproj file, or a folder holding one", error.Message);
    }

    [Fact]
    public void An_empty_folder_is_named()
    {
        var error = Assert.Throws<InvalidInputException>(() => InputResolver.Resolve(_temp));
        Assert.Equal($"No .sln, .slnx or .csproj file in {_temp}", error.Message);
    }

    [Fact]
    public async Task The_loader_rejects_an_ambiguous_folder()
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(() =>
            SolutionLoader.LoadAsync(new LoadRequest(FixturePaths.Of("TwoSolutions"), Restore: false), null, CancellationToken.None));
        Assert.Contains("First.sln, Second.sln", error.Message, StringComparison.Ordinal);
    }

    private void Touch(params string[] names)
    {
        foreach (var name in names)
        {
            File.WriteAllText(Path.Combine(_temp, name), "");
        }
    }
}
