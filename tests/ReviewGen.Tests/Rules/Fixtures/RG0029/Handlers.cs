using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;

namespace Fixture.Rg0029;

public sealed class PriceFeed
{
    private readonly List<HttpMessageHandler> _handlers = new();

    // Leaks: a handler per call, handed to an HttpClient that is never disposed.
    public async Task<string> FetchAsync(Uri feed)
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) }; // expect: RG0029
        var client = new HttpClient(handler);
        return await client.GetStringAsync(feed);
    }

    // Leaks: disposeHandler: false leaves the handler to the caller, who drops it.
    public async Task<byte[]> DownloadAsync(Uri file)
    {
        using var client = new HttpClient(new HttpClientHandler { CheckCertificateRevocationList = true }, disposeHandler: false); // expect: RG0029
        return await client.GetByteArrayAsync(file);
    }

    // Sound: the client owns the handler and is disposed.
    public async Task<string> FetchDisposedAsync(Uri feed)
    {
        using var client = new HttpClient(new SocketsHttpHandler(), disposeHandler: true);
        return await client.GetStringAsync(feed);
    }

    // Sound: a factory lambda returns the handler to whoever builds the client.
    public static void Register(Action<Func<HttpMessageHandler>> configurePrimaryHandler) =>
        configurePrimaryHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

    // Sound: kept in a collection the owner disposes.
    public HttpClient Pooled()
    {
        var handler = new HttpClientHandler();
        _handlers.Add(handler);
        return new HttpClient(handler, disposeHandler: false);
    }

    // Sound: returned from an expression-bodied factory.
    public static HttpClient Create(Uri baseAddress) => new(new SocketsHttpHandler()) { BaseAddress = baseAddress };
}
