using System.IO;
using System.Net.Security;
using System.Threading;
using System.Threading.Tasks;

namespace Fixture.Rg0030;

public sealed class MeterGateway
{
    private readonly SslStream _ssl;

    public MeterGateway(Stream transport) => _ssl = new SslStream(transport);

    // Flawed: fire-and-forget handshake, then data right away.
    public async Task PushAsync(string host, byte[] frame, CancellationToken cancellationToken)
    {
        _ = _ssl.AuthenticateAsClientAsync(host); // expect: RG0030
        await _ssl.WriteAsync(frame, cancellationToken);
    }

    // Flawed: the call is a bare statement in a method that is not async, so nothing waits for it.
    public Stream Open(string host)
    {
        _ssl.AuthenticateAsClientAsync(host); // expect: RG0030
        return _ssl;
    }

    // Flawed: the task is kept, but the stream is read before it is awaited.
    public async Task<int> ReadGreetingAsync(string host, byte[] buffer, CancellationToken cancellationToken)
    {
        var handshake = _ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = host }, cancellationToken); // expect: RG0030
        var read = await _ssl.ReadAsync(buffer, cancellationToken);
        await handshake;
        return read;
    }

    // Sound: awaited before any data.
    public async Task PushAwaitedAsync(string host, byte[] frame, CancellationToken cancellationToken)
    {
        await _ssl.AuthenticateAsClientAsync(host).ConfigureAwait(false);
        await _ssl.WriteAsync(frame, cancellationToken);
    }

    // Sound: the task is started early and awaited before the first write.
    public async Task PushOverlappedAsync(string host, byte[] frame, Task<byte[]> payload, CancellationToken cancellationToken)
    {
        var handshake = _ssl.AuthenticateAsClientAsync(host);
        var body = await payload;
        await handshake;
        await _ssl.WriteAsync(body, cancellationToken);
    }

    // Sound: the caller awaits the returned task.
    public Task HandshakeAsync(string host) => _ssl.AuthenticateAsClientAsync(host);

    // Sound: a blocking wait observes the outcome.
    public void OpenBlocking(string host) => _ssl.AuthenticateAsClientAsync(host).GetAwaiter().GetResult();
}
