using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ReviewGen.Review.Suppressions;

/// <summary>
/// <c>// reviewgen-ignore RG0001: reason</c>, several ids separated by commas, on a line of the finding or on the
/// line just above it. On the line above it counts only when it stands alone there: a comment after code belongs to
/// that code, which may be a finding of its own.
/// </summary>
internal static partial class IgnoreComments
{
    public static SourceSuppression? Find(SyntaxNode root, SourceText text, string ruleId, int startLine, int endLine, string path)
    {
        var firstLine = Math.Max(1, startLine - 1);
        var span = TextSpan.FromBounds(text.Lines[firstLine - 1].Start, text.Lines[endLine - 1].End);
        foreach (var comment in root.DescendantTrivia(span).Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) && span.Contains(t.Span)))
        {
            var match = Comment().Match(comment.ToString());
            if (!match.Success || !Ids(match).Contains(ruleId, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }
            var line = text.Lines.GetLineFromPosition(comment.SpanStart);
            if (line.LineNumber + 1 < startLine && !string.IsNullOrWhiteSpace(text.ToString(TextSpan.FromBounds(line.Start, comment.SpanStart))))
            {
                continue;
            }
            var reason = match.Groups["reason"].Value.Trim();
            return new SourceSuppression(SourceSuppression.IgnoreComment, reason.Length == 0 ? null : reason, path, line.LineNumber + 1);
        }
        return null;
    }

    private static IEnumerable<string> Ids(Match match) =>
        match.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"^//\s*reviewgen-ignore\s+(?<ids>[A-Za-z]+[0-9]+(\s*,\s*[A-Za-z]+[0-9]+)*)\b\s*:?(?<reason>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Comment();
}
