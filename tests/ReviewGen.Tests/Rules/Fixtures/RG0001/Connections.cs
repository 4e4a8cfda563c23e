using System.IO;
using System.Net.Http;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Fixture.Rg0001;

public sealed class Connections
{
    private const string PinnedThumbprint = "A1B2C3D4E5F60718293A4B5C6D7E8F9012345678";

    public SslStream ExpressionLambda(Stream inner) =>
        new SslStream(inner, false, (sender, certificate, chain, errors) => true); // expect: RG0001

    public SslStream BlockLambdaWithSeveralReturns(Stream inner)
    {
        return new SslStream(inner, false, (sender, certificate, chain, errors) => // expect: RG0001
        {
            if (errors == SslPolicyErrors.None)
            {
                return true;
            }
            return true;
        });
    }

    public HttpClientHandler AnonymousMethod() => new()
    {
        ServerCertificateCustomValidationCallback = delegate (HttpRequestMessage m, X509Certificate2? c, X509Chain? ch, SslPolicyErrors e) // expect: RG0001
        {
            return true;
        },
    };

    public SslStream MethodGroupInAnotherFile(Stream inner) =>
        new SslStream(inner, false, CertificatePolicies.TrustEverything); // expect: RG0001

    public SslClientAuthenticationOptions LocalFunction()
    {
        return new SslClientAuthenticationOptions
        {
            TargetHost = "ledger.internal",
            RemoteCertificateValidationCallback = Accept, // expect: RG0001
        };

        static bool Accept(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) => true;
    }

    public SslStream Sound(Stream inner) =>
        new SslStream(inner, false, (sender, certificate, chain, errors) => errors == SslPolicyErrors.None);

    public SslStream RejectsOnOnePath(Stream inner) =>
        new SslStream(inner, false, (sender, certificate, chain, errors) => // expect: RG0010, RG0011
        {
            if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
            {
                return false;
            }
            return true;
        });

    public SslStream ThrowsOnBadCertificate(Stream inner) =>
        new SslStream(inner, false, (sender, certificate, chain, errors) =>
        {
            if (errors != SslPolicyErrors.None)
            {
                throw new IOException("untrusted server certificate");
            }
            return true;
        });

    public SslStream PinsThumbprint(Stream inner) =>
        new SslStream(inner, false, CertificatePolicies.Pinned);

    public static string Pin => PinnedThumbprint;
}
