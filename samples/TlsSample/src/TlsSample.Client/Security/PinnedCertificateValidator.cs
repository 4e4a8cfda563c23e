using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TlsSample.Client.Security;

/// <summary>
/// Validates the payment provider's certificate against a set of pinned
/// SHA-256 thumbprints in addition to normal chain validation.
/// </summary>
public sealed class PinnedCertificateValidator
{
    private readonly HashSet<string> _pinnedThumbprints;

    public PinnedCertificateValidator(IEnumerable<string> pinnedSha256Thumbprints)
    {
        _pinnedThumbprints = new HashSet<string>(pinnedSha256Thumbprints, StringComparer.OrdinalIgnoreCase);
    }

    public bool Validate(X509Certificate2? certificate, X509Chain? chain, SslPolicyErrors sslPolicyErrors)
    {
        if (certificate is null || sslPolicyErrors != SslPolicyErrors.None)
        {
            return false;
        }

        var thumbprint = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        if (_pinnedThumbprints.Contains(thumbprint))
        {
            return true;
        }

        // Also accept a pinned intermediate so leaf rotation does not break us.
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements)
            {
                if (_pinnedThumbprints.Contains(element.Certificate.GetCertHashString(HashAlgorithmName.SHA256)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
