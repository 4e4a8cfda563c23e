using System.Text.RegularExpressions;
using ReviewGen.Catalog;
using ReviewGen.Rendering;
using ReviewGen.Review;

namespace ReviewGen.Tests.Rendering;

public sealed class HtmlRendererTests
{
    private readonly string _html = Renderers.Render("html");

    [Fact]
    public void Code_from_the_excerpt_is_escaped()
    {
        Assert.DoesNotContain("<script", _html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("</pre>", _html, StringComparison.Ordinal);
        Assert.Contains("&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt; ``` a|b @someone", _html);
    }

    [Fact]
    public void Makes_no_external_request()
    {
        Assert.DoesNotMatch(new Regex(@"\bsrc\s*=", RegexOptions.IgnoreCase), _html);
        Assert.DoesNotMatch(new Regex(@"<link\b", RegexOptions.IgnoreCase), _html);
        Assert.DoesNotMatch(new Regex(@"@import|url\(", RegexOptions.IgnoreCase), _html);
        Assert.Contains("content=\"default-src 'none'; style-src 'unsafe-inline'\"", _html);
        // Links to references are fine: they are followed only when clicked.
        Assert.Contains("<a href=\"https://cwe.mitre.org/data/definitions/295.html\">", _html);
    }

    [Fact]
    public void Has_the_seven_numbered_category_headings_in_order()
    {
        var headings = Regex.Matches(_html, @"<h2>(\d)\. (.+?)</h2>").Select(m => $"{m.Groups[1].Value}. {m.Groups[2].Value}");

        Assert.Equal(CategoryInfo.All.Select(c => $"{c.Number}. {c.Heading}"), headings);
    }

    [Fact]
    public void Excerpt_is_highlighted_numbered_and_flagged()
    {
        Assert.Contains("<span class=\"tok-keyword\">return</span>", _html);
        Assert.Contains("<span class=\"tok-type\">X509Certificate</span>", _html);
        Assert.Contains("<span class=\"tok-method\">Relaxed</span>", _html);
        Assert.Contains("<span class=\"tok-comment\">// Trust everything", _html);
        Assert.Contains("<span class=\"tok-identifier\">sender</span>", _html);
        Assert.Contains("<div class=\"line flagged\"><span class=\"ln\">20</span>", _html);
        Assert.Contains("<div class=\"line\"><span class=\"ln\">17</span>", _html);
    }

    [Fact]
    public void Prose_is_rendered_as_markdown()
    {
        Assert.Contains("<code>TrustPolicy.Relaxed</code> returns <code>true</code> on every path. <strong>Finding F1.</strong>", _html);
        Assert.Contains("<li>Make <code>TrustPolicy.Relaxed</code> check <code>SslPolicyErrors</code> (F1).</li>", _html);
    }

    [Fact]
    public void Raw_html_images_and_script_links_in_prose_are_neutralized()
    {
        var review = ReviewModelSamples.Ledger() with
        {
            NextSteps = ["<img src=x onerror=alert(1)> ![pixel](https://tracker.example/p.png) [run](javascript:alert(1))"],
        };

        var html = new HtmlRenderer(new TemplateDirectory()).Render(review);

        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.Contains("<a href=\"https://tracker.example/p.png\">pixel</a>", html);
    }

    [Fact]
    public void Values_from_source_are_escaped_in_attributes_and_text()
    {
        var review = ReviewModelSamples.Ledger() with { Solution = new SolutionInfo("A<b>\"&", "A<b>.sln") };

        var html = new HtmlRenderer(new TemplateDirectory()).Render(review);

        Assert.Contains("<title>TLS security review of A&lt;b&gt;&quot;&amp;</title>", html);
        Assert.DoesNotContain("<b>", html);
    }
}
