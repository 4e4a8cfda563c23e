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
}
