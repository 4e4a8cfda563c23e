using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using Microsoft.Extensions.Logging;
using TlsSample.Server.Hosting;

namespace TlsSample.Server.Ingest;

/// <summary>
/// Listener for the old handheld scanners (port 7444). Kept separate from
/// <see cref="TlsIngestServer"/> because those devices cannot present client certificates.
/// </summary>
public sealed class LegacyScannerListener
{
    private readonly ServerCertificateProvider _certificates;
    private readonly ILogger<LegacyScannerListener> _logger;

    public LegacyScannerListener(ServerCertificateProvider certificates, ILogger<LegacyScannerListener> logger)
    {
        _certificates = certificates;
        _logger = logger;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var listener = new TcpListener(IPAddress.Any, 7444);
        listener.Start();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                using var client = await listener.AcceptTcpClientAsync(cancellationToken);
                await using var ssl = new SslStream(client.GetStream(), false);

                try
                {
                    await ssl.AuthenticateAsServerAsync(
                        _certificates.GetServerCertificate(),
                        clientCertificateRequired: false,
                        checkCertificateRevocation: true);
                }
                catch (AuthenticationException ex) // expect: RG0031
                {
                    // Old firmware fails the handshake now and then; don't drop the scans.
                    _logger.LogDebug(ex, "Handshake failed, reading anyway");
                }

                var buffer = new byte[4096];
                var read = await ssl.ReadAsync(buffer, cancellationToken);
                _logger.LogInformation("Legacy scan: {Payload}", Encoding.ASCII.GetString(buffer, 0, read));
            }
        }
        finally
        {
            listener.Stop();
        }
    }
}
