using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.EndToEnd;

public sealed class GeneratedCodeReview() : FixtureReview("GeneratedCode/GeneratedCode.sln");

/// <summary>
/// Discovery binds without source generators and runs them only for a document that does not bind without them:
/// a TLS document calling a [GeneratedRegex] method compiles only with the Regex generator's output.
/// </summary>
public sealed class GeneratedCodeTests(GeneratedCodeReview fixture) : IClassFixture<GeneratedCodeReview>
{
    [Fact]
    public void A_document_that_needs_generated_code_is_bound_with_it()
    {
        Assert.True(fixture.Run.ExitCode == 0, fixture.Run.StandardError);
        Assert.DoesNotContain("compile error", fixture.Markdown, StringComparison.Ordinal);
        Assert.Equal("loaded", fixture.Project("GeneratedCode").GetProperty("status").GetString());
    }

    [Fact]
    public void Its_findings_are_exactly_the_marked_lines()
    {
        var review = fixture.Review;

        Assert.Single(review.Expected);
        Assert.Empty(review.Missed);
        Assert.Empty(review.Unexpected);
    }
}
