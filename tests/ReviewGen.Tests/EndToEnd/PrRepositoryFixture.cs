using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

/// <summary>
/// A git repository holding a copy of the shipped sample under <c>samples/</c>, with three branches, each reviewed
/// once through the real CLI for all the tests of the class (the analysis is the slow part):
/// <list type="bullet">
/// <item><c>feature</c> adds one TLS defect (a validation callback that accepts everything) to
/// <c>ApiHttpClientFactory.cs</c> and edits unrelated code in <c>MetricsEndpoint.cs</c>, a file with a finding of its
/// own. Reviewed as the working tree (with an untracked file besides), then from main as <c>--head feature</c>.</item>
/// <item><c>tidy</c> renames a file with findings without editing it, and rewords a log message inside a TLS region.</item>
/// </list>
/// </summary>
public sealed class PrRepositoryFixture : IAsyncLifetime
{
    public const string LinkBase = "https://example.test/octo/sample/blob/HEADSHA";
    public const string Factory = "samples/TlsSample/src/TlsSample.Client/Http/ApiHttpClientFactory.cs";
    public const string Defect = "RemoteCertificateValidationCallback = (_, _, _, _) => true,";
    public const string UnrelatedEdit = "$\"process_uptime_seconds {(DateTime.UtcNow - process.StartTime.ToUniversalTime()).TotalSeconds:0}\\n\" +";

    private const string Metrics = "samples/TlsSample/src/TlsSample.Server/Metrics/MetricsEndpoint.cs";
    private const string Sample = "samples/TlsSample/TlsSample.sln";

    public ScratchRepository Repository { get; } = new("reviewgen-pr-");

    public string OutputDirectory { get; } = Directory.CreateTempSubdirectory("reviewgen-pr-out-").FullName;

    /// <summary>The line the defect is on in the head, as the test counts it.</summary>
    public int DefectLine { get; private set; }

    public CliRunner.Result WorkingTree { get; private set; } = null!;

    public CliRunner.Result Worktree { get; private set; } = null!;

    public CliRunner.Result Tidy { get; private set; } = null!;

    /// <summary>git's worktree list after the <c>--head</c> run: the temporary worktree must be gone.</summary>
    public string WorktreesAfter { get; private set; } = "";

    public string Read(string fileName) => File.ReadAllText(Path.Combine(OutputDirectory, fileName));

    public async Task InitializeAsync()
    {
        var repository = Repository;
        CommitSample(repository);
        CommitFeature(repository);
        DefectLine = Array.FindIndex(File.ReadAllLines(repository.PathOf(Factory)), l => l.Contains(Defect, StringComparison.Ordinal)) + 1;

        repository.Git("checkout", "--quiet", "-b", "tidy", "main");
        repository.Git("mv", "samples/TlsSample/src/TlsSample.Client/Channels/DeviceTelemetryClient.cs",
            "samples/TlsSample/src/TlsSample.Client/Channels/TelemetryDeviceClient.cs");
        repository.Edit("samples/TlsSample/src/TlsSample.Client/Http/PartnerApiCaller.cs",
            "\"Partner API request for {Sku} failed with {Status}\"", "\"Partner API request for {Sku} failed: {Status}\"");
        repository.CommitAll("tidy");

        repository.Git("checkout", "--quiet", "feature");
        repository.Write("samples/TlsSample/src/TlsSample.Client/Notes.cs", "namespace TlsSample.Client;\n\ninternal static class Notes\n{\n    public const string Owner = \"@octocat\";\n}\n");
        WorkingTree = await CliRunner.RunInAsync(repository.Root, "pr", Sample, "--base", "main", "--format", "md", "sarif", "json",
            "-o", OutputDirectory, "--link-base", LinkBase + "/", "--fail-on", "high");
        File.Delete(repository.PathOf("samples/TlsSample/src/TlsSample.Client/Notes.cs"));

        repository.Git("checkout", "--quiet", "main");
        Worktree = await CliRunner.RunInAsync(repository.Root, "pr", Sample, "--base", "main", "--head", "feature", "--link-base", LinkBase);
        WorktreesAfter = repository.Git("worktree", "list", "--porcelain");

        Tidy = await CliRunner.RunInAsync(repository.Root, "pr", "samples/TlsSample", "--base", "main", "--head", "tidy",
            "--link-base", LinkBase, "--fail-on", "info");
    }

    /// <summary>The repository's main branch: the sample solution, as shipped.</summary>
    public static void CommitSample(ScratchRepository repository)
    {
        repository.Copy(Path.Combine(RepositoryPaths.Root, "samples"), "samples");
        repository.Write(".gitignore", "bin/\nobj/\n");
        repository.CommitAll("sample");
    }

    /// <summary>Branch "feature", checked out: one TLS defect added, and an unrelated edit in a file with a finding.</summary>
    public static void CommitFeature(ScratchRepository repository)
    {
        repository.Git("checkout", "--quiet", "-b", "feature");
        repository.Edit(Factory, "                AllowRenegotiation = false,\n", $"                AllowRenegotiation = false,\n                {Defect}\n");
        repository.Edit(Metrics, "                $\"process_threads {process.Threads.Count}\\n\" +\n",
            $"                $\"process_threads {{process.Threads.Count}}\\n\" +\n                {UnrelatedEdit}\n");
        repository.CommitAll("feature");
    }

    public Task DisposeAsync()
    {
        Repository.Dispose();
        Directory.Delete(OutputDirectory, recursive: true);
        return Task.CompletedTask;
    }
}
