using ReviewGen.Text;
using Scriban.Runtime;

namespace ReviewGen.Rendering.PullRequest;

/// <summary>
/// Template helpers for the pull request comment: the review's Markdown helpers, plus the ones that make text from
/// code inert on GitHub (<see cref="CommentSafety"/>). Every value that comes from the reviewed code or from a
/// message built from it goes through <c>pr_text</c>, <c>pr_markdown</c>, <c>pr_html</c>, a code span or a fence.
/// </summary>
internal static class PrCommentFunctions
{
    public static ScriptObject Create()
    {
        var functions = MarkdownFunctions.Create();
        functions.Import("pr_text", new Func<string, string>(CommentSafety.Text));
        functions.Import("pr_markdown", new Func<string, string>(CommentSafety.Markdown));
        functions.Import("pr_html", new Func<string, string>(CommentSafety.Html));
        functions.Import("pr_location", new Func<PrCommentLocation, string>(Location));
        return functions;
    }

    /// <summary>"`path` lines 10–12", a link to those lines on the head commit when a link base is known.</summary>
    public static string Location(PrCommentLocation location)
    {
        var text = MarkdownInline.Location(location.Path, location.StartLine, location.EndLine);
        return location.Link is null ? text : $"[{text}]({location.Link})";
    }
}
