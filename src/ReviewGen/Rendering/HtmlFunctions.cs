using Scriban.Runtime;

namespace ReviewGen.Rendering;

/// <summary>
/// Template helpers for the HTML page. Prose fields go through <c>markdown</c>; every other value comes from the
/// reviewed code and is escaped in the template with <c>html.escape</c>.
/// </summary>
internal static class HtmlFunctions
{
    public static ScriptObject Create()
    {
        var functions = MarkdownFunctions.Create();
        functions.Import("markdown", new Func<string, string>(SafeMarkdown.ToHtml));
        functions.Import("markdown_inline", new Func<string, string>(SafeMarkdown.ToInlineHtml));
        functions.Import("token_class", new Func<string, string>(TokenClasses.Of));
        functions.Import("css_string", new Func<string, string>(CssString.Quote));
        return functions;
    }
}
