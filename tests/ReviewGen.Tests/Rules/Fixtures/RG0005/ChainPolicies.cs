using System.Security.Cryptography.X509Certificates;

namespace Fixture.Rg0005;

public static class ChainPolicies
{
    public static X509Chain UnknownRootsAccepted()
    {
        var chain = new X509Chain();
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.AllowUnknownCertificateAuthority; // expect: RG0005
        return chain;
    }

    public static X509ChainPolicy ExpiredAccepted() => new()
    {
        VerificationFlags = X509VerificationFlags.IgnoreNotTimeValid | X509VerificationFlags.IgnoreCtlNotTimeValid, // expect: RG0005
    };

    public static void EverythingOverlooked(X509Chain chain) =>
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.AllFlags; // expect: RG0005, RG0009

    public static void NameIgnoredAddedToExisting(X509ChainPolicy policy) =>
        policy.VerificationFlags |= X509VerificationFlags.IgnoreInvalidName; // expect: RG0005

    public static X509Chain PrivateRootTrustedProperly(X509Certificate2 root)
    {
        var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.NoFlag;
        return chain;
    }

    public static bool Inspected(X509ChainPolicy policy) =>
        policy.VerificationFlags.HasFlag(X509VerificationFlags.AllowUnknownCertificateAuthority);

    public static X509VerificationFlags Cleared(X509VerificationFlags flags) => flags & ~X509VerificationFlags.IgnoreNotTimeValid;
}
