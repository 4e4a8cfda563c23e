using System;
using System.IO;
using System.Net.Http;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Threading;
using System.Threading.Tasks;

namespace Fixture.Rg0032;

public sealed class LegacyBridge(Action<string> log)
{
    // Flawed: the retry re-opens the connection and enables TLS 1.0.
    public async Task<Stream> ConnectAsync(string host, CancellationToken cancellationToken)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(host, 443, cancellationToken);
        var ssl = new SslStream(tcp.GetStream());
        try
        {
            await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = host,
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            }, cancellationToken);
            return ssl;
        }
        catch (AuthenticationException ex)
        {
            log($"modern TLS refused by {host}: {ex.Message}");
            await ssl.DisposeAsync();
            var retry = new TcpClient(host, 443);
            var legacy = new SslStream(retry.GetStream());
            await legacy.AuthenticateAsClientAsync(host, null, SslProtocols.Tls, true); // expect: RG0003, RG0032
            return legacy;
        }
    }

    // Flawed: the fallback turns certificate validation off.
    public async Task<Stream> ConnectTrustingAsync(TcpClient tcp, string host)
    {
        var ssl = new SslStream(tcp.GetStream(), true);
        try
        {
            await ssl.AuthenticateAsClientAsync(host);
            return ssl;
        }
        catch (AuthenticationException)
        {
            var lenient = new SslStream(tcp.GetStream(), false, (_, _, _, _) => true); // expect: RG0001, RG0032
            await lenient.AuthenticateAsClientAsync(host);
            return lenient;
        }
    }

    // Flawed: when TLS fails the command goes over the bare TCP stream.
    public async Task SendAsync(NetworkStream network, string host, byte[] command)
    {
        await using var ssl = new SslStream(network, leaveInnerStreamOpen: true);
        try
        {
            await ssl.AuthenticateAsClientAsync(host);
            await ssl.WriteAsync(command);
        }
        catch (IOException)
        {
            await network.WriteAsync(command); // expect: RG0032
        }
    }

    // Sound: retried once with the same settings.
    public async Task<Stream> ConnectWithRetryAsync(string host, CancellationToken cancellationToken)
    {
        var options = new SslClientAuthenticationOptions { TargetHost = host, EnabledSslProtocols = SslProtocols.Tls13 };
        var tcp = new TcpClient(host, 443);
        var ssl = new SslStream(tcp.GetStream());
        try
        {
            await ssl.AuthenticateAsClientAsync(options, cancellationToken);
            return ssl;
        }
        catch (IOException)
        {
            await ssl.DisposeAsync();
            var again = new SslStream(new TcpClient(host, 443).GetStream());
            await again.AuthenticateAsClientAsync(options, cancellationToken);
            return again;
        }
    }

    // Sound: the catch only looks at what was negotiated (a comparison, not a setting) and rethrows.
    public async Task ConnectLoggedAsync(SslStream ssl, string host)
    {
        try
        {
            await ssl.AuthenticateAsClientAsync(host);
        }
        catch (AuthenticationException)
        {
            if (ssl.SslProtocol == SslProtocols.Tls)
            {
                log("peer tried TLS 1.0");
            }
            throw;
        }
    }
}
