using System.Text.Json;
using ReviewGen.Catalog;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

/// <summary>
/// The README's first command, end to end: the sample solution loaded through MSBuildWorkspace by the real CLI. The
/// findings must be exactly the lines the sample marks with <c>// expect:</c>.
/// </summary>
public sealed class SampleReviewTests(SampleReviewFixture sample) : IClassFixture<SampleReviewFixture>
{
    [Fact]
    public void The_run_succeeds_and_writes_four_files()
    {
        Assert.True(sample.Run.ExitCode == 0, sample.Run.StandardError);
        Assert.Equal(["review.html", "review.json", "review.md", "review.sarif"],
            Directory.GetFiles(sample.OutputDirectory).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Findings_are_exactly_the_marked_lines_of_the_sample()
    {
        var review = MarkedSolutionReview.Compare(RepositoryPaths.Sample, sample.Read("review.json"), sample.Run);

        Assert.NotEmpty(review.Expected);
        Assert.Empty(review.Missed);
        Assert.Empty(review.Unexpected);
    }

    [Fact]
    public void A_solution_that_lives_under_samples_is_production_code_to_its_own_review()
    {
        using var json = JsonDocument.Parse(sample.Read("review.json"));
        var root = json.RootElement;

        Assert.StartsWith("samples/", Path.GetRelativePath(RepositoryPaths.Root, RepositoryPaths.Sample).Replace('\\', '/'), StringComparison.Ordinal);
        Assert.All(root.GetProperty("scope").GetProperty("projects").EnumerateArray(), p => Assert.Equal("production", p.GetProperty("codeKind").GetString()));
        Assert.All(root.GetProperty("findings").EnumerateArray(), f => Assert.Equal("production", f.GetProperty("codeKind").GetString()));
        Assert.Equal(0, root.GetProperty("testAndSample").GetProperty("files").GetInt32());
        Assert.Empty(root.GetProperty("testAndSample").GetProperty("findings").EnumerateArray());
    }

    [Fact]
    public void Every_category_has_a_section_with_regions_in_the_sample()
    {
        using var json = JsonDocument.Parse(sample.Read("review.json"));
        var sections = json.RootElement.GetProperty("categories").EnumerateArray().ToArray();

        Assert.Equal(CategoryInfo.MachineNames, sections.Select(s => s.GetProperty("name").GetString()));
        Assert.All(sections, s => Assert.True(s.GetProperty("regions").GetArrayLength() > 0, $"{s.GetProperty("name")} has no region"));
    }

    [Fact]
    public void Scope_lists_every_project_with_its_target_framework()
    {
        using var json = JsonDocument.Parse(sample.Read("review.json"));
        var projects = json.RootElement.GetProperty("scope").GetProperty("projects").EnumerateArray().ToArray();

        Assert.Equal(["TlsSample.Client", "TlsSample.Psk", "TlsSample.Server"], projects.Select(p => p.GetProperty("name").GetString()));
        Assert.All(projects, p =>
        {
            Assert.Equal("loaded", p.GetProperty("status").GetString());
            Assert.Equal(["net10.0"], p.GetProperty("targetFrameworks").EnumerateArray().Select(t => t.GetString()));
        });
    }

    [Fact]
    public void The_markdown_has_the_seven_headings_in_order_and_line_references()
    {
        var markdown = sample.Read("review.md");
        var positions = CategoryInfo.All.Select(c => markdown.IndexOf($"{c.Number}. {c.Heading}", StringComparison.Ordinal)).ToArray();

        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Matches(@"`[^`]+\.cs` lines? \d+", markdown);
        Assert.DoesNotContain("\r", markdown);
    }

    [Fact]
    public void Sarif_results_match_the_findings_with_relative_uris()
    {
        using var sarif = JsonDocument.Parse(sample.Read("review.sarif"));
        using var json = JsonDocument.Parse(sample.Read("review.json"));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();

        Assert.Equal(json.RootElement.GetProperty("findings").GetArrayLength(), results.Length);
        Assert.All(results, r =>
        {
            var uri = r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Assert.False(Path.IsPathRooted(uri), uri);
            Assert.True(r.GetProperty("partialFingerprints").EnumerateObject().Any());
        });
    }

    [Fact]
    public void The_html_page_is_self_contained()
    {
        var html = sample.Read("review.html");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"<(link|img|iframe)\b", html);
        Assert.DoesNotMatch(@"src\s*=", html);
    }

    [Fact]
    public async Task A_second_run_gives_byte_identical_files()
    {
        var again = Directory.CreateTempSubdirectory("reviewgen-again-").FullName;
        try
        {
            var run = await CliRunner.RunAsync("analyze", RepositoryPaths.Sample, "--no-restore", "--format", "md", "html", "sarif", "json", "-o", again);

            Assert.True(run.ExitCode == 0, run.StandardError);
            foreach (var file in new[] { "review.md", "review.html", "review.sarif", "review.json" })
            {
                Assert.Equal(sample.Read(file), File.ReadAllText(Path.Combine(again, file)));
            }
        }
        finally
        {
            Directory.Delete(again, recursive: true);
        }
    }

    [Fact]
    public async Task Fail_on_turns_findings_at_or_above_the_threshold_into_exit_code_1()
    {
        var run = await CliRunner.RunAsync("analyze", RepositoryPaths.Sample, "--no-restore", "--format", "json", "--fail-on", "high");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.StandardOutput);
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() is "high" or "critical");
    }

    [Fact]
    public async Task A_category_filter_keeps_only_that_section()
    {
        var run = await CliRunner.RunAsync("analyze", RepositoryPaths.Sample, "--no-restore", "--format", "json", "--category", "ocsp-revocation");

        Assert.True(run.ExitCode == 0, run.StandardError);
        using var json = JsonDocument.Parse(run.StandardOutput);
        Assert.Equal(["ocsp-revocation"], json.RootElement.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.All(json.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.Equal("ocsp-revocation", f.GetProperty("category").GetString()));
    }

    /// <summary>The README quotes the verdict and the first finding of this review; REVIEWGEN_UPDATE_README=1 rewrites the quote.</summary>
    [Fact]
    public void The_readme_excerpt_is_a_verbatim_part_of_this_review()
    {
        const string open = "````markdown\n", close = "\n````", gap = "\n\n[…]\n\n";
        var readmePath = Path.Combine(RepositoryPaths.Root, "README.md");
        var readme = File.ReadAllText(readmePath);
        var start = readme.IndexOf(open, StringComparison.Ordinal) + open.Length;
        var end = readme.IndexOf(close, start, StringComparison.Ordinal);
        var markdown = sample.Read("review.md");
        if (Environment.GetEnvironmentVariable("REVIEWGEN_UPDATE_README") == "1")
        {
            var quote = Section(markdown, "## Verdict", "## Scope and limits") + gap + Section(markdown, "### F1.", "### F2.");
            File.WriteAllText(readmePath, readme[..start] + quote + readme[end..]);
            return;
        }

        Assert.All(readme[start..end].Split(gap), part => Assert.Contains(part, markdown));
    }

    private static string Section(string markdown, string from, string to)
    {
        var start = markdown.IndexOf("\n" + from, StringComparison.Ordinal) + 1;
        var end = markdown.IndexOf("\n" + to, start, StringComparison.Ordinal);
        return markdown[start..end].TrimEnd();
    }
}
