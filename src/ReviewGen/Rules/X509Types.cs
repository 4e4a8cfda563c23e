using Microsoft.CodeAnalysis;

namespace ReviewGen.Rules;

/// <summary>The X.509 types of <c>System.Security.Cryptography.X509Certificates</c> the checks recognise, by namespace and name through base types.</summary>
public static class X509Types
{
    public const string Namespace = "System.Security.Cryptography.X509Certificates";

    /// <summary><c>X509Certificate</c> or a type derived from it (<c>X509Certificate2</c>).</summary>
    public static bool IsCertificate(ITypeSymbol? type) => Is(type, "X509Certificate");

    /// <summary>A certificate, a chain or a chain element: a value that carries a certificate.</summary>
    public static bool CarriesCertificate(ITypeSymbol? type) => IsCertificate(type) || Is(type, "X509Chain") || Is(type, "X509ChainElement");

    private static bool Is(ITypeSymbol? type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == name && current.ContainingNamespace?.ToDisplayString() == Namespace)
            {
                return true;
            }
        }
        return false;
    }
}
