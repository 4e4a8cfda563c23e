using ReviewGen.Tests.Publishing;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

/// <summary>
/// Issue 6's "done when", through the real CLI on a git repository of the sample solution: a baseline taken on main,
/// then a branch that adds one TLS defect and edits unrelated code, reviewed and posted twice to a loopback GitHub.
/// </summary>
public sealed class PrPostingFixture : IAsyncLifetime
{
    public const string Sample = "samples/TlsSample/TlsSample.sln";

    public FakeGitHubServer GitHub { get; } = new();

    public ScratchRepository Repository { get; } = new("reviewgen-post-");

    public string OutputDirectory { get; } = Directory.CreateTempSubdirectory("reviewgen-post-out-").FullName;

    public string BaselinePath => Path.Combine(OutputDirectory, "baseline.json");

    public string HeadCommit { get; private set; } = "";

    public CliRunner.Result Baseline { get; private set; } = null!;

    public CliRunner.Result FirstPost { get; private set; } = null!;

    /// <summary>The issue comments and review comments as the first run left them.</summary>
    public (int Comments, int ReviewComments) AfterFirstPost { get; private set; }

    public CliRunner.Result SecondPost { get; private set; } = null!;

    public CliRunner.Result FullReview { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["GITHUB_TOKEN"] = FakeGitHubServer.Token,
        ["GITHUB_REPOSITORY"] = $"{FakeGitHubServer.Owner}/{FakeGitHubServer.Repository}",
        ["GITHUB_EVENT_PATH"] = "",
        ["GITHUB_API_URL"] = "",
    };

    public string Read(string fileName) => File.ReadAllText(Path.Combine(OutputDirectory, fileName));

    public async Task InitializeAsync()
    {
        var repository = Repository;
        PrRepositoryFixture.CommitSample(repository);
        Baseline = await CliRunner.RunInAsync(repository.Root, "baseline", Sample, "-o", BaselinePath);
        PrRepositoryFixture.CommitFeature(repository);
        HeadCommit = repository.Git("rev-parse", "HEAD").Trim();

        string[] post = ["pr", Sample, "--base", "main", "--baseline", BaselinePath, "--format", "md", "post", "-o", OutputDirectory, "--force",
            "--post", "github", "--inline", "--pr", FakeGitHubServer.PullRequestNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--api-url", GitHub.ApiUrl.ToString()];
        FirstPost = await CliRunner.RunWithEnvironmentAsync(repository.Root, Environment, post);
        AfterFirstPost = (GitHub.IssueComments.Count, GitHub.ReviewComments.Count);
        SecondPost = await CliRunner.RunWithEnvironmentAsync(repository.Root, Environment, post);

        FullReview = await CliRunner.RunInAsync(repository.Root, "analyze", Sample, "--no-restore", "--baseline", BaselinePath, "--format", "json",
            "-o", Path.Combine(OutputDirectory, "review.json"));
    }

    public Task DisposeAsync()
    {
        GitHub.Dispose();
        Repository.Dispose();
        Directory.Delete(OutputDirectory, recursive: true);
        return Task.CompletedTask;
    }
}
