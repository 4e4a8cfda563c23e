using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;

namespace TlsSample.Client.Channels;

/// <summary>
/// Opens a mutually authenticated TLS channel to the order-routing service.
/// This is the client every new integration is supposed to use.
/// </summary>
public sealed class SecureChannelClient : IAsyncDisposable
{
    private readonly ILogger<SecureChannelClient> _logger;
    private readonly X509Certificate2? _clientCertificate;
    private TcpClient? _tcp;
    private SslStream? _ssl;

    public SecureChannelClient(ILogger<SecureChannelClient> logger, X509Certificate2? clientCertificate = null)
    {
        _logger = logger;
        _clientCertificate = clientCertificate;
    }

    public bool IsConnected => _ssl is { IsAuthenticated: true, IsEncrypted: true };

    public async Task<Stream> ConnectAsync(string host, int port, CancellationToken cancellationToken)
    {
        _tcp = new TcpClient();
        await _tcp.ConnectAsync(host, port, cancellationToken);

        _ssl = new SslStream(_tcp.GetStream(), leaveInnerStreamOpen: false);

        var options = new SslClientAuthenticationOptions
        {
            TargetHost = host,
            EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            CertificateRevocationCheckMode = X509RevocationMode.Online,
            EncryptionPolicy = EncryptionPolicy.RequireEncryption,
            RemoteCertificateValidationCallback = ValidateServerCertificate,
            AllowRenegotiation = false,
            AllowTlsResume = true,
        };

        if (_clientCertificate is not null)
        {
            options.ClientCertificates = new X509CertificateCollection { _clientCertificate };
        }

        if (OperatingSystem.IsLinux())
        {
            // Restrict to AEAD suites; CipherSuitesPolicy is only honoured on Linux/macOS.
            options.CipherSuitesPolicy = new CipherSuitesPolicy(new[]
            {
                TlsCipherSuite.TLS_AES_256_GCM_SHA384,
                TlsCipherSuite.TLS_AES_128_GCM_SHA256,
                TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
                TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
            });
        }

        try
        {
            await _ssl.AuthenticateAsClientAsync(options, cancellationToken);
        }
        catch (AuthenticationException ex)
        {
            _logger.LogError(ex, "TLS handshake with {Host}:{Port} failed", host, port);
            await DisposeAsync();
            throw;
        }

        _logger.LogInformation(
            "Connected to {Host} using {Protocol} / {CipherSuite}",
            host, _ssl.SslProtocol, _ssl.NegotiatedCipherSuite);

        return _ssl;
    }

    private bool ValidateServerCertificate(
        object sender,
        X509Certificate? certificate,
        X509Chain? chain,
        SslPolicyErrors sslPolicyErrors)
    {
        if (sslPolicyErrors != SslPolicyErrors.None)
        {
            _logger.LogWarning("Rejecting server certificate {Subject}: {Errors}", certificate?.Subject, sslPolicyErrors);
        }

        return sslPolicyErrors == SslPolicyErrors.None;
    }

    public async ValueTask DisposeAsync()
    {
        if (_ssl is not null)
        {
            await _ssl.DisposeAsync();
            _ssl = null;
        }

        _tcp?.Dispose();
        _tcp = null;
    }
}
