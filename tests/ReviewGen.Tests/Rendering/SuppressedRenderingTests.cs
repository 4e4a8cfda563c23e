using System.Text.Json;
using ReviewGen.Review;

namespace ReviewGen.Tests.Rendering;

/// <summary>
/// Suppressed findings in every format: listed in an appendix of the review (the justification is text from the
/// code, so it is escaped), counted for the baseline, and given SARIF's <c>suppressions</c>.
/// </summary>
public sealed class SuppressedRenderingTests
{
    [Fact]
    public void Markdown_lists_in_source_suppressions_in_an_appendix_and_counts_the_baseline()
    {
        var markdown = Renderers.Render("md");

        var appendix = markdown[markdown.IndexOf("\n## Suppressed findings\n", StringComparison.Ordinal)..];
        Assert.Contains(
            "| S1 | info | RG0009 | Informational: custom cipher policy | `src/Ledger.Client/CipherPolicy.cs` line 12 | `reviewgen-ignore`, `src/Ledger.Client/CipherPolicy.cs` line 11 | " +
            "Reviewed with the vendor \\</td\\>\\<script\\>alert(1)\\</script\\> \\`\\`\\` a\\|b @someone |",
            appendix);
        Assert.Contains("The baseline hid 1 finding accepted earlier", appendix);
        Assert.DoesNotContain("| S2 |", appendix);
        Assert.Contains("Baseline: it records 2 findings and hid 1 of this review's; 1 of its entries matches nothing any more", markdown);
    }

    [Fact]
    public void Html_escapes_the_justification()
    {
        var html = Renderers.Render("html");

        var appendix = html[html.IndexOf("<section id=\"suppressed\">", StringComparison.Ordinal)..];
        Assert.Contains("<td>Reviewed with the vendor &lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt; ``` a|b @someone</td>", appendix);
        Assert.Contains("The baseline hid 1 finding accepted earlier", appendix);
    }

    [Fact]
    public void Sarif_gives_each_suppressed_result_its_suppression()
    {
        var results = JsonDocument.Parse(Renderers.Render("sarif")).RootElement.GetProperty("runs")[0].GetProperty("results");

        // F1–F3, then T1 of sample code, then the suppressed S1 and S2.
        Assert.Equal(6, results.GetArrayLength());
        Assert.All(Enumerable.Range(0, 4), i => Assert.False(results[i].TryGetProperty("suppressions", out _)));
        var inSource = Assert.Single(results[4].GetProperty("suppressions").EnumerateArray());
        Assert.Equal("RG0009", results[4].GetProperty("ruleId").GetString());
        Assert.Equal(SuppressedFinding.InSource, inSource.GetProperty("kind").GetString());
        Assert.StartsWith("Reviewed with the vendor", inSource.GetProperty("justification").GetString());
        Assert.Equal(11, inSource.GetProperty("location").GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        var external = Assert.Single(results[5].GetProperty("suppressions").EnumerateArray());
        Assert.Equal(SuppressedFinding.External, external.GetProperty("kind").GetString());
        Assert.False(external.TryGetProperty("justification", out _));
    }

    [Fact]
    public void Sarif_gives_a_suppression_without_a_reason_an_empty_justification()
    {
        var review = ReviewModelSamples.Ledger();
        review = review with { Suppressed = [review.Suppressed[0] with { Justification = null }] };

        var results = JsonDocument.Parse(Renderers.Catalog.Get("sarif").Render(review)).RootElement.GetProperty("runs")[0].GetProperty("results");

        Assert.Equal("", results[4].GetProperty("suppressions")[0].GetProperty("justification").GetString());
    }

    [Fact]
    public void Markdown_says_none_given_for_a_suppression_without_a_reason()
    {
        var review = ReviewModelSamples.Ledger();
        review = review with { Suppressed = [review.Suppressed[0] with { Justification = null }], Baseline = null };

        var markdown = Renderers.Catalog.Get("md").Render(review);

        Assert.Contains("line 11 | none given |", markdown);
        Assert.DoesNotContain("Baseline:", markdown);
        Assert.DoesNotContain("The baseline hid", markdown);
    }
}
