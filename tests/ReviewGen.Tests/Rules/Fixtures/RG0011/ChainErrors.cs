using System.IO;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Fixture.Rg0011;

public static class ChainErrors
{
    public static SslStream UntrustedRootsAccepted(Stream inner) =>
        new SslStream(inner, false, (sender, certificate, chain, errors) => // expect: RG0011
        {
            if (errors == SslPolicyErrors.RemoteCertificateChainErrors)
            {
                return true;
            }
            return errors == SslPolicyErrors.None;
        });

    public static SslClientAuthenticationOptions OnlyNameChecked() => new()
    {
        RemoteCertificateValidationCallback = NameOnly, // expect: RG0011
    };

    private static bool NameOnly(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
        (errors & SslPolicyErrors.RemoteCertificateNameMismatch) == 0;

    public static SslStream OwnChain(Stream inner, X509Certificate2 root) =>
        new SslStream(inner, false, (sender, certificate, chain, errors) =>
        {
            if (errors == SslPolicyErrors.None)
            {
                return true;
            }
            if (errors != SslPolicyErrors.RemoteCertificateChainErrors || certificate is null)
            {
                return false;
            }
            using var own = new X509Chain();
            own.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            own.ChainPolicy.CustomTrustStore.Add(root);
            return own.Build(new X509Certificate2(certificate));
        });

    public static SslStream Strict(Stream inner) =>
        new SslStream(inner, false, (sender, certificate, chain, errors) => errors == SslPolicyErrors.None);
}
