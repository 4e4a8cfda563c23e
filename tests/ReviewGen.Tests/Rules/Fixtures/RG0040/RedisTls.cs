using StackExchange.Redis;

namespace Fixture.Rg0040.Redis;

public static class SessionCache
{
    public static ConnectionMultiplexer Connect(string endpoint, string password)
    {
        var options = new ConfigurationOptions { Password = password, AbortOnConnectFail = false };
        options.EndPoints.Add(endpoint);
        options.Ssl = false; // expect: RG0040
        return ConnectionMultiplexer.Connect(options);
    }

    public static ConnectionMultiplexer ConnectSecure(string endpoint, string password)
    {
        var options = new ConfigurationOptions { Password = password, Ssl = true, SslHost = endpoint };
        options.EndPoints.Add(endpoint, 6380);
        return ConnectionMultiplexer.Connect(options);
    }
}

public sealed class RateLimiterStore
{
    public ConfigurationOptions Options { get; } = new() { EndPoints = { "ratelimit.cache.internal:6379" }, Ssl = false }; // expect: RG0040

    // Reading the flag back is no setting.
    public bool IsEncrypted => Options.Ssl;
}
