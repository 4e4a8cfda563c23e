using ReviewGen.Discovery;
using ReviewGen.Pipeline;
using ReviewGen.Review;
using ReviewGen.Tests.Rendering;
using ReviewGen.Tests.Support;
using ReviewGen.Settings;

namespace ReviewGen.Tests.Review;

/// <summary>The review model built from real code (in memory), and what renderers make of hostile code in it.</summary>
public sealed class ReviewBuilderTests
{
    private const string Hostile = """
        using System.IO;
        using System.Net.Security;

        namespace Fixture;

        public static class Hostile
        {
            public static SslStream Open(Stream inner) =>
                new SslStream(inner, false, (s, c, ch, e) => { System.Console.WriteLine("</pre><script>alert(1)</script>@admin ```"); return true; }); // expect: RG0001
        }
        """;

    private static async Task<ReviewModel> ReviewAsync(params (string Path, string Code)[] files)
    {
        using var loaded = InMemorySolution.Create(files);
        var (discovery, results) = await InMemorySolution.AnalyzeAsync(loaded);
        return await ReviewBuilder.BuildAsync(loaded, discovery, results, TlsSymbolCatalog.Load(InMemorySolution.RulesDirectory),
            ReviewOptions.AllCategories, baseline: null, ReviewSettings.Default, CancellationToken.None);
    }

    [Fact]
    public async Task The_excerpt_carries_the_flagged_lines_with_roslyn_classifications()
    {
        var review = await ReviewAsync(("Hostile.cs", Hostile));

        var finding = Assert.Single(review.Findings);
        Assert.Equal(("Hostile.cs", 9, 9), (finding.Location.Path, finding.Location.StartLine, finding.Location.EndLine));
        var flagged = Assert.Single(finding.Excerpt.Lines, l => l.Flagged);
        Assert.Equal(9, flagged.Number);
        Assert.Equal(flagged.Text, string.Concat(flagged.Spans.Select(s => s.Text)));
        Assert.Contains(flagged.Spans, s => s.Classification == "keyword" && s.Text == "new");
        Assert.Contains(flagged.Spans, s => s.Classification == "string" && s.Text.Contains("</pre>"));
        Assert.Equal(7, finding.Excerpt.StartLine);
        Assert.Equal(10, finding.Excerpt.EndLine);
    }

    [Fact]
    public async Task Code_with_markup_never_reaches_the_html_unescaped()
    {
        var review = await ReviewAsync(("Hostile.cs", Hostile));

        var html = Renderers.Catalog.Get("html").Render(review);

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("</pre><script>", html);
        Assert.Contains("&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public async Task Code_with_backticks_cannot_close_the_markdown_fence()
    {
        var review = await ReviewAsync(("Hostile.cs", Hostile));

        var markdown = Renderers.Catalog.Get("md").Render(review);

        var fenceLine = markdown.Split('\n').First(l => l.StartsWith("```") && l.EndsWith("csharp"));
        Assert.True(fenceLine.Length - "csharp".Length > 3, fenceLine);
    }

    [Fact]
    public async Task Fingerprints_ignore_line_numbers_but_not_the_code()
    {
        var moved = Hostile.Replace("namespace Fixture;", "namespace Fixture;\n\n// a comment added above\n");
        var changed = Hostile.Replace("alert(1)", "alert(2)");

        var original = (await ReviewAsync(("Hostile.cs", Hostile))).Findings[0];
        var afterMove = (await ReviewAsync(("Hostile.cs", moved))).Findings[0];
        var afterChange = (await ReviewAsync(("Hostile.cs", changed))).Findings[0];

        Assert.NotEqual(original.Location.StartLine, afterMove.Location.StartLine);
        Assert.Equal(original.Fingerprint, afterMove.Fingerprint);
        Assert.NotEqual(original.Fingerprint, afterChange.Fingerprint);
    }

    [Fact]
    public async Task A_category_without_code_says_what_was_looked_for_and_that_references_bound()
    {
        var review = await ReviewAsync(("Hostile.cs", Hostile));

        var psk = review.Categories.Single(c => c.Name == "psk");
        Assert.Empty(psk.Regions);
        Assert.Empty(psk.ChecksPassed);
        Assert.Contains("`PskTlsClient`", psk.Summary);
        Assert.Contains("bound its references fully", psk.Summary);
    }

    [Fact]
    public async Task Unbound_names_are_reported_and_absence_is_not_claimed_for_them()
    {
        const string unbound = """
            using Acme.SecureTransport;

            namespace Fixture;

            public sealed class Client
            {
                public AcmeTlsClient? Vendor { get; set; }
                public System.Net.Security.SslStream? Stream { get; set; }
            }
            """;

        var review = await ReviewAsync(("Client.cs", unbound));

        var project = Assert.Single(review.Scope.Projects);
        Assert.Contains("Acme.SecureTransport", project.UnboundNames);
        var psk = review.Categories.Single(c => c.Name == "psk");
        Assert.Contains("absence is not proven", psk.Summary);
        Assert.Contains(review.NextSteps, s => s.Contains("restore its packages"));
    }
}
