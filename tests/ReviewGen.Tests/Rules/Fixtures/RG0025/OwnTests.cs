using System;
using System.IO;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Fixture.Rg0025;

public sealed class InventoryClient
{
    private readonly bool _acceptUntrusted;

    public InventoryClient(bool acceptUntrusted) => _acceptUntrusted = acceptUntrusted;

    public SslStream AnyCertificate(Stream inner) =>
        new SslStream(inner, false, (sender, certificate, chain, errors) => certificate != null); // expect: RG0025

    public HttpClient SubjectOnly() => new(new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (request, certificate, chain, _) => // expect: RG0025
            certificate is not null && certificate.Subject.Contains("CN=inventory.internal", StringComparison.Ordinal),
    });

    public SslClientAuthenticationOptions NotExpired(string host) => new()
    {
        TargetHost = host,
        RemoteCertificateValidationCallback = (sender, certificate, chain, errors) => // expect: RG0025
        {
            if (certificate is not X509Certificate2 certificate2)
            {
                return false;
            }
            return DateTime.UtcNow < certificate2.NotAfter;
        },
    };

    public SslStream LoggedFlag(Stream inner, TextWriter log) =>
        new SslStream(inner, false, (sender, certificate, chain, errors) => // expect: RG0025
        {
            log.WriteLine($"server certificate {certificate?.Subject}");
            return _acceptUntrusted;
        });

    public SslStream ErrorsChecked(Stream inner) =>
        new SslStream(inner, false, (sender, certificate, chain, errors) =>
        {
            if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
            {
                return false;
            }
            return errors == SslPolicyErrors.None && certificate!.Subject.Contains("CN=inventory.internal", StringComparison.Ordinal);
        });

    public SslStream ErrorsSwitched(Stream inner) =>
        new SslStream(inner, false, (sender, certificate, chain, errors) => errors switch
        {
            SslPolicyErrors.None => true,
            _ => false,
        });

    public SslStream RejectsAll(Stream inner) =>
        new SslStream(inner, false, (sender, certificate, chain, errors) => false);
}
