using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;

namespace Fixture.Rg0030;

public static class BadgeServer
{
    // Flawed: the handshake task is dropped into a discard and the client is answered at once.
    public static async Task AnswerAsync(TcpClient client, X509Certificate2 certificate)
    {
        await using var ssl = new SslStream(client.GetStream(), false);
        _ = ssl.AuthenticateAsServerAsync(certificate); // expect: RG0030
        await ssl.WriteAsync("READY\n"u8.ToArray());
    }

    // Sound: handshakes of many clients run together and are all awaited before anyone is answered.
    public static async Task AnswerAllAsync(SslStream[] clients, X509Certificate2 certificate)
    {
        var handshakes = new Task[clients.Length];
        for (var i = 0; i < clients.Length; i++)
        {
            handshakes[i] = clients[i].AuthenticateAsServerAsync(certificate);
        }
        await Task.WhenAll(handshakes);
        foreach (var ssl in clients)
        {
            await ssl.WriteAsync("READY\n"u8.ToArray());
        }
    }
}
