using System.Buffers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ReviewGen.Discovery;

/// <summary>
/// The cheap syntactic pass: a document earns a semantic model only when one of its identifiers is a name the
/// catalog cares about. A miss costs a search of its text, and a token walk where the text holds one of the names;
/// binding a document costs far more.
/// </summary>
public sealed class DocumentPrefilter
{
    private readonly IReadOnlySet<string> _words;
    private readonly SearchValues<string> _search;

    public DocumentPrefilter(IReadOnlySet<string> words)
    {
        _words = words;
        _search = SearchValues.Create(words.ToArray(), StringComparison.Ordinal);
    }

    /// <summary>
    /// False when the text cannot hold one of the names as an identifier: an identifier's name is in the text as it
    /// is written, unless it is spelled with a Unicode escape (<c>\u0053slStream</c>), which sends the document on to
    /// the token walk. True only says "maybe": the name may be in a comment or a string.
    /// </summary>
    public bool MayName(string text) =>
        text.AsSpan().IndexOfAny(_search) >= 0
        || text.Contains("\\u", StringComparison.Ordinal)
        || text.Contains("\\U", StringComparison.Ordinal);

    public bool Names(SyntaxNode root) =>
        root.DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && _words.Contains(t.ValueText));
}
