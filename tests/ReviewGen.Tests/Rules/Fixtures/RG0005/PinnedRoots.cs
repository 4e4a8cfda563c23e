using System.Linq;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Fixture.Rg0005;

// Before CustomRootTrust: an unknown root is allowed, then the chain's root must be one of the supplied CAs.
public static class BrokerTrust
{
    public static SslClientAuthenticationOptions WithCaCertificates(SslClientAuthenticationOptions options, X509Certificate2Collection authorities)
    {
        options.RemoteCertificateValidationCallback = ValidateAgainstAuthorities;
        return options;

        bool ValidateAgainstAuthorities(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
        {
            if ((errors & SslPolicyErrors.RemoteCertificateChainErrors) != 0 && chain is not null && certificate is not null)
            {
                chain.ChainPolicy.VerificationFlags = X509VerificationFlags.AllowUnknownCertificateAuthority;
                chain.ChainPolicy.ExtraStore.AddRange(authorities);
                if (chain.Build((X509Certificate2)certificate))
                {
                    errors &= ~SslPolicyErrors.RemoteCertificateChainErrors;
                }
            }
            var root = chain?.ChainElements[^1].Certificate;
            if (root is null || !authorities.Any(a => a.RawData.SequenceEqual(root.RawData)))
            {
                errors |= SslPolicyErrors.RemoteCertificateChainErrors;
            }
            return errors == SslPolicyErrors.None;
        }
    }

    // Pinned by thumbprint, yet expired certificates are let through: the pin does not excuse that flag.
    public static bool PinnedButExpiredAllowed(X509Certificate2 certificate, string thumbprint)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.AllowUnknownCertificateAuthority | X509VerificationFlags.IgnoreNotTimeValid; // expect: RG0005
        return chain.Build(certificate) && chain.ChainElements[^1].Certificate.Thumbprint == thumbprint;
    }

    // No pin: any root goes.
    public static bool AnyRoot(X509Certificate2 certificate, X509Certificate2Collection intermediates)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.ExtraStore.AddRange(intermediates); // expect: RG0026
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.AllowUnknownCertificateAuthority; // expect: RG0005
        return chain.Build(certificate);
    }
}
