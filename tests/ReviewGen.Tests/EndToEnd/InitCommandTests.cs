using ReviewGen.Cli;
using ReviewGen.Settings;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

/// <summary><c>reviewgen init</c> through the real CLI: it writes the starter file and never overwrites one unasked.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("reviewgen-init-");

    public void Dispose() => _folder.Dispose();

    private string Target => _folder.File(ReviewSettingsFile.FileName);

    [Fact]
    public async Task Writes_the_starter_file_into_the_current_folder()
    {
        var result = await CliRunner.RunInAsync(_folder.Path, "init");

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Equal(InitCommand.StarterText, File.ReadAllText(Target));
        Assert.Equal($"Wrote {Target}: every key at its default, with comments.\n", result.StandardOutput.ReplaceLineEndings("\n"));
        Assert.Equal([Target], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task A_solution_file_means_its_folder()
    {
        var solution = _folder.File("App.slnx");
        File.WriteAllText(solution, "<Solution />");

        var result = await CliRunner.RunAsync("init", solution);

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Equal(InitCommand.StarterText, File.ReadAllText(Target));
    }

    [Fact]
    public async Task Refuses_to_overwrite_an_existing_file()
    {
        File.WriteAllText(Target, """{ "testCode": "same" }""");

        var result = await CliRunner.RunAsync("init", _folder.Path);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal($"reviewgen: {Target} already exists; pass --force to overwrite\n", result.StandardError.ReplaceLineEndings("\n"));
        Assert.Equal("""{ "testCode": "same" }""", File.ReadAllText(Target));
    }

    [Fact]
    public async Task Force_overwrites_it()
    {
        File.WriteAllText(Target, """{ "testCode": "same" }""");

        var result = await CliRunner.RunAsync("init", _folder.Path, "--force");

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Equal(InitCommand.StarterText, File.ReadAllText(Target));
    }

    [Fact]
    public async Task A_missing_folder_is_bad_input()
    {
        var missing = Path.Combine(_folder.Path, "nope");

        var result = await CliRunner.RunAsync("init", missing);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal($"reviewgen: {missing}: no such folder\n", result.StandardError.ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public async Task A_file_that_is_no_solution_is_bad_input()
    {
        var notes = _folder.File("notes.txt");
        File.WriteAllText(notes, "");

        var result = await CliRunner.RunAsync("init", notes);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal($"reviewgen: {notes} is not a folder, nor a .sln, .slnx or .csproj file\n", result.StandardError.ReplaceLineEndings("\n"));
        Assert.False(File.Exists(Target));
    }
}
