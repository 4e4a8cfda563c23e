using Microsoft.CodeAnalysis;
using ReviewGen.Catalog;

namespace ReviewGen.Discovery;

/// <summary>One place where a member's code touches a catalog symbol.</summary>
/// <param name="Syntax">The node the use stands on; its lines extend the region.</param>
/// <param name="Operation">The operation, when the use is one (not for a declared override).</param>
/// <param name="SymbolName">Fully-qualified name of the catalog symbol.</param>
/// <param name="DisplayName">Type.Member as the review shows it.</param>
/// <param name="Incidental">
/// The use decides nothing about TLS: plain I/O over an established connection, a base-constructor call, or the
/// project's own member reached through a TLS base type. It still places its code in a region; the review's
/// narrative leaves it out.
/// </param>
public sealed record TlsSymbolUse(
    SyntaxNode Syntax,
    IOperation? Operation,
    ISymbol Symbol,
    string SymbolName,
    string DisplayName,
    TlsCategory Category,
    UseKind Kind,
    MemberBody Member,
    bool Incidental = false);
