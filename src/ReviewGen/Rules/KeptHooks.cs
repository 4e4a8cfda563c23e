using Microsoft.CodeAnalysis;
using ReviewGen.Discovery;

namespace ReviewGen.Rules;

/// <summary>
/// Whether a class keeps a library hook as the library wrote it: it derives from the type that declares the hook and
/// nothing on the way, in the solution or in the library, overrides it. Such a class does what the library does.
/// </summary>
public static class KeptHooks
{
    /// <param name="hook">Namespace.Type.Member of the virtual method or property.</param>
    public static bool Keeps(INamedTypeSymbol type, string hook)
    {
        var owner = hook[..hook.LastIndexOf('.')];
        var name = hook[(hook.LastIndexOf('.') + 1)..];
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolNames.Qualified(current) == owner)
            {
                return true;
            }
            if (current.GetMembers(name).Any(m => m.IsOverride))
            {
                return false;
            }
        }
        return false;
    }
}
