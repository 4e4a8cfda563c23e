using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using ReviewGen.Discovery;
using ReviewGen.Text;

namespace ReviewGen.Rules;

/// <summary>Pieces of code quoted in messages: whitespace folded, always inside a safe code span.</summary>
public static partial class CodeText
{
    public static string Quote(SyntaxNode node) => MarkdownInline.Code(Fold(node.ToString()));

    public static string Quote(ISymbol symbol) => MarkdownInline.Code(SymbolNames.Short(symbol));

    public static string Fold(string code) => Whitespace().Replace(code.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
