using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace ReviewGen.Discovery;

/// <summary>The names the catalog and the review use for symbols; computed once per symbol.</summary>
public static class SymbolNames
{
    private static readonly SymbolDisplayFormat QualifiedType = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.None);

    private static readonly ConcurrentDictionary<ISymbol, string> Cache = new(SymbolEqualityComparer.Default);

    /// <summary>Namespace.Type for types, Namespace.Type.Member for members; no generic arguments or parameters.</summary>
    public static string Qualified(ISymbol symbol) => Cache.GetOrAdd(symbol.OriginalDefinition, static s => s switch
    {
        ITypeSymbol type => type.ToDisplayString(QualifiedType),
        _ when s.ContainingType is { } owner => Qualified(owner) + "." + s.Name,
        _ => s.Name,
    });

    /// <summary>Type.Member (or Type) as a reader would write it; constructors read as the type.</summary>
    public static string Short(ISymbol symbol) => symbol switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor } ctor => ctor.ContainingType.Name,
        IMethodSymbol { ReducedFrom: { } extension } => extension.ContainingType.Name + "." + extension.Name,
        ITypeSymbol type => type.Name,
        _ when symbol.ContainingType is { } owner => owner.Name + "." + symbol.Name,
        _ => symbol.Name,
    };
}
