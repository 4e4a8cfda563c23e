using System.Security.Authentication;
using StackExchange.Redis;

namespace Fixture.Rg0003.Redis;

public static class CacheConnection
{
    public static ConfigurationOptions Legacy(string endpoint) => new()
    {
        EndPoints = { endpoint },
        Ssl = true,
        SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12, // expect: RG0003
    };

    public static ConfigurationOptions Current(string endpoint) => new()
    {
        EndPoints = { endpoint },
        Ssl = true,
        SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
    };
}
