using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace Fixture.Rg0027;

public sealed class DeviceEndpoint
{
    private readonly HttpsConnectionAdapterOptions _https = new() { ClientCertificateMode = ClientCertificateMode.RequireCertificate };

    public HttpsConnectionAdapterOptions Configure()
    {
        _https.AllowAnyClientCertificate(); // expect: RG0027
        return _https;
    }
}
