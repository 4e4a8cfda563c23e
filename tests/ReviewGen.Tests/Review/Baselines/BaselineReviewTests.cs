using ReviewGen.Review;
using ReviewGen.Review.Baselines;
using ReviewGen.Tests.Support;

namespace ReviewGen.Tests.Review.Baselines;

/// <summary>
/// Fingerprints and the baseline through the review builder, on code compiled in memory: what a team's accepted
/// findings look like after the edits that happen to code (lines added above, a file renamed, a defect added).
/// </summary>
public sealed class BaselineReviewTests
{
    private const string Protocols = """
        using System.Security.Authentication;

        public static class Protocols
        {
            public static SslProtocols Legacy() => SslProtocols.Ssl3;

            public static SslProtocols Older() => SslProtocols.Tls;
        }
        """;

    private static readonly string Shifted = Protocols.Replace("public static class", "// A comment\n// added above\npublic static class");

    [Fact]
    public async Task Fingerprints_survive_a_line_shift_and_a_rename_but_not_a_change_of_the_flagged_code()
    {
        var original = await InMemorySolution.ReviewAsync(null, ("Protocols.cs", Protocols));
        var shifted = await InMemorySolution.ReviewAsync(null, ("Protocols.cs", Shifted));
        var renamed = await InMemorySolution.ReviewAsync(null, ("Legacy/Renamed.cs", Protocols));
        var changed = await InMemorySolution.ReviewAsync(null, ("Protocols.cs", Protocols.Replace("SslProtocols.Ssl3;", "SslProtocols.Ssl2;")));

        Assert.Equal(2, original.Findings.Count);
        Assert.NotEqual(original.Findings.Select(f => f.Location.StartLine), shifted.Findings.Select(f => f.Location.StartLine));
        Assert.Equal(Fingerprints(original), Fingerprints(shifted));
        Assert.Equal(Fingerprints(original), Fingerprints(renamed));
        Assert.Single(Fingerprints(changed).Intersect(Fingerprints(original)));
    }

    [Fact]
    public async Task Identical_flagged_code_in_two_places_gets_two_fingerprints()
    {
        var review = await InMemorySolution.ReviewAsync(null, ("A.cs", Protocols), ("B.cs", Protocols.Replace("class Protocols", "class Copied")));

        Assert.Equal(4, review.Findings.Count);
        Assert.Equal(4, Fingerprints(review).Distinct().Count());
    }

    [Fact]
    public async Task A_baseline_hides_its_findings_after_a_shift_and_a_rename_and_only_a_new_one_shows()
    {
        var baseline = BaselineFile.Of(await InMemorySolution.ReviewAsync(null, ("Protocols.cs", Protocols)));
        var edited = Shifted.Replace("    public static SslProtocols Older()", "    public static SslProtocols Added() => SslProtocols.Tls11;\n\n    public static SslProtocols Older()");

        var review = await InMemorySolution.ReviewAsync(baseline, ("Legacy/Renamed.cs", edited));

        var shown = Assert.Single(review.Findings);
        Assert.Equal(("F1", "Legacy/Renamed.cs", 9), (shown.Id, shown.Location.Path, shown.Location.StartLine));
        Assert.Equal(new BaselineSummary(2, 2), review.Baseline);
        Assert.All(review.Suppressed, s => Assert.Equal((SuppressedFinding.External, "baseline", null, null), (s.Kind, s.Syntax, s.Justification, s.Location)));
        Assert.Equal(["S1", "S2"], review.Suppressed.Select(s => s.Finding.Id));
        Assert.Equal(1, review.Verdict.Total);
        Assert.Contains("2 findings hidden by the baseline", review.Verdict.Summary);
    }

    [Fact]
    public async Task A_baseline_entry_whose_finding_was_fixed_hides_nothing_and_is_counted()
    {
        var baseline = BaselineFile.Of(await InMemorySolution.ReviewAsync(null, ("Protocols.cs", Protocols)));

        var review = await InMemorySolution.ReviewAsync(baseline, ("Protocols.cs", Protocols.Replace("SslProtocols.Tls;", "SslProtocols.None;")));

        Assert.Empty(review.Findings);
        Assert.Equal(new BaselineSummary(2, 1), review.Baseline);
    }

    private static IReadOnlyList<string> Fingerprints(ReviewModel review) => review.Findings.Select(f => f.Fingerprint).Order(StringComparer.Ordinal).ToArray();
}
