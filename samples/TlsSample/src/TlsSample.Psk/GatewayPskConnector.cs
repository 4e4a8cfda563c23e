using System.Net.Sockets;
using System.Text;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace TlsSample.Psk;

/// <summary>
/// Opens a PSK-authenticated TLS channel to a sensor gateway and sends commands.
/// </summary>
public sealed class GatewayPskConnector : IDisposable
{
    private readonly GatewayKeyStore _keys;
    private readonly BcTlsCrypto _crypto = new(new SecureRandom());
    private TcpClient? _tcp;
    private TlsClientProtocol? _protocol;

    public GatewayPskConnector(GatewayKeyStore keys)
    {
        _keys = keys;
    }

    public Stream Connect(string host, int port, string gatewayIdentity)
    {
        _tcp = new TcpClient(host, port) { NoDelay = true };
        _protocol = new TlsClientProtocol(_tcp.GetStream());

        var client = new SensorPskTlsClient(_crypto, _keys.CreateIdentity(gatewayIdentity), gatewayIdentity);
        try
        {
            _protocol.Connect(client);
        }
        catch (TlsFatalAlert alert)
        {
            Dispose();
            throw new IOException($"PSK handshake with {host}:{port} failed: {AlertDescription.GetText(alert.AlertDescription)}", alert);
        }

        return _protocol.Stream;
    }

    public string SendCommand(string command)
    {
        if (_protocol is null)
        {
            throw new InvalidOperationException("Not connected.");
        }

        var stream = _protocol.Stream;
        var request = Encoding.ASCII.GetBytes(command + "\r\n");
        stream.Write(request, 0, request.Length);
        stream.Flush();

        var buffer = new byte[1024];
        var read = stream.Read(buffer, 0, buffer.Length);
        return Encoding.ASCII.GetString(buffer, 0, read).TrimEnd();
    }

    public void Dispose()
    {
        _protocol?.Close();
        _protocol = null;
        _tcp?.Dispose();
        _tcp = null;
    }
}
