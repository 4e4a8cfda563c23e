using System.IO;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Fixture.Rg0001;

public sealed class StoredCallbacks
{
    private readonly RemoteCertificateValidationCallback _validator;
    private readonly RemoteCertificateValidationCallback _strict = CertificatePolicies.Pinned;
    private readonly RemoteCertificateValidationCallback _neverInstalled = (s, c, ch, e) => true;

    public StoredCallbacks(bool development)
    {
        _validator = development ? CertificatePolicies.TrustEverything : CertificatePolicies.Pinned;
    }

    public System.Func<HttpRequestMessage, X509Certificate2?, X509Chain?, SslPolicyErrors, bool> HandlerValidator { get; set; } =
        (request, certificate, chain, errors) => true;

    public SslStream FromField(Stream inner) =>
        new SslStream(inner, false, _validator); // expect: RG0001

    public SslStream WrappedField(Stream inner) =>
        new SslStream(inner, false, new RemoteCertificateValidationCallback(_validator)); // expect: RG0001

    public HttpClientHandler FromProperty() => new()
    {
        ServerCertificateCustomValidationCallback = HandlerValidator, // expect: RG0001
    };

    public SslStream FromLocal(Stream inner)
    {
        RemoteCertificateValidationCallback accept = (sender, certificate, chain, errors) => true;
        return new SslStream(inner, false, accept); // expect: RG0001
    }

    public SslStream StrictField(Stream inner) => new SslStream(inner, false, _strict);

    public SslStream StrictLocal(Stream inner)
    {
        RemoteCertificateValidationCallback check = (sender, certificate, chain, errors) => errors == SslPolicyErrors.None;
        return new SslStream(inner, false, check);
    }

    public bool NeverInstalled() => _neverInstalled is not null;
}
