using System.Text.Json;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

/// <summary>
/// One review of a fixture solution under tests/fixtures through the real CLI (restore included), in Markdown and
/// JSON, shared by the tests of a class: the run is the slow part.
/// </summary>
public abstract class FixtureReview(string solution) : IAsyncLifetime
{
    private readonly string _outputDirectory = Directory.CreateTempSubdirectory("reviewgen-fixture-").FullName;
    private string? _jsonText;
    private string? _markdown;
    private JsonElement? _json;

    public string SolutionPath { get; } = Path.Combine(RepositoryPaths.Fixtures, solution);

    public CliRunner.Result Run { get; private set; } = null!;

    // A failed run writes nothing; every test that reads the output then fails with the run's own error.
    public string JsonText => _jsonText ?? throw Failed();

    public string Markdown => _markdown ?? throw Failed();

    public JsonElement Json => _json ?? throw Failed();

    /// <summary>The reported findings against the <c>// expect:</c> markers of the fixture's code.</summary>
    public MarkedSolutionReview Review => MarkedSolutionReview.Compare(SolutionPath, JsonText, Run);

    public IEnumerable<JsonElement> Findings => Json.GetProperty("findings").EnumerateArray();

    public IEnumerable<JsonElement> Projects => Json.GetProperty("scope").GetProperty("projects").EnumerateArray();

    public JsonElement Project(string name) => Projects.Single(p => p.GetProperty("name").GetString() == name);

    public static IReadOnlyList<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToArray();

    public async Task InitializeAsync()
    {
        Run = await CliRunner.RunAsync("analyze", SolutionPath, "--format", "md", "json", "-o", _outputDirectory);
        if (Run.ExitCode != 0)
        {
            return;
        }
        _jsonText = File.ReadAllText(Path.Combine(_outputDirectory, "review.json"));
        _markdown = File.ReadAllText(Path.Combine(_outputDirectory, "review.md"));
        using var document = JsonDocument.Parse(_jsonText);
        _json = document.RootElement.Clone();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_outputDirectory, recursive: true);
        return Task.CompletedTask;
    }

    private InvalidOperationException Failed() =>
        new($"the review exited with {Run.ExitCode}: {Run.StandardError}");
}
