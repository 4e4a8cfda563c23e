using System.Text.Json;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd.Settings;

/// <summary>
/// The RepositorySettings fixture reviewed through the real CLI under several configurations: its own reviewgen.json
/// (found beside the solution), then alternatives given with <c>--config</c>. A shop's production code, a project that
/// is a test project by its MSBuild property, a sample under <c>samples/</c>, and .editorconfig files that set
/// severities. Each run is made once for the test class.
/// </summary>
public sealed class RepositorySettingsRuns : IAsyncLifetime
{
    private readonly TemporaryFolder _output = new("reviewgen-settings-");

    public static string SolutionPath => Path.Combine(RepositoryPaths.Fixtures, "RepositorySettings", "RepositorySettings.sln");

    /// <summary>The fixture's own reviewgen.json, with <c>--fail-on critical</c>.</summary>
    public Outcome Default { get; private set; } = null!;

    /// <summary><c>testCode: same</c> and nothing else.</summary>
    public Outcome Same { get; private set; } = null!;

    /// <summary>Separate, with the rules that fire in production at high or above turned down, and <c>--fail-on high</c>.</summary>
    public Outcome QuietProduction { get; private set; } = null!;

    /// <summary><c>testCode: ignore</c> and nothing else.</summary>
    public Outcome Ignore { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Default = await ReviewAsync("default", null, "--fail-on", "critical");
        Same = await ReviewAsync("same", """{ "testCode": "same" }""", "--no-restore");
        QuietProduction = await ReviewAsync("quiet", """{ "rules": { "RG0001": "off", "RG0003": "low", "RG0005": "off" } }""", "--no-restore", "--fail-on", "high");
        Ignore = await ReviewAsync("ignore", """{ "testCode": "ignore" }""", "--no-restore");
    }

    public Task DisposeAsync()
    {
        _output.Dispose();
        return Task.CompletedTask;
    }

    private async Task<Outcome> ReviewAsync(string name, string? settings, params string[] more)
    {
        var folder = Directory.CreateDirectory(_output.File(name)).FullName;
        var arguments = new List<string> { "analyze", SolutionPath, "--format", "json", "sarif", "md", "-o", folder, "--quiet" };
        if (settings is not null)
        {
            var path = Path.Combine(folder, "reviewgen.json");
            File.WriteAllText(path, settings);
            arguments.AddRange(["--config", path]);
        }
        arguments.AddRange(more);
        var run = await CliRunner.RunAsync([.. arguments]);
        return new Outcome(run, folder);
    }

    /// <summary>One run and what it wrote.</summary>
    public sealed class Outcome(CliRunner.Result run, string folder)
    {
        public CliRunner.Result Run { get; } = run;

        public JsonElement Json => JsonDocument.Parse(Read("review.json")).RootElement;

        public JsonElement Sarif => JsonDocument.Parse(Read("review.sarif")).RootElement;

        public string Markdown => Read("review.md");

        /// <summary>"RULE severity codeKind path:line" of each active finding counted, in report order.</summary>
        public IReadOnlyList<string> Counted => Describe(Json.GetProperty("findings"));

        /// <summary>The same of the findings reported apart; null when the review has no such section.</summary>
        public IReadOnlyList<string>? Apart =>
            Json.TryGetProperty("testAndSample", out var apart) && apart.ValueKind == JsonValueKind.Object ? Describe(apart.GetProperty("findings")) : null;

        private static IReadOnlyList<string> Describe(JsonElement findings) =>
            findings.EnumerateArray()
                .Select(f => $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("severity").GetString()} {f.GetProperty("codeKind").GetString()} " +
                             $"{f.GetProperty("location").GetProperty("path").GetString()}:{f.GetProperty("location").GetProperty("startLine").GetInt32()}")
                .ToArray();

        private string Read(string file)
        {
            var path = Path.Combine(folder, file);
            return File.Exists(path) ? File.ReadAllText(path) : throw new InvalidOperationException($"the review exited with {Run.ExitCode} and wrote no {file}: {Run.StandardError}");
        }
    }
}
