using ReviewGen.Tests.Support;
using Xunit.Abstractions;

namespace ReviewGen.Tests.EndToEnd;

/// <summary>
/// The rule corpus under tests/fixtures/RuleCorpus, written apart from the rules with the expectation on each line:
/// through MSBuildWorkspace and the real CLI, every marked defect is found and nothing else is.
/// </summary>
public sealed class RuleCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_marked_defect_is_found_and_nothing_else()
    {
        var review = await MarkedSolutionReview.RunAsync(Path.Combine(RepositoryPaths.Fixtures, "RuleCorpus", "RuleCorpus.sln"));

        foreach (var line in review.ScorePerCategory())
        {
            output.WriteLine(line);
        }
        Assert.True(review.Run.ExitCode == 0, review.Run.StandardError);
        Assert.True(review.Expected.Count >= 30, $"the corpus lost its markers: {review.Expected.Count}");
        Assert.Empty(review.Missed);
        Assert.Empty(review.Unexpected);
    }

    [Fact]
    public async Task A_parallel_run_writes_the_same_bytes_as_a_serial_run()
    {
        using var serial = new TemporaryFolder("reviewgen-serial-");
        using var parallel = new TemporaryFolder("reviewgen-parallel-");
        var solution = Path.Combine(RepositoryPaths.Fixtures, "RuleCorpus", "RuleCorpus.sln");

        var one = await CliRunner.RunAsync("analyze", solution, "--format", "md", "json", "-o", serial.Path, "--max-parallelism", "1");
        // More workers than this machine may have cores, so documents do interleave; the restore is the first run's.
        var many = await CliRunner.RunAsync("analyze", solution, "--format", "md", "json", "-o", parallel.Path, "--max-parallelism", "8", "--no-restore");

        Assert.True(one.ExitCode == 0, one.StandardError);
        Assert.True(many.ExitCode == 0, many.StandardError);
        foreach (var file in new[] { "review.md", "review.json" })
        {
            Assert.Equal(File.ReadAllBytes(serial.File(file)), File.ReadAllBytes(parallel.File(file)));
        }
    }
}
