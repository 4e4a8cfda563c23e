using System.Net.Http;

namespace Fixture.Rg0002;

public static class Handlers
{
    public static HttpClient Insecure()
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator, // expect: RG0002
        };
        return new HttpClient(handler);
    }

    public static HttpClientHandler InsecureByAssignment()
    {
        var handler = new HttpClientHandler();
        handler.ServerCertificateCustomValidationCallback =
            HttpClientHandler.DangerousAcceptAnyServerCertificateValidator; // expect: RG0002
        return handler;
    }

    public static HttpClient Default() => new(new HttpClientHandler());

    public static HttpClient WithClientCertificates()
    {
        var handler = new HttpClientHandler { ClientCertificateOptions = ClientCertificateOption.Automatic };
        return new HttpClient(handler);
    }

    public static bool MentionsTheNameOnly() => nameof(HttpClientHandler.ServerCertificateCustomValidationCallback).Length > 0;
}
