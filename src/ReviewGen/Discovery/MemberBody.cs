using Microsoft.CodeAnalysis;

namespace ReviewGen.Discovery;

/// <summary>One member's code as an operation tree: a method, accessor, initializer or the top-level statements.</summary>
/// <param name="Declaration">The syntax that spans the member, for region extents and excerpts.</param>
/// <param name="DisplayName">Type.Member: the member's identity in findings, fingerprints and SARIF.</param>
/// <param name="Phrase">Markdown: how a sentence names the member ("the `Client` constructor").</param>
/// <param name="Symbol">The declared method or property, when there is one (not for top-level statements).</param>
public sealed record MemberBody(SyntaxNode Declaration, string DisplayName, string Phrase, IOperation Operation, ISymbol? Symbol);
