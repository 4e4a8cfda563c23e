using System;
using System.IO;
using Org.BouncyCastle.Tls;

namespace Fixture.Rg0031;

public sealed class ControllerTunnel(Stream transport, TlsClient client)
{
    private readonly TlsClientProtocol _protocol = new(transport);

    // Flawed: a fatal alert is written to the console and the command goes out over the protocol's stream.
    public void Send(byte[] command)
    {
        try
        {
            _protocol.Connect(client);
        }
        catch (TlsFatalAlert alert) // expect: RG0031
        {
            Console.Error.WriteLine(alert.Message);
        }
        _protocol.Stream.Write(command, 0, command.Length);
    }

    // Sound: the alert becomes the caller's exception.
    public void SendOrFail(byte[] command)
    {
        try
        {
            _protocol.Connect(client);
        }
        catch (TlsFatalAlert alert)
        {
            _protocol.Close();
            throw new IOException("controller handshake failed", alert);
        }
        _protocol.Stream.Write(command, 0, command.Length);
    }
}
