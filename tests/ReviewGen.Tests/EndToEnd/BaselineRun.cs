using System.Text.Json;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

/// <summary>
/// A copy of tests/fixtures/Suppressions reviewed through the real CLI as a team would use a baseline: one is written,
/// the unchanged code is reviewed against it, then the code is edited (lines added above, a new defect, the file
/// renamed) and reviewed against it again. Three runs, shared by the tests of a class; the copy keeps the shared
/// fixture untouched.
/// </summary>
public sealed class BaselineRun : IAsyncLifetime
{
    private readonly TemporaryFolder _folder = new("reviewgen-baseline-");

    public string Project => Path.Combine(_folder.Path, "Suppressions", "Suppressions.csproj");

    public string BaselinePath => _folder.File("reviewgen-baseline.json");

    public string UnchangedOutput => _folder.File("unchanged");

    public CliRunner.Result Recorded { get; private set; } = null!;

    public CliRunner.Result Unchanged { get; private set; } = null!;

    public CliRunner.Result Edited { get; private set; } = null!;

    /// <summary>The line of the defect added after the baseline was written, in the renamed file.</summary>
    public int AddedLine { get; private set; }

    public JsonElement UnchangedJson => Parse(File.ReadAllText(Path.Combine(UnchangedOutput, "review.json")));

    public JsonElement EditedJson => Parse(Edited.StandardOutput);

    public async Task InitializeAsync()
    {
        CopyFixture();
        Recorded = await CliRunner.RunAsync("baseline", Project, "-o", BaselinePath);
        Unchanged = await CliRunner.RunAsync("analyze", Project, "--baseline", BaselinePath, "--fail-on", "low",
            "--format", "md", "sarif", "json", "-o", UnchangedOutput);
        EditCode();
        Edited = await CliRunner.RunAsync("analyze", Project, "--baseline", BaselinePath, "--fail-on", "low", "--format", "json");
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    private void CopyFixture()
    {
        // The fixtures' empty Directory.Build.props and Directory.Packages.props keep the repository's own out; the copy needs them too.
        foreach (var guard in new[] { "Directory.Build.props", "Directory.Packages.props" })
        {
            File.Copy(Path.Combine(RepositoryPaths.Fixtures, guard), _folder.File(guard));
        }
        var source = Path.Combine(RepositoryPaths.Fixtures, "Suppressions");
        var target = Path.Combine(_folder.Path, "Suppressions");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    private void EditCode()
    {
        var folder = Path.GetDirectoryName(Project)!;
        var code = File.ReadAllText(Path.Combine(folder, "Client.cs"));
        code = "// Edited after the baseline was written:\n// these lines move every finding down.\n\n" + code;
        var end = code.LastIndexOf('}');
        code = code[..end] + "\n    public static SslProtocols Modem() => SslProtocols.Ssl2;\n}\n";
        File.WriteAllText(Path.Combine(folder, "Connections.cs"), code);
        File.Delete(Path.Combine(folder, "Client.cs"));
        AddedLine = Array.FindIndex(code.Split('\n'), l => l.Contains("Modem()", StringComparison.Ordinal)) + 1;
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
