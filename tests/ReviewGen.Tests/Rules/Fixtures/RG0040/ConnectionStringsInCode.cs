using StackExchange.Redis;

namespace Fixture.Rg0040.ConnectionStrings;

public static class SessionCache
{
    public static ConnectionMultiplexer Plain() => ConnectionMultiplexer.Connect("cache.internal:6379,ssl=false,abortConnect=false"); // expect: RG0040

    public static ConfigurationOptions Parsed()
    {
        var configuration = "cache.internal:6379,ssl=False";
        return ConfigurationOptions.Parse(configuration); // expect: RG0040
    }

    // Sound: the plaintext never leaves this machine.
    public static ConnectionMultiplexer Local() => ConnectionMultiplexer.Connect("localhost:6379,ssl=false");

    public static ConnectionMultiplexer Loopback() => ConnectionMultiplexer.Connect("127.0.0.1:6379,[::1]:6380,ssl=false");

    // Sound: TLS on.
    public static ConnectionMultiplexer Secure() => ConnectionMultiplexer.Connect("cache.internal:6380,ssl=true,sslHost=cache.internal");
}
