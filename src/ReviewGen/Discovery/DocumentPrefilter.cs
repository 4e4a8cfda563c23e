using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ReviewGen.Discovery;

/// <summary>
/// The cheap syntactic pass: a document earns a semantic model only when one of its identifiers is a name the
/// catalog cares about. A miss costs a token walk; binding a document costs far more.
/// </summary>
public static class DocumentPrefilter
{
    public static bool IsCandidate(SyntaxNode root, IReadOnlySet<string> words) =>
        root.DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && words.Contains(t.ValueText));
}
