using System;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Fixture.Rg0001;

public static class CertificatePolicies
{
    public static bool TrustEverything(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        Console.WriteLine($"accepting {certificate?.Subject}");
        return true;
    }

    public static bool Pinned(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
        certificate is X509Certificate2 actual
        && string.Equals(actual.Thumbprint, Connections.Pin, StringComparison.OrdinalIgnoreCase);
}
