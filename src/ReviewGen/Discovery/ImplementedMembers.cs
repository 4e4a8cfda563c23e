using Microsoft.CodeAnalysis;

namespace ReviewGen.Discovery;

/// <summary>The library members a method overrides or implements, nearest first: how a user's subclass of a library hook is recognised.</summary>
public static class ImplementedMembers
{
    /// <summary>Namespace.Type.Method of each member <paramref name="method"/> overrides or implements, for matching against rule data.</summary>
    public static HashSet<string> NamesOf(IMethodSymbol method) => Of(method).Select(SymbolNames.Qualified).ToHashSet(StringComparer.Ordinal);

    /// <summary>Namespace.Type.Property of each property <paramref name="property"/> overrides or implements (old BouncyCastle's <c>MinimumVersion</c>).</summary>
    public static HashSet<string> NamesOf(IPropertySymbol property)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var current = property.OverriddenProperty; current is not null; current = current.OverriddenProperty)
        {
            names.Add(SymbolNames.Qualified(current));
        }
        foreach (var contract in property.ExplicitInterfaceImplementations)
        {
            names.Add(SymbolNames.Qualified(contract));
        }
        return names;
    }

    public static IEnumerable<IMethodSymbol> Of(IMethodSymbol method)
    {
        var overridden = new List<IMethodSymbol>();
        for (var current = method.OverriddenMethod; current is not null; current = current.OverriddenMethod)
        {
            overridden.Add(current);
        }
        foreach (var member in overridden.Concat(method.ExplicitInterfaceImplementations))
        {
            yield return member;
        }
        // An override of an abstract base method implements the interface member the base method implements.
        var self = overridden.Prepend(method).ToHashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        foreach (var contract in method.ContainingType.AllInterfaces)
        {
            foreach (var candidate in contract.GetMembers(method.Name).OfType<IMethodSymbol>())
            {
                if (method.ContainingType.FindImplementationForInterfaceMember(candidate) is IMethodSymbol implementation && self.Contains(implementation))
                {
                    yield return candidate;
                }
            }
        }
    }
}
