using System.Text.Json;
using ReviewGen.Cli;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd.Settings;

/// <summary>
/// Where <c>analyze</c> finds reviewgen.json: beside the solution, else in a parent folder up to the repository root,
/// never above it; and what a bad one does.
/// </summary>
public sealed class SettingsLookupTests
{
    [Fact]
    public async Task A_reviewgen_json_at_the_repository_root_applies_to_a_solution_below_it_and_one_above_the_root_is_never_read()
    {
        using var outside = new TemporaryFolder("reviewgen-lookup-");
        // Above the repository: were it read, the run would stop with its error.
        File.WriteAllText(outside.File("reviewgen.json"), """{ "colour": "blue" }""");
        var root = Directory.CreateDirectory(outside.File("repository")).FullName;
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        var solutionFolder = Path.Combine(root, "shop");
        FolderCopy.WithoutBuildOutput(Path.GetDirectoryName(RepositorySettingsRuns.SolutionPath)!, solutionFolder);
        File.Delete(Path.Combine(solutionFolder, "reviewgen.json"));
        File.WriteAllText(Path.Combine(root, "reviewgen.json"), """{ "exclude": ["samples"], "testCode": "same" }""");
        var output = outside.File("review.json");

        var run = await CliRunner.RunAsync("analyze", Path.Combine(solutionFolder, "RepositorySettings.sln"), "-f", "json", "-o", output, "--quiet");

        Assert.True(run.ExitCode == ExitCodes.Success, run.StandardError);
        var scope = JsonDocument.Parse(File.ReadAllText(output)).RootElement.GetProperty("scope");
        Assert.Equal("../reviewgen.json", scope.GetProperty("settings").GetProperty("file").GetString());
        Assert.Equal("same", scope.GetProperty("settings").GetProperty("testCode").GetString());
        Assert.Contains(scope.GetProperty("excluded").EnumerateArray(), e => e.GetProperty("path").GetString() == "samples/Echo.Client/Program.cs");
    }

    [Theory]
    [InlineData("""{ "rules": { "RG9999": "off" } }""", "\"rules.RG9999\": no such rule")]
    [InlineData("""{ "categories": { "pks": "off" } }""", "\"categories.pks\"")]
    [InlineData("""{ "exclude": ["../elsewhere/**"] }""", "\"exclude[0]\"")]
    [InlineData("""{ "testCode": "sometimes" }""", "\"testCode\"")]
    [InlineData("""{ "colour": "blue" }""", "\"colour\": unknown key")]
    public async Task A_bad_configuration_stops_the_review_with_one_line_naming_the_file_and_the_key(string settings, string expected)
    {
        using var folder = new TemporaryFolder("reviewgen-bad-settings-");
        var path = folder.File("reviewgen.json");
        File.WriteAllText(path, settings);

        var run = await CliRunner.RunAsync("analyze", RepositorySettingsRuns.SolutionPath, "--config", path, "--quiet");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        var line = Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"reviewgen: {path}: ", line);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.Equal("", run.StandardOutput);
    }

    [Fact]
    public async Task A_config_option_naming_no_file_stops_the_review()
    {
        var run = await CliRunner.RunAsync("analyze", RepositorySettingsRuns.SolutionPath, "--config", "no-such-reviewgen.json", "--quiet");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("no-such-reviewgen.json", run.StandardError, StringComparison.Ordinal);
    }
}
