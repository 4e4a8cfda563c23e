using System;
using System.IO;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Fixture.Rg0010;

public static class NameMismatch
{
    public static SslStream Compared(Stream inner) =>
        new SslStream(inner, false, (sender, certificate, chain, errors) => // expect: RG0010
            errors == SslPolicyErrors.None || errors == SslPolicyErrors.RemoteCertificateNameMismatch);

    public static HttpClientHandler Masked() => new()
    {
        ServerCertificateCustomValidationCallback = IgnoreHostName, // expect: RG0010
    };

    private static bool IgnoreHostName(HttpRequestMessage request, X509Certificate2? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        var remaining = errors & ~SslPolicyErrors.RemoteCertificateNameMismatch;
        if (remaining == SslPolicyErrors.None)
        {
            return true;
        }
        Console.Error.WriteLine($"rejected: {errors}");
        return false;
    }

    public static SslClientAuthenticationOptions Strict() => new()
    {
        RemoteCertificateValidationCallback = (sender, certificate, chain, errors) => errors == SslPolicyErrors.None,
    };

    public static SslStream RejectsMismatch(Stream inner) =>
        new SslStream(inner, false, (sender, certificate, chain, errors) =>
        {
            if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
            {
                return false;
            }
            return errors == SslPolicyErrors.None;
        });

    public static SslStream PinsInstead(Stream inner, string thumbprint) =>
        new SslStream(inner, false, (sender, certificate, chain, errors) =>
        {
            if (errors == SslPolicyErrors.None)
            {
                return true;
            }
            return certificate is X509Certificate2 actual && actual.Thumbprint == thumbprint;
        });
}
