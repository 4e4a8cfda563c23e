using ReviewGen.Review;
using ReviewGen.Text;
using Scriban.Runtime;

namespace ReviewGen.Rendering;

/// <summary>
/// Template helpers that put text from the reviewed code into Markdown without letting it change the document's
/// structure: a backtick in an identifier must not end a code span, a pipe in a title must not split a table cell.
/// </summary>
internal static class MarkdownFunctions
{
    // Every ASCII character that can open or close Markdown syntax inline; CommonMark allows a backslash before each.
    private const string InlineSyntax = "\\`*_[]<>|~!#&";

    public static ScriptObject Create()
    {
        var functions = new ScriptObject();
        functions.Import("md_code", new Func<string, string>(MarkdownInline.Code));
        functions.Import("md_text", new Func<string, string>(Text));
        functions.Import("md_cell", new Func<string, string>(Cell));
        functions.Import("md_fence", new Func<CodeExcerpt, string>(Fence));
        functions.Import("md_location", new Func<SourceLocation, string>(Location));
        functions.Import("line_range", new Func<int, int, string>(MarkdownInline.Lines));
        return functions;
    }

    /// <summary>Plain text (a compiler message, a project name) shown as itself, never as Markdown.</summary>
    public static string Text(string text)
    {
        var escaped = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (InlineSyntax.Contains(c))
                escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>
    /// Markdown already formed, made safe for one table cell: GFM splits cells on every unescaped pipe, even inside
    /// a code span, and a newline ends the row.
    /// </summary>
    public static string Cell(string markdown) =>
        markdown.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>A code fence the excerpt cannot close: longer than any backtick run inside it, and at least three.</summary>
    public static string Fence(CodeExcerpt excerpt)
    {
        var longest = excerpt.Lines.Select(l => MarkdownInline.LongestBacktickRun(l.Text)).DefaultIfEmpty(0).Max();
        return new string('`', Math.Max(3, longest + 1));
    }

    public static string Location(SourceLocation location) =>
        MarkdownInline.Location(location.Path, location.StartLine, location.EndLine);
}
