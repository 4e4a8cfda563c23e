using System.Text.RegularExpressions;
using ReviewGen.Rendering;
using ReviewGen.Rendering.Audit;

namespace ReviewGen.Tests.Audit;

public sealed class AuditRendererTests
{
    private static readonly TemplateDirectory Templates = new();

    private readonly string _html = new AuditRenderer(Templates, "html").Render(AuditSamples.Ledger());

    private readonly string _markdown = new AuditRenderer(Templates, "md").Render(AuditSamples.Ledger());

    [Fact]
    public void Html_renders_hostile_text_inert()
    {
        Assert.DoesNotContain("<script", _html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("</code></style>", _html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(_html, "</style>"));
        Assert.Contains("<h1>&lt;/code&gt;&lt;/style&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39; | `tick`</h1>", _html);
        Assert.Contains("<dt>Client</dt><dd>&lt;/code&gt;", _html);
        Assert.Contains("&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;", _html);
    }

    [Fact]
    public void The_running_header_title_is_a_css_string_that_cannot_close_the_style()
    {
        var style = _html[_html.IndexOf("<style>", StringComparison.Ordinal).._html.IndexOf("</style>", StringComparison.Ordinal)];
        Assert.Contains("@top-left { content: \"\\3c /code\\3e \\3c /style\\3e \\3c script\\3e alert(\\\"x\\\")\\3c /script\\3e  \\26  'co' | `tick`\";", style);
    }

    [Fact]
    public void Markdown_renders_hostile_text_as_text()
    {
        // Code fences and spans hold code as it is, and a finding's message is Markdown by contract (the HTML test shows
        // it inert there); everything else that came from outside must be escaped.
        var outsideFences = Regex.Replace(_markdown, "^(`{3,})[a-z]*\n.*?^\\1$", "", RegexOptions.Multiline | RegexOptions.Singleline);
        var outsideCode = Regex.Replace(outsideFences, @"(?<!\\)(`+).+?(?<!\\)\1", "");
        var outsideProse = Regex.Replace(outsideCode, "^The callback returns.*$", "", RegexOptions.Multiline);
        Assert.DoesNotMatch(@"(?<!\\)<script", outsideProse);
        Assert.Contains("<script", outsideFences, StringComparison.Ordinal);
        Assert.StartsWith("# \\</code\\>\\</style\\>\\<script\\>alert(\"x\")\\</script\\> \\& 'co' \\| \\`tick\\`\n", _markdown);
        Assert.Contains("| Client | \\</code\\>", _markdown);
    }

    [Fact]
    public void Findings_are_listed_most_severe_first_with_their_own_ids()
    {
        var order = Regex.Matches(_html, "<article class=\"finding\" id=\"(F\\d)\">").Select(m => m.Groups[1].Value);
        Assert.Equal(["F1", "F3", "F2"], order);
    }

    [Fact]
    public void Html_and_markdown_name_every_section_in_the_same_order()
    {
        var html = Regex.Matches(_html, "<h2>(.+?)</h2>").Select(m => m.Groups[1].Value);
        var markdown = Regex.Matches(_markdown, "^## (.+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        Assert.Equal(html, markdown);
        Assert.Equal(7, html.Count());
    }
}
