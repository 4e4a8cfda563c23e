using Microsoft.CodeAnalysis;

namespace ReviewGen.Discovery;

/// <summary>
/// The names the catalog and the review use for symbols. Not cached here: a static cache would keep every
/// compilation alive; the catalog caches its matches for the length of one run instead.
/// </summary>
public static class SymbolNames
{
    private static readonly SymbolDisplayFormat QualifiedType = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.None);

    /// <summary>Namespace.Type for types, Namespace.Type.Member for members; no generic arguments or parameters.</summary>
    public static string Qualified(ISymbol symbol) => symbol.OriginalDefinition switch
    {
        ITypeSymbol type => type.ToDisplayString(QualifiedType),
        var member when member.ContainingType is { } owner => Qualified(owner) + "." + member.Name,
        var other => other.Name,
    };

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
