using System.Net.Http;
using System.Net.Security;

namespace Fixture.Rg0001;

public static class DemoClients
{
    // The check after the return was left in the code but never runs.
    public static HttpClientHandler Handler() => new()
    {
        ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => // expect: RG0001
        {
#pragma warning disable CS0162
            return true;
            return chain!.Build(certificate!);
#pragma warning restore CS0162
        },
    };

    // Sound: the early return is conditional.
    public static HttpClientHandler Strict() => new()
    {
        ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) =>
        {
            if (errors == SslPolicyErrors.None)
            {
                return true;
            }
            return false;
        },
    };
}
