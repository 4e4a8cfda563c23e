using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ReviewGen.Review.Suppressions;

/// <summary>
/// <c>#pragma warning disable RG0001 // reason</c> above the finding and not restored before it, read as the compiler
/// reads pragmas: from the top of the file down to the finding, each directive that names the rule overriding the one
/// before, and a bare <c>#pragma warning restore</c> restoring every id. A bare <c>#pragma warning disable</c> does not
/// count: it is written to quiet compiler warnings, and a security finding is hidden only by a pragma that names it.
/// </summary>
internal static class PragmaSuppressions
{
    public static SourceSuppression? Find(SyntaxNode root, SourceText text, string ruleId, int position, string path)
    {
        PragmaWarningDirectiveTriviaSyntax? disabling = null;
        // Only nodes that hold a directive are entered, so a file without pragmas is not walked.
        var pragmas = root.DescendantTrivia(node => node.ContainsDirectives)
            .Where(t => t.IsKind(SyntaxKind.PragmaWarningDirectiveTrivia))
            .Select(t => (PragmaWarningDirectiveTriviaSyntax)t.GetStructure()!)
            .Where(p => p.IsActive);
        foreach (var pragma in pragmas)
        {
            if (pragma.SpanStart >= position)
            {
                break;
            }
            var disables = pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword);
            if (pragma.ErrorCodes.Any(code => string.Equals(code.ToString(), ruleId, StringComparison.OrdinalIgnoreCase)))
            {
                disabling = disables ? pragma : null;
            }
            else if (pragma.ErrorCodes.Count == 0 && !disables)
            {
                disabling = null;
            }
        }
        if (disabling is null)
        {
            return null;
        }
        var comment = disabling.DescendantTrivia(descendIntoTrivia: true).FirstOrDefault(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia));
        var reason = comment.IsKind(SyntaxKind.SingleLineCommentTrivia) ? comment.ToString()[2..].Trim() : "";
        return new SourceSuppression(SourceSuppression.Pragma, reason.Length == 0 ? null : reason, path,
            text.Lines.GetLineFromPosition(disabling.SpanStart).LineNumber + 1);
    }
}
