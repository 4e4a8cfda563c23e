using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TlsSample.Server.Hosting;

namespace TlsSample.Server.Ingest;

/// <summary>
/// Raw TLS line-protocol listener used by the warehouse scanners (port 7443).
/// Each line received is one barcode scan.
/// </summary>
public sealed class TlsIngestServer : BackgroundService
{
    private const int Port = 7443;

    private readonly ServerCertificateProvider _certificates;
    private readonly ILogger<TlsIngestServer> _logger;

    public TlsIngestServer(ServerCertificateProvider certificates, ILogger<TlsIngestServer> logger)
    {
        _certificates = certificates;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var certificateContext = _certificates.CreateCertificateContext();
        var listener = new TcpListener(IPAddress.Any, Port);
        listener.Start();
        _logger.LogInformation("Ingest listener started on {Port}", Port);

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(stoppingToken);
                _ = HandleClientAsync(client, certificateContext, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
        finally
        {
            listener.Stop();
        }
    }

    private SslServerAuthenticationOptions CreateServerOptions(SslStreamCertificateContext certificateContext) => new()
    {
        ServerCertificateContext = certificateContext,
        ClientCertificateRequired = true,
        EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
        // Scanners sit on an isolated VLAN with no route to the CA's OCSP responder.
        CertificateRevocationCheckMode = X509RevocationMode.NoCheck, // expect: RG0004
        EncryptionPolicy = EncryptionPolicy.RequireEncryption,
        AllowRenegotiation = false,
        AllowTlsResume = false,
        RemoteCertificateValidationCallback = (sender, certificate, chain, errors) =>
        {
            if (errors == SslPolicyErrors.None)
            {
                return true;
            }

            _logger.LogWarning("Rejected scanner certificate {Subject}: {Errors}", certificate?.Subject, errors);
            return false;
        },
    };

    private async Task HandleClientAsync(TcpClient client, SslStreamCertificateContext certificateContext, CancellationToken cancellationToken)
    {
        var remote = client.Client.RemoteEndPoint;
        using (client)
        await using (var ssl = new SslStream(client.GetStream(), leaveInnerStreamOpen: false))
        {
            try
            {
                using var handshakeTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                handshakeTimeout.CancelAfter(TimeSpan.FromSeconds(10));
                await ssl.AuthenticateAsServerAsync(CreateServerOptions(certificateContext), handshakeTimeout.Token);
            }
            catch (AuthenticationException ex)
            {
                _logger.LogWarning(ex, "TLS handshake from {Remote} failed", remote);
                return;
            }
            catch (IOException ex)
            {
                _logger.LogDebug(ex, "Connection from {Remote} dropped during handshake", remote);
                return;
            }

            var scanner = ssl.RemoteCertificate?.Subject ?? "unknown";
            using var reader = new StreamReader(ssl, Encoding.UTF8);
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                _logger.LogInformation("Scan from {Scanner}: {Barcode}", scanner, line);
            }
        }
    }
}
