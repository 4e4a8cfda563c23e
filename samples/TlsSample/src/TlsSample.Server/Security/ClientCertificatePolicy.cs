using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using TlsSample.Server.Hosting;

namespace TlsSample.Server.Security;

/// <summary>
/// Client certificates must chain to our own issuing CA (custom root trust),
/// be valid for client authentication, and not be revoked.
/// </summary>
public sealed class ClientCertificatePolicy
{
    private const string ClientAuthenticationOid = "1.3.6.1.5.5.7.3.2";

    private readonly ServerCertificateProvider _certificates;

    public ClientCertificatePolicy(ServerCertificateProvider certificates)
    {
        _certificates = certificates;
    }

    public bool Validate(X509Certificate2 certificate, X509Chain? chain, SslPolicyErrors sslPolicyErrors)
    {
        // The platform chain is built against the system store; we only accept
        // our own CA, so rebuild the chain with custom trust.
        if ((sslPolicyErrors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var customChain = new X509Chain();
        customChain.ChainPolicy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            RevocationMode = X509RevocationMode.Online,
            RevocationFlag = X509RevocationFlag.ExcludeRoot,
            UrlRetrievalTimeout = TimeSpan.FromSeconds(5),
            VerificationFlags = X509VerificationFlags.NoFlag,
        };
        customChain.ChainPolicy.CustomTrustStore.AddRange(_certificates.ClientCertificateAuthorities);
        customChain.ChainPolicy.ApplicationPolicy.Add(new System.Security.Cryptography.Oid(ClientAuthenticationOid));

        return customChain.Build(certificate);
    }
}
