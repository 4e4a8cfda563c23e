using System;
using System.IO;
using System.Net.Sockets;
using System.Threading.Tasks;
using Org.BouncyCastle.Tls;

namespace Fixture.Rg0029;

public sealed class MeterGateway
{
    private TlsServerProtocol? _uplink;
    private Stream? _stream;
    private static TlsClientProtocol? s_shared;

    // Leaks: the accepted connection is served, and neither the protocol nor the client is ever closed.
    public void ServeOne(TcpListener listener, TlsServer server)
    {
        var client = listener.AcceptTcpClient();
        var protocol = new TlsServerProtocol(client.GetStream()); // expect: RG0029
        protocol.Accept(server);
        protocol.Stream.Write(new byte[] { 0x06 }, 0, 1);
    }

    // Leaks: stored in a private field that no member of the type closes.
    public void Attach(Socket socket, TlsServer server)
    {
        var protocol = new TlsServerProtocol(new NetworkStream(socket, ownsSocket: true)); // expect: RG0029
        protocol.Accept(server);
        _uplink = protocol;
    }

    public bool IsAttached => _uplink is not null && !_uplink.IsClosed;

    // Sound: the protocol is closed in a finally, which closes the stream it was given and so the socket.
    public async Task ReadOnceAsync(string host, TlsClient client, byte[] buffer)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(host, 4433);
        var protocol = new TlsClientProtocol(tcp.GetStream());
        try
        {
            protocol.Connect(client);
            await protocol.Stream.ReadAsync(buffer, 0, buffer.Length);
        }
        finally
        {
            protocol.Close();
        }
    }

    // Sound: disposing the protocol's stream closes the protocol.
    public void Ping(TcpClient tcp, TlsClient client)
    {
        var protocol = new TlsClientProtocol(tcp.GetStream());
        protocol.Connect(client);
        using var stream = protocol.Stream;
        stream.WriteByte(0x01);
    }

    // Sound: the caller owns the protocol it gets back.
    public static TlsClientProtocol Open(string host, TlsClient client)
    {
        var protocol = new TlsClientProtocol(new TcpClient(host, 4433).GetStream());
        protocol.Connect(client);
        return protocol;
    }

    // Sound: kept in a field that Dispose closes through its stream.
    public void Keep(TcpClient tcp, TlsClient client)
    {
        var protocol = new TlsClientProtocol(tcp.GetStream());
        protocol.Connect(client);
        _stream = protocol.Stream;
    }

    public void Dispose() => _stream?.Dispose();

    // Sound: a static field is meant to live as long as the process.
    public static void Share(string host, TlsClient client)
    {
        var protocol = new TlsClientProtocol(new TcpClient(host, 4433).GetStream());
        protocol.Connect(client);
        s_shared = protocol;
    }
}
