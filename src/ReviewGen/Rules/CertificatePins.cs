using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ReviewGen.Rules;

/// <summary>
/// Where code reads what identifies one certificate and no other: its hash, public key or encoding. Reading them is
/// how a pin is compared; the subject, issuer or serial number are not among them, since anyone can write those into
/// a certificate of their own making.
/// </summary>
public static class CertificatePins
{
    private static readonly HashSet<string> Identifying =
    [
        "Thumbprint", "GetCertHash", "GetCertHashString", "TryGetCertHash", "RawData", "RawDataMemory", "GetRawCertData", "GetRawCertDataString",
        "PublicKey", "GetPublicKey", "GetPublicKeyString", "GetRSAPublicKey", "GetECDsaPublicKey", "GetDSAPublicKey", "GetECDiffieHellmanPublicKey",
    ];

    /// <summary>The first read of an identifying member of an X.509 certificate under <paramref name="root"/>; null when there is none.</summary>
    public static IOperation? First(IOperation root) =>
        root.DescendantsAndSelf().FirstOrDefault(o => Member(o) is { } member && Identifying.Contains(member.Name) && X509Types.IsCertificate(member.ContainingType));

    /// <summary>The member a pin reads, for messages.</summary>
    public static ISymbol? Member(IOperation operation) => operation switch
    {
        IPropertyReferenceOperation property => property.Property,
        IInvocationOperation invocation => invocation.TargetMethod,
        _ => null,
    };
}
