using System.Text;

namespace ReviewGen.Rendering.PullRequest;

/// <summary>
/// Makes text from the reviewed code inert in a GitHub comment. Escaping Markdown is not enough there: GitHub turns
/// <c>@name</c> into a notification and <c>#123</c>, <c>GH-123</c> and <c>owner/repo#123</c> into links (and
/// cross-references in the issue named) after rendering, backslash escapes or not; and raw HTML in a comment would
/// let code text close the comment's own <c>&lt;details&gt;</c>. So outside code spans and fences, where GitHub
/// does neither, an invisible character is put after the <c>@</c>, <c>#</c> or <c>GH-</c>, and <c>&lt;</c>,
/// <c>&gt;</c> and <c>&amp;</c> become entities. The reader sees the same text.
/// </summary>
internal static class CommentSafety
{
    /// <summary>A zero-width space, as an entity so that the comment's source stays readable.</summary>
    public const string Invisible = "&#8203;";

    // Every ASCII character that can open or close Markdown syntax inline, less those written as entities here.
    private const string InlineSyntax = "\\`*_[]|~!#";

    /// <summary>
    /// Markdown from the model (a message, a fix) for use inside a line: its code spans are kept as they are, the rest
    /// made inert. Line breaks become spaces, so that nothing in it can start a block (a fence, a heading, HTML) that
    /// would swallow the rest of the comment; the model's prose is one paragraph anyway.
    /// </summary>
    public static string Markdown(string text)
    {
        var markdown = text.ReplaceLineEndings(" ");
        var inert = new StringBuilder(markdown.Length + 16);
        var i = 0;
        while (i < markdown.Length)
        {
            var c = markdown[i];
            if (c == '\\' && i + 1 < markdown.Length && IsAsciiPunctuation(markdown[i + 1]))
            {
                i = Escaped(markdown, i, inert);
            }
            else if (c == '`')
            {
                i = CodeSpan(markdown, i, inert);
            }
            else
            {
                i = Inert(markdown, i, inert);
            }
        }
        return inert.ToString();
    }

    /// <summary>Plain text (a title, a description) shown as itself in Markdown, on one line.</summary>
    public static string Text(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        var inert = new StringBuilder(line.Length + 16);
        var i = 0;
        while (i < line.Length)
        {
            if (InlineSyntax.Contains(line[i]))
                inert.Append('\\');
            i = Inert(line, i, inert);
        }
        return inert.ToString();
    }

    /// <summary>Plain text inside an HTML element of the comment (its <c>&lt;summary&gt;</c>), where Markdown is not read.</summary>
    public static string Html(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        var inert = new StringBuilder(line.Length + 16);
        var i = 0;
        while (i < line.Length)
        {
            switch (line[i])
            {
                case '"':
                    inert.Append("&quot;");
                    i++;
                    break;
                case '\'':
                    inert.Append("&#39;");
                    i++;
                    break;
                default:
                    i = Inert(line, i, inert);
                    break;
            }
        }
        return inert.ToString();
    }

    /// <summary>One character at <paramref name="i"/> (or "GH-"), written inert; returns the index after it.</summary>
    private static int Inert(string text, int i, StringBuilder inert)
    {
        var c = text[i];
        switch (c)
        {
            case '<':
                inert.Append("&lt;");
                return i + 1;
            case '>':
                inert.Append("&gt;");
                return i + 1;
            case '&':
                inert.Append("&amp;");
                return i + 1;
            case '@' when i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]):
            case '#' when i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]):
                inert.Append(c).Append(Invisible);
                return i + 1;
            case 'G' or 'g' when i + 3 < text.Length
                                 && text.AsSpan(i, 3).Equals("GH-", StringComparison.OrdinalIgnoreCase)
                                 && char.IsAsciiDigit(text[i + 3]):
                inert.Append(text, i, 3).Append(Invisible);
                return i + 3;
            default:
                inert.Append(c);
                return i + 1;
        }
    }

    /// <summary>
    /// A backslash before punctuation. Before a character written as an entity the backslash is dropped (it would
    /// show the entity's text); before <c>@</c> or <c>#</c> it is kept and the character made inert (a backslash
    /// does not stop a mention); before anything else the pair is kept, so an escaped backtick opens no code span.
    /// </summary>
    private static int Escaped(string text, int i, StringBuilder inert)
    {
        var next = text[i + 1];
        if (next is '<' or '>' or '&')
            return i + 1;
        inert.Append('\\');
        if (next is '@' or '#')
            return i + 1;
        inert.Append(next);
        return i + 2;
    }

    /// <summary>
    /// A code span (CommonMark: a backtick run closed by the next run of the same length) copied as it is; a run
    /// that nothing closes is literal backticks, escaped so that they cannot open a fence either.
    /// </summary>
    private static int CodeSpan(string text, int i, StringBuilder inert)
    {
        var length = Run(text, i);
        var search = i + length;
        while (search < text.Length)
        {
            var next = text.IndexOf('`', search);
            if (next < 0)
                break;
            var closing = Run(text, next);
            if (closing == length)
            {
                inert.Append(text, i, next + closing - i);
                return next + closing;
            }
            search = next + closing;
        }
        for (var k = 0; k < length; k++)
            inert.Append("\\`");
        return i + length;
    }

    private static bool IsAsciiPunctuation(char c) => c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~';

    private static int Run(string text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] == '`')
            end++;
        return end - start;
    }
}
