using System;
using System.IO;
using System.Net.Sockets;
using Org.BouncyCastle.Crypto.Tls;
using Org.BouncyCastle.Security;

namespace Fixture.Rg0029;

// The old BouncyCastle API, as game-streaming and remote-desktop clients still ship it.
public sealed partial class LegacyStreamingSession
{
    private Stream? _tlsStream;
    private TlsClientProtocol? _control;
    private Stream? _telemetry;
    private readonly Action<Exception> _onError;

    public LegacyStreamingSession(Action<Exception> onError) => _onError = onError;

    // Leaks: the protocol's stream ends in a field nothing in the type ever closes, and a failed handshake is only reported.
    public void Connect(string host, int port, TlsClient client)
    {
        try
        {
            var tcp = new TcpClient(host, port);
            var protocol = new TlsClientProtocol(tcp.GetStream(), new SecureRandom()); // expect: RG0029
            protocol.Connect(client);
            _tlsStream = protocol.Stream;
        }
        catch (Exception e)
        {
            _onError(e);
        }
    }

    public int Receive(byte[] buffer)
    {
        if (_tlsStream is null || !_tlsStream.CanRead)
        {
            return 0;
        }
        return _tlsStream.Read(buffer, 0, buffer.Length);
    }

    // Sound: the control channel is kept in a field that Disconnect, in the other part of the class, closes.
    public void OpenControl(string host, TlsClient client)
    {
        _control = new TlsClientProtocol(new TcpClient(host, 27036).GetStream(), new SecureRandom());
        _control.Connect(client);
    }

    // Sound: a non-blocking protocol is given no stream, so it holds no connection.
    public byte[] Handshake(TlsClient client)
    {
        var engine = new TlsClientProtocol(new SecureRandom());
        engine.Connect(client);
        return Array.Empty<byte>();
    }

    // Sound: the telemetry stream is passed on to the uploader, which owns it from there.
    public void OpenTelemetry(string host, TlsClient client, Action<Stream> uploader)
    {
        var protocol = new TlsClientProtocol(new TcpClient(host, 27037).GetStream(), new SecureRandom());
        protocol.Connect(client);
        _telemetry = protocol.Stream;
        uploader(_telemetry);
    }
}
