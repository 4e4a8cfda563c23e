using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace Fixture.Rg0027;

public static class GatewayHost
{
    public static void RequireClientCertificates(KestrelServerOptions kestrel, X509Certificate2 serverCertificate)
    {
        kestrel.ConfigureHttpsDefaults(https =>
        {
            https.ServerCertificate = serverCertificate;
            https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
            https.AllowAnyClientCertificate(); // expect: RG0027
        });
    }

    public static HttpsConnectionAdapterOptions ValidationReplaced(X509Certificate2 issuingCa)
    {
        var options = new HttpsConnectionAdapterOptions { ClientCertificateMode = ClientCertificateMode.AllowCertificate };
        options.ClientCertificateValidation = (certificate, chain, errors) => errors == System.Net.Security.SslPolicyErrors.None;
        options.AllowAnyClientCertificate(); // expect: RG0027
        return options;
    }

    public static HttpsConnectionAdapterOptions ValidatedAfterwards(X509Certificate2 issuingCa)
    {
        var options = new HttpsConnectionAdapterOptions { ClientCertificateMode = ClientCertificateMode.RequireCertificate };
        options.AllowAnyClientCertificate();
        options.ClientCertificateValidation = (certificate, chain, errors) =>
        {
            using var own = new X509Chain();
            own.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            own.ChainPolicy.CustomTrustStore.Add(issuingCa);
            return own.Build(certificate);
        };
        return options;
    }

    public static void NoClientCertificates(KestrelServerOptions kestrel) =>
        kestrel.ConfigureHttpsDefaults(https =>
        {
            https.ClientCertificateMode = ClientCertificateMode.NoCertificate;
            https.AllowAnyClientCertificate();
        });
}
