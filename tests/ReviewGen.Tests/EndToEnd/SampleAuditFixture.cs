using System.Globalization;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

/// <summary>
/// The shipped sample committed to a git repository of its own (clean: build output is ignored) and audited through
/// the real CLI once for every test of the class: HTML twice, to compare the bytes, and Markdown once.
/// </summary>
public sealed class SampleAuditFixture : IAsyncLifetime
{
    public const string Sample = "samples/TlsSample/TlsSample.sln";

    public ScratchRepository Repository { get; } = new("reviewgen-audit-");

    public TemporaryFolder Output { get; } = new("reviewgen-audit-out-");

    public CliRunner.Result HtmlRun { get; private set; } = null!;

    public CliRunner.Result SecondHtmlRun { get; private set; } = null!;

    public CliRunner.Result MarkdownRun { get; private set; } = null!;

    public string Html => File.ReadAllText(Output.File("report.html"));

    public string Markdown => File.ReadAllText(Output.File("report.md"));

    /// <summary>HEAD of the repository as git reports it, and its committer date in UTC.</summary>
    public string Commit { get; private set; } = "";

    public string CommitDate { get; private set; } = "";

    public async Task InitializeAsync()
    {
        PrRepositoryFixture.CommitSample(Repository);
        Commit = Repository.Git("rev-parse", "HEAD").Trim();
        var seconds = long.Parse(Repository.Git("show", "-s", "--format=%ct", "HEAD").Trim(), CultureInfo.InvariantCulture);
        CommitDate = DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        HtmlRun = await Audit("report.html", "--client", "Example Bank", "--auditor", "A. Auditor");
        SecondHtmlRun = await Audit("report-again.html", "--client", "Example Bank", "--auditor", "A. Auditor");
        MarkdownRun = await Audit("report.md", "--client", "Example Bank", "--auditor", "A. Auditor");
    }

    // A zone 14 hours from UTC: the date must be the commit's in UTC, not the machine's.
    private Task<CliRunner.Result> Audit(string fileName, params string[] options) =>
        CliRunner.RunWithEnvironmentAsync(Repository.Root, new Dictionary<string, string> { ["TZ"] = "Pacific/Kiritimati" },
            ["audit", Sample, "-o", Output.File(fileName), "-q", .. options]);

    public Task DisposeAsync()
    {
        Repository.Dispose();
        Output.Dispose();
        return Task.CompletedTask;
    }
}
