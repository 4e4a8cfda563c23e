using ReviewGen.Settings;

namespace ReviewGen.Tests.Settings;

/// <summary>What an <c>"exclude"</c> glob matches, and which globs are refused.</summary>
public sealed class ExcludePatternTests
{
    [Theory]
    [InlineData("legacy")]
    [InlineData("legacy/")]
    [InlineData("legacy/**")]
    public void A_folder_matches_everything_under_it_and_nothing_beside_it(string pattern)
    {
        var exclude = new ExcludePattern(pattern);

        Assert.True(exclude.Matches("legacy/Old.cs"));
        Assert.True(exclude.Matches("legacy/deep/er/Old.cs"));
        Assert.False(exclude.Matches("legacy2/Old.cs"));
        Assert.False(exclude.Matches("src/legacy/Old.cs"));
        Assert.Equal(pattern, exclude.Text);
    }

    [Fact]
    public void A_star_matches_within_one_name_and_the_folders_it_matches_are_excluded_whole()
    {
        var exclude = new ExcludePattern("tools/*");

        Assert.True(exclude.Matches("tools/Gen.cs"));
        Assert.True(exclude.Matches("tools/gen/Program.cs"));
        Assert.False(exclude.Matches("src/tools/Gen.cs"));
    }

    [Fact]
    public void A_pattern_is_anchored_at_the_solution_folder_unless_it_starts_with_two_stars()
    {
        Assert.True(new ExcludePattern("*.g.cs").Matches("Api.g.cs"));
        Assert.False(new ExcludePattern("*.g.cs").Matches("src/Api.g.cs"));
        Assert.True(new ExcludePattern("**/*.g.cs").Matches("Api.g.cs"));
        Assert.True(new ExcludePattern("**/*.g.cs").Matches("src/a/b/Api.g.cs"));
        Assert.True(new ExcludePattern("src/**/Migrations").Matches("src/Data/Migrations/Initial.cs"));
        Assert.False(new ExcludePattern("src/**/Migrations").Matches("src/Data/Migrations.cs"));
    }

    [Fact]
    public void Case_does_not_matter()
    {
        Assert.True(new ExcludePattern("Legacy/**/*.CS").Matches("legacy/old/thing.cs"));
        Assert.True(new ExcludePattern("samples").Matches("Samples/Echo/Program.cs"));
    }

    [Theory]
    [InlineData("", "an empty pattern excludes nothing; remove it or name a path relative to the solution folder")]
    [InlineData(" ", "an empty pattern excludes nothing; remove it or name a path relative to the solution folder")]
    [InlineData("/etc/**", "\"/etc/**\" is not relative to the solution folder")]
    [InlineData("C:\\src\\legacy", "\"C:\\src\\legacy\" is not relative to the solution folder")]
    [InlineData("c:/src", "\"c:/src\" is not relative to the solution folder")]
    [InlineData("src\\legacy", "\"src\\legacy\" has a backslash; use forward slashes")]
    [InlineData("../shared/**", "\"../shared/**\" has a '..' segment; a pattern names only what is inside the solution folder")]
    [InlineData("src/../x", "\"src/../x\" has a '..' segment; a pattern names only what is inside the solution folder")]
    [InlineData("src//x", "\"src//x\" has an empty folder name ('//')")]
    [InlineData("src**", "\"src**\": '**' must be a whole segment, as in \"src/**\" or \"**/*.cs\"")]
    [InlineData("src/**.cs", "\"src/**.cs\": '**' must be a whole segment, as in \"src/**\" or \"**/*.cs\"")]
    [InlineData("!legacy", "\"!legacy\": negation with '!' is not supported; globs support only '*' (any characters within a name) and '**' (any number of folders)")]
    [InlineData("Test?.cs", "\"Test?.cs\": '?' is not supported; globs support only '*' (any characters within a name) and '**' (any number of folders)")]
    [InlineData("[Tt]ests", "\"[Tt]ests\": '[' is not supported; globs support only '*' (any characters within a name) and '**' (any number of folders)")]
    [InlineData("*.{cs,vb}", "\"*.{cs,vb}\": '{' is not supported; globs support only '*' (any characters within a name) and '**' (any number of folders)")]
    public void A_bad_glob_is_refused_with_the_reason(string pattern, string problem)
    {
        Assert.Equal(problem, ExcludePattern.ProblemWith(pattern));
        Assert.Throws<ArgumentException>(() => new ExcludePattern(pattern));
    }

    [Theory]
    [InlineData("legacy")]
    [InlineData("./legacy/**")]
    [InlineData("**")]
    [InlineData("src/a..b/x")]
    [InlineData("src/**/bin/")]
    public void A_good_glob_has_no_problem(string pattern) => Assert.Null(ExcludePattern.ProblemWith(pattern));
}
