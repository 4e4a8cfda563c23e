using Microsoft.CodeAnalysis;

namespace ReviewGen.Discovery;

/// <summary>The library members a method overrides or implements, nearest first: how a user's subclass of a library hook is recognised.</summary>
public static class ImplementedMembers
{
    public static IEnumerable<IMethodSymbol> Of(IMethodSymbol method)
    {
        for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            yield return overridden;
        }
        foreach (var implemented in method.ExplicitInterfaceImplementations)
        {
            yield return implemented;
        }
        foreach (var contract in method.ContainingType.AllInterfaces)
        {
            foreach (var candidate in contract.GetMembers(method.Name).OfType<IMethodSymbol>())
            {
                if (SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(candidate), method))
                {
                    yield return candidate;
                }
            }
        }
    }
}
