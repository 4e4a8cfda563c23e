using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

/// <summary>What the audit says about its source when that is not a clean commit: the report must not pretend it is.</summary>
public sealed class AuditProvenanceTests
{
    [Fact]
    public async Task Uncommitted_changes_are_stated_and_the_given_date_is_used()
    {
        using var repository = new ScratchRepository("reviewgen-audit-dirty-");
        PrRepositoryFixture.CommitSample(repository);
        var commit = repository.Git("rev-parse", "HEAD").Trim();
        repository.Edit("samples/TlsSample/src/TlsSample.Client/Http/ApiHttpClientFactory.cs", "AllowRenegotiation = false,", "AllowRenegotiation = true,");
        using var output = new TemporaryFolder("reviewgen-audit-dirty-out-");

        var run = await CliRunner.RunInAsync(repository.Root, "audit", SampleAuditFixture.Sample, "-o", output.File("report.md"), "-q", "--date", "2031-02-03");

        Assert.True(run.ExitCode == 0, run.StandardError);
        var report = File.ReadAllText(output.File("report.md"));
        Assert.Contains("| Date | 2031-02-03 |", report);
        Assert.Contains($"Reviewed from a working tree with uncommitted changes on top of commit {commit}", report);
        Assert.Contains("The date, 2031-02-03, is the one given for the report; the commit is dated", report);
    }

    [Fact]
    public async Task Outside_git_the_report_says_so_and_is_undated_without_a_date()
    {
        using var folder = new TemporaryFolder("reviewgen-audit-nogit-");
        CopySample(folder.Path);
        var report = folder.File("report.html");

        var run = await CliRunner.RunInAsync(folder.Path, "audit", "TlsSample/TlsSample.sln", "-o", report, "-q");

        Assert.True(run.ExitCode == 0, run.StandardError);
        var html = File.ReadAllText(report);
        Assert.Contains("<dt>Date</dt><dd><span class=\"muted\">undated</span></dd>", html);
        Assert.Contains("<dt>Repository</dt><dd><code>TlsSample</code></dd>", html);
        Assert.Contains("The reviewed folder, TlsSample, is not a git repository: no commit identifies the reviewed source.", html);
        Assert.Contains("No date was given and no commit dates the source, so the report is undated.", html);
    }

    private static void CopySample(string target)
    {
        var source = Path.GetDirectoryName(RepositoryPaths.Sample)!;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
                continue;
            var copy = Path.Combine(target, "TlsSample", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
