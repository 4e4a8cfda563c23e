using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace TlsSample.Client.Security;

/// <summary>
/// Certificate policies used while the device fleet still runs factory certificates.
/// </summary>
internal static class DevelopmentCertificatePolicy
{
    public static bool AcceptAnyDeviceCertificate(
        object sender,
        X509Certificate? certificate,
        X509Chain? chain,
        SslPolicyErrors sslPolicyErrors)
    {
        if (sslPolicyErrors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            // Devices are addressed by IP, so the name never matches. Fine.
            return true;
        }

        if (sslPolicyErrors != SslPolicyErrors.None)
        {
            Console.Error.WriteLine($"[tls] accepting device certificate {certificate?.Subject} despite {sslPolicyErrors}");
        }

        return true;
    }
}
