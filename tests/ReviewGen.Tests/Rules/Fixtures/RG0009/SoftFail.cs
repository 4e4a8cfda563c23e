using System.Security.Cryptography.X509Certificates;

namespace Fixture.Rg0009;

public static class SoftFail
{
    public static X509Chain UnknownStatusAccepted()
    {
        var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.Online;
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.IgnoreEndRevocationUnknown // expect: RG0009
            | X509VerificationFlags.IgnoreCertificateAuthorityRevocationUnknown;
        return chain;
    }

    public static X509ChainPolicy RootUnknown() => new()
    {
        RevocationMode = X509RevocationMode.Offline,
        VerificationFlags = X509VerificationFlags.IgnoreRootRevocationUnknown, // expect: RG0009
    };

    public static X509Chain HardFail()
    {
        var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.Online;
        chain.ChainPolicy.RevocationFlag = X509RevocationFlag.EntireChain;
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.NoFlag;
        return chain;
    }

    public static bool SoftFailing(X509ChainPolicy policy) =>
        (policy.VerificationFlags & X509VerificationFlags.IgnoreEndRevocationUnknown) != 0;
}
