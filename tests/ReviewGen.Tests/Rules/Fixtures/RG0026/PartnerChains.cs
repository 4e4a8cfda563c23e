using System;
using System.Linq;
using System.Security.Cryptography.X509Certificates;

namespace Fixture.Rg0026;

public static class PartnerChains
{
    public static bool ValidateWithUnknownAuthority(X509Certificate2 leaf, X509Certificate2 partnerRoot)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.ExtraStore.Add(partnerRoot); // expect: RG0026
        chain.ChainPolicy.RevocationMode = X509RevocationMode.Online;
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.AllowUnknownCertificateAuthority; // expect: RG0005
        return chain.Build(leaf);
    }

    public static bool ValidateToleratingUntrustedRoot(X509Certificate2 leaf, X509Certificate2Collection partnerCas)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.ExtraStore.AddRange(partnerCas); // expect: RG0026
        if (chain.Build(leaf))
        {
            return true;
        }
        return chain.ChainStatus.All(status => status.Status == X509ChainStatusFlags.UntrustedRoot);
    }

    public static bool ValidateAgainstCustomRoot(X509Certificate2 leaf, X509Certificate2 partnerRoot, X509Certificate2Collection intermediates)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(partnerRoot);
        chain.ChainPolicy.ExtraStore.AddRange(intermediates);
        return chain.Build(leaf);
    }

    public static bool ValidateIntermediatesOnly(X509Certificate2 leaf, X509Certificate2Collection intermediates)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.ExtraStore.AddRange(intermediates);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.Online;
        return chain.Build(leaf);
    }

    public static bool ValidateAndCompareRoot(X509Certificate2 leaf, X509Certificate2 partnerRoot)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.ExtraStore.Add(partnerRoot);
        // Sound for RG0005 too: the root is compared with the partner's below.
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.AllowUnknownCertificateAuthority;
        if (!chain.Build(leaf))
        {
            return false;
        }
        var root = chain.ChainElements[^1].Certificate;
        return root.RawData.AsSpan().SequenceEqual(partnerRoot.RawData);
    }

    public static bool RejectsUntrustedRoot(X509Certificate2 leaf, X509Certificate2Collection intermediates)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.ExtraStore.AddRange(intermediates);
        return chain.Build(leaf) || !chain.ChainStatus.Any(status => status.Status == X509ChainStatusFlags.UntrustedRoot);
    }
}
