using System.Text.RegularExpressions;
using ReviewGen.Rendering.PullRequest;

namespace ReviewGen.Tests.Rendering.PullRequest;

public sealed class CommentSafetyTests
{
    public static TheoryData<string> Hostile =>
    [
        "@octocat",
        "ping @org/security-team now",
        "fixes #1 and GH-42 and gh-7 and octo/repo#123",
        "</details><script>alert(1)</script>",
        "\\@octocat \\#1 \\<b\\>",
        "``` @octocat",
        "\\` @octocat \\`",
        "a & b &#64;octocat",
        "line one\n@octocat on line two",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Markdown_outside_code_spans_cannot_mention_link_or_inject(string text)
    {
        AssertInert(CommentSafety.Markdown(text));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Plain_text_cannot_mention_link_or_inject(string text)
    {
        AssertInert(CommentSafety.Text(text));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Html_text_cannot_mention_link_or_inject(string text)
    {
        AssertInert(CommentSafety.Html(text));
    }

    [Fact]
    public void Code_spans_are_kept_as_written()
    {
        Assert.Equal("calls `@octocat #1 <b>` and @&#8203;octocat", CommentSafety.Markdown("calls `@octocat #1 <b>` and @octocat"));
        Assert.Equal("``a ` @x`` then #&#8203;2", CommentSafety.Markdown("``a ` @x`` then #2"));
    }

    [Fact]
    public void A_backtick_run_nothing_closes_is_escaped_text()
    {
        Assert.Equal("\\`\\`\\` @&#8203;octocat", CommentSafety.Markdown("``` @octocat"));
    }

    [Fact]
    public void Markdown_stays_on_one_line_so_it_cannot_start_a_block()
    {
        Assert.Equal("a ~~~ b # c", CommentSafety.Markdown("a\n~~~\nb\r\n# c"));
    }

    [Fact]
    public void Every_kind_of_reference_gets_the_invisible_character()
    {
        Assert.Equal(
            "@&#8203;org/team #&#8203;1 GH-&#8203;42 gh-&#8203;7 octo/repo#&#8203;123 a@&#8203;b.example",
            CommentSafety.Markdown("@org/team #1 GH-42 gh-7 octo/repo#123 a@b.example"));
    }

    [Fact]
    public void Plain_text_escapes_markdown_and_stays_on_one_line()
    {
        Assert.Equal("a\\|b \\*c\\* \\#&#8203;1 &lt;x&gt; \\`y\\` z", CommentSafety.Text("a|b *c* #1 <x> `y`\nz"));
    }

    [Fact]
    public void Html_text_escapes_quotes_and_tags()
    {
        Assert.Equal("&quot;x&quot; &#39;y&#39; &lt;/summary&gt;", CommentSafety.Html("\"x\" 'y' </summary>"));
    }

    [Fact]
    public void A_backslash_before_an_entity_character_is_dropped()
    {
        Assert.Equal("&lt;b&gt; &amp;", CommentSafety.Markdown("\\<b\\> \\&"));
    }

    /// <summary>No mention, no reference, no tag and no entity of the code's own, outside code spans.</summary>
    private static void AssertInert(string output)
    {
        var outside = Regex.Replace(output, @"(?<!\\)(`+)(?!`).*?(?<!`)\1(?!`)", "");
        Assert.DoesNotMatch(@"@[A-Za-z0-9]", outside);
        Assert.DoesNotMatch(@"(?<!&)#\d", outside);
        Assert.DoesNotMatch(@"(?i)GH-\d", outside);
        Assert.DoesNotContain("<", outside);
        Assert.DoesNotContain(">", outside);
        Assert.DoesNotMatch(@"&(?!(?:lt|gt|amp|quot|#39|#8203);)", outside);
    }
}
