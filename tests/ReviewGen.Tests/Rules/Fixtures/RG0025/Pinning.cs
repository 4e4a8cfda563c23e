using System;
using System.IO;
using System.Linq;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Fixture.Rg0025;

public static class PaymentGateway
{
    private static readonly byte[] PinnedSpki = Convert.FromBase64String("n3kpVj7Yj8TVmPqg2bX5Hq8XzI3pY0d8f3Lh0mQ0O6s=");

    public static SslStream PinnedPublicKey(Stream inner) =>
        new SslStream(inner, false, (sender, certificate, chain, errors) =>
            certificate is X509Certificate2 c && SHA256.HashData(c.PublicKey.ExportSubjectPublicKeyInfo()).SequenceEqual(PinnedSpki));

    public static SslStream PinnedThumbprint(Stream inner) => new SslStream(inner, false, CompareThumbprint);

    public static SslStream CustomRoot(Stream inner, X509Certificate2 root) =>
        new SslStream(inner, false, (sender, certificate, chain, errors) =>
        {
            if (certificate is null)
            {
                return false;
            }
            using var own = new X509Chain();
            own.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            own.ChainPolicy.CustomTrustStore.Add(root);
            return own.Build(new X509Certificate2(certificate));
        });

    public static SslStream ChainWalkedOnly(Stream inner) =>
        new SslStream(inner, false, (sender, certificate, chain, errors) => chain is not null && chain.ChainElements.Count > 0); // expect: RG0025

    public static SslStream DelegatedToPolicy(Stream inner, ClientPolicy policy) =>
        new SslStream(inner, false, (sender, certificate, chain, errors) => policy.Allows(certificate, chain));

    public static SslStream FromAnotherFile(Stream inner) => new SslStream(inner, false, GatewayCallbacks.SenderKnown); // expect: RG0025

    private static bool CompareThumbprint(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
        certificate is X509Certificate2 c && string.Equals(c.Thumbprint, "3F2A9C1D5E7B80A4C6D9E1F203B5A7C9D1E3F506", StringComparison.OrdinalIgnoreCase);
}

public sealed class ClientPolicy
{
    public bool Allows(X509Certificate? certificate, X509Chain? chain)
    {
        if (certificate is null || chain is null)
        {
            return false;
        }
        chain.ChainPolicy.RevocationMode = X509RevocationMode.Online;
        return chain.Build(new X509Certificate2(certificate));
    }
}
