using System.Globalization;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReviewGen.Rendering;

/// <summary>
/// Prose fields of the model (Markdown) as HTML that cannot run or fetch anything: raw HTML is escaped, images become
/// links, and a link keeps its target only when it is a web, mail or in-page address.
/// </summary>
internal static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    private static readonly string[] SafeSchemes = ["https://", "http://", "mailto:"];

    /// <summary>Block HTML: paragraphs, lists.</summary>
    public static string ToHtml(string markdown) => Render(markdown, inline: false).TrimEnd('\n');

    /// <summary>A single paragraph without its <c>&lt;p&gt;</c>, for a list item or a sentence.</summary>
    public static string ToInlineHtml(string markdown) => Render(markdown, inline: true).TrimEnd('\n');

    /// <summary>The text a reader sees, for formats that take no markup (SARIF's <c>text</c> fields).</summary>
    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline).Trim();

    private static string Render(string markdown, bool inline)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        Neutralize(document);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { ImplicitParagraph = inline };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static void Neutralize(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            // The page promises to make no request when opened; an image would.
            link.IsImage = false;
            if (!IsSafeTarget(link.Url))
                link.Url = "#";
        }
        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!autolink.IsEmail && !IsSafeTarget(autolink.Url))
                autolink.Url = "#";
        }
    }

    // Relative targets (no scheme) are allowed; "javascript:" and "data:" are not.
    private static bool IsSafeTarget(string? url) =>
        url is null
        || SafeSchemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase))
        || !url.Contains(':', StringComparison.Ordinal);
}
