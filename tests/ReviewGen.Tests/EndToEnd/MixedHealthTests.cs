using System.Text.Json;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

public sealed class MixedHealthReview() : FixtureReview("MixedHealth/MixedHealth.sln");

/// <summary>
/// A solution where one project loads, one cannot load (missing SDK), one is an old-style .NET Framework project
/// reviewed in degraded mode and one has a package that does not restore: the review is still written, finds the
/// defects of every project it could read, and says plainly which project was not reviewed and why.
/// </summary>
public sealed class MixedHealthTests(MixedHealthReview fixture) : IClassFixture<MixedHealthReview>
{
    [Fact]
    public void The_review_is_written_and_finds_exactly_the_marked_lines()
    {
        var review = fixture.Review;

        Assert.True(fixture.Run.ExitCode == 0, $"exit {fixture.Run.ExitCode}: {fixture.Run.StandardError}");
        Assert.Equal(3, review.Expected.Count);
        Assert.Empty(review.Missed);
        Assert.Empty(review.Unexpected);
    }

    [Fact]
    public void Every_project_has_its_status_and_the_unreviewed_ones_say_why()
    {
        Assert.Equal(
            [("Broken", "failed"), ("Good", "loaded"), ("Legacy", "degraded"), ("Unrestored", "loaded")],
            fixture.Projects.Select(p => (p.GetProperty("name").GetString(), p.GetProperty("status").GetString())));
        Assert.Contains("ReviewGen.Missing.Sdk", Note(fixture.Project("Broken")), StringComparison.Ordinal);
        Assert.Contains(".NETFramework,Version=v4.7.2", Note(fixture.Project("Legacy")), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, fixture.Project("Good").GetProperty("note").ValueKind);
    }

    [Fact]
    public void Load_problems_hold_the_restore_and_msbuild_errors_with_relative_paths()
    {
        var problems = fixture.Json.GetProperty("scope").GetProperty("loadProblems").EnumerateArray()
            .Select(p => (Severity: p.GetProperty("severity").GetString(), Source: p.GetProperty("source").GetString(),
                Message: p.GetProperty("message").GetString()!, Path: p.GetProperty("path").GetString()))
            .ToArray();

        Assert.Contains(problems, p => p is { Severity: "error", Source: "restore", Path: "Unrestored/Unrestored.csproj" });
        Assert.Contains(problems, p => p is { Severity: "error", Source: "msbuild", Path: "Broken/Broken.csproj" }
            && p.Message.Contains("ReviewGen.Missing.Sdk", StringComparison.Ordinal));
        Assert.All(problems.Where(p => p.Path is not null), p => Assert.False(Path.IsPathRooted(p.Path), p.Path));
    }

    [Fact]
    public void No_absolute_path_of_this_machine_reaches_the_output()
    {
        foreach (var output in new[] { fixture.JsonText, fixture.Markdown })
        {
            Assert.DoesNotContain(RepositoryPaths.Root, output, StringComparison.Ordinal);
            Assert.DoesNotContain(Path.GetTempPath(), output, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("\"/tmp", fixture.JsonText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_scope_section_names_the_failed_project()
    {
        var markdown = fixture.Markdown;
        var start = markdown.IndexOf("## Scope and limits", StringComparison.Ordinal);
        Assert.True(start >= 0, "no scope section");
        var end = markdown.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var scope = markdown[start..(end < 0 ? markdown.Length : end)];

        Assert.Contains("| Broken | `Broken/Broken.csproj` |  | failed |", scope, StringComparison.Ordinal);
        Assert.Contains("Broken: ", scope, StringComparison.Ordinal);
        Assert.Contains("| Legacy | `Legacy/Legacy.csproj` |  | degraded |", scope, StringComparison.Ordinal);
    }

    private static string Note(JsonElement project) =>
        project.GetProperty("note").GetString() is { Length: > 0 } note ? note : throw new Xunit.Sdk.XunitException($"{project} has no note");
}
