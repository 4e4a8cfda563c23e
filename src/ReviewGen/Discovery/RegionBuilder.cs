using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ReviewGen.Discovery;

/// <summary>
/// Turns uses into regions: one per member and category, from the first to the last statement that touches the
/// category. A use inside a lambda extends the region by the lambda's statement, so the callback is inside it.
/// </summary>
public static class RegionBuilder
{
    public static IEnumerable<TlsRegion> Build(AnalyzedDocument document) =>
        document.Uses
            .GroupBy(u => (u.Member.Declaration, u.Category))
            .Select(group =>
            {
                var spans = group.Select(u => Extent(u).GetLocation().GetLineSpan()).ToArray();
                var start = spans.Min(s => s.StartLinePosition.Line) + 1;
                var end = spans.Max(s => s.EndLinePosition.Line) + 1;
                return new TlsRegion(document.Path, start, end, group.First().Member.DisplayName, group.Key.Category,
                    group.ToArray(), document.TargetFrameworks);
            });

    private static SyntaxNode Extent(TlsSymbolUse use)
    {
        if (use.Kind is UseKind.Overrides or UseKind.ValidatesInCallback or UseKind.Catches)
        {
            return use.Syntax;
        }
        foreach (var node in use.Syntax.AncestorsAndSelf())
        {
            switch (node)
            {
                case ExpressionStatementSyntax or LocalDeclarationStatementSyntax or ReturnStatementSyntax or ThrowStatementSyntax or YieldStatementSyntax:
                case BaseFieldDeclarationSyntax or PropertyDeclarationSyntax { ExpressionBody: null }:
                    return node;
                // A compound statement or a member would stretch the region over code that does not touch the symbol.
                case StatementSyntax or MemberDeclarationSyntax or ArrowExpressionClauseSyntax or AccessorDeclarationSyntax:
                    return use.Syntax;
            }
        }
        return use.Syntax;
    }
}
