using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

public sealed class MultiTargetFindingsReview() : FixtureReview("MultiTargetFindings/MultiTargetFindings.sln");

/// <summary>
/// A project built for net8.0 and net10.0 is compiled twice; the review must still report each place once, saying
/// which targets hold it: code outside any #if in both, code under #if NET10_0_OR_GREATER in net10.0 only.
/// </summary>
public sealed class MultiTargetTests(MultiTargetFindingsReview fixture) : IClassFixture<MultiTargetFindingsReview>
{
    [Fact]
    public void Findings_are_exactly_the_marked_lines_each_reported_once()
    {
        var review = fixture.Review;

        Assert.True(fixture.Run.ExitCode == 0, fixture.Run.StandardError);
        Assert.Equal(2, review.Expected.Count);
        Assert.Empty(review.Missed);
        Assert.Empty(review.Unexpected);
        Assert.Equal(review.Reported.Count, review.Reported.Distinct().Count());
    }

    [Fact]
    public void A_finding_outside_any_if_lists_both_targets_and_one_under_if_only_its_own()
    {
        var targetsByRule = fixture.Findings.ToDictionary(
            f => f.GetProperty("ruleId").GetString()!, f => FixtureReview.Strings(f.GetProperty("targetFrameworks")));

        Assert.Equal(["net10.0", "net8.0"], targetsByRule["RG0003"]);
        Assert.Equal(["net10.0"], targetsByRule["RG0004"]);
    }

    [Fact]
    public void The_project_lists_both_target_frameworks()
    {
        var project = Assert.Single(fixture.Projects);

        Assert.Equal("loaded", project.GetProperty("status").GetString());
        Assert.Equal(["net10.0", "net8.0"], FixtureReview.Strings(project.GetProperty("targetFrameworks")));
    }

    [Fact]
    public void Regions_are_merged_across_targets_not_repeated()
    {
        var regions = fixture.Json.GetProperty("categories").EnumerateArray()
            .SelectMany(c => c.GetProperty("regions").EnumerateArray().Select(r =>
            {
                var location = r.GetProperty("location");
                return (Category: c.GetProperty("name").GetString(), Path: location.GetProperty("path").GetString(),
                    Start: location.GetProperty("startLine").GetInt32(), End: location.GetProperty("endLine").GetInt32(),
                    Targets: string.Join(",", FixtureReview.Strings(r.GetProperty("targetFrameworks"))));
            }))
            .ToArray();

        Assert.NotEmpty(regions);
        Assert.Equal(regions.Length, regions.DistinctBy(r => (r.Category, r.Path, r.Start, r.End)).Count());
        Assert.Contains(regions, r => r.Targets == "net10.0,net8.0");
        Assert.Contains(regions, r => r.Targets == "net10.0");
    }

    [Fact]
    public void The_markdown_says_which_targets_hold_a_region()
    {
        Assert.Contains("`TlsClient.Legacy` (in net10.0, net8.0)", fixture.Markdown, StringComparison.Ordinal);
        Assert.Contains("`TlsClient.WithoutRevocation` (in net10.0)", fixture.Markdown, StringComparison.Ordinal);
    }
}
