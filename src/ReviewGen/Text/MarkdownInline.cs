namespace ReviewGen.Text;

/// <summary>
/// Inline Markdown built from code. Identifiers and paths come from untrusted source, so every piece of code is put
/// in a code span that its own backticks cannot close (CommonMark: a run longer than any run inside).
/// </summary>
public static class MarkdownInline
{
    public static string Code(string text)
    {
        var singleLine = text.ReplaceLineEndings(" ");
        var fence = new string('`', LongestBacktickRun(singleLine) + 1);
        var pad = singleLine.StartsWith('`') || singleLine.EndsWith('`') ? " " : "";
        return fence + pad + singleLine + pad + fence;
    }

    public static int LongestBacktickRun(string text)
    {
        int longest = 0, current = 0;
        foreach (var c in text)
        {
            current = c == '`' ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }
        return longest;
    }

    /// <summary>"line 24" or "lines 24–31", the form every reference in the review uses.</summary>
    public static string Lines(int start, int end) => start == end ? $"line {start}" : $"lines {start}–{end}";

    /// <summary>"`path/File.cs` lines 24–31".</summary>
    public static string Location(string path, int start, int end) => $"{Code(path)} {Lines(start, end)}";
}
