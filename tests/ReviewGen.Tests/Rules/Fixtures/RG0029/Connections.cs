using System.IO;
using System.Net.Security;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace Fixture.Rg0029;

public sealed class TelemetryUplink
{
    private SslStream? _session;

    // Leaks: the SslStream owns the TcpClient's stream, and nothing disposes the SslStream.
    public async Task SendOnceAsync(string host, byte[] reading, CancellationToken cancellationToken)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(host, 8883, cancellationToken);
        var ssl = new SslStream(tcp.GetStream()); // expect: RG0029
        await ssl.AuthenticateAsClientAsync(host);
        await ssl.WriteAsync(reading, cancellationToken);
    }

    // Leaks: leaveInnerStreamOpen keeps the socket out of the SslStream's hands, and the TcpClient is never closed.
    public async Task<int> ProbeAsync(string host, CancellationToken cancellationToken)
    {
        var tcp = new TcpClient(host, 443); // expect: RG0029
        await using var ssl = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: true);
        await ssl.AuthenticateAsClientAsync(host);
        return ssl.ReadByte();
    }

    // Leaks: the accepted client is handled but never closed.
    public async Task ServeAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        var client = await listener.AcceptTcpClientAsync(cancellationToken); // expect: RG0029
        var stream = client.GetStream();
        await stream.WriteAsync(new byte[] { 0x15, 0x03, 0x03 }, cancellationToken);
    }

    // Sound: using declarations; disposing the SslStream closes the TcpClient's socket.
    public async Task SendDisposedAsync(string host, byte[] reading, CancellationToken cancellationToken)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(host, 8883, cancellationToken);
        await using var ssl = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
        await ssl.AuthenticateAsClientAsync(host);
        await ssl.WriteAsync(reading, cancellationToken);
    }

    // Sound: kept in a field, closed by Close() below.
    public async Task OpenAsync(string host, CancellationToken cancellationToken)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(host, 8883, cancellationToken);
        _session = new SslStream(tcp.GetStream(), false);
        await _session.AuthenticateAsClientAsync(host);
    }

    public void Close() => _session?.Dispose();

    // Sound: returned to the caller, who owns it.
    public static async Task<Stream> ConnectAsync(string host, CancellationToken cancellationToken)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(host, 443, cancellationToken);
        var ssl = new SslStream(tcp.GetStream());
        try
        {
            await ssl.AuthenticateAsClientAsync(host);
            return ssl;
        }
        catch
        {
            await ssl.DisposeAsync();
            throw;
        }
    }

    // Sound: disposed in a finally, and the accepted client handed to a method that owns it from there.
    public async Task RelayAsync(TcpListener listener, Stream upstream, CancellationToken cancellationToken)
    {
        var ssl = new SslStream(upstream, leaveInnerStreamOpen: true);
        try
        {
            await ssl.AuthenticateAsClientAsync("relay.internal");
            var client = await listener.AcceptTcpClientAsync(cancellationToken);
            _ = Task.Run(() => PumpAsync(client, ssl, cancellationToken), cancellationToken);
        }
        finally
        {
            ssl.Close();
        }
    }

    // Sound: disposed by await using through ConfigureAwait.
    public static async Task<int> PeekAsync(TcpClient client, string host)
    {
        var ssl = new SslStream(client.GetStream(), leaveInnerStreamOpen: true);
        await using (ssl.ConfigureAwait(false))
        {
            await ssl.AuthenticateAsClientAsync(host).ConfigureAwait(false);
            return ssl.ReadByte();
        }
    }

    private static async Task PumpAsync(TcpClient client, Stream target, CancellationToken cancellationToken)
    {
        using (client)
        {
            await client.GetStream().CopyToAsync(target, cancellationToken);
        }
    }
}
